package org.gigasim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gigasim.model.clause.ClauseRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schema checked the way editors use it: a maintained validator reads the committed
 * {@code gigasim.schema.json} and every catalog, tutorial and study file (and the file that uses every
 * feature) passes, while copies with an unknown field, a wrong type, a bad enum value, or, in a
 * file without {@code extends}, a missing number are refused.
 */
class SchemaValidationTest {

    private static final Path CATALOG = Path.of("catalog");   // the module's folder
    private static final Path STUDIES = Path.of("studies");   // files that reproduce measurements in the docs
    private static final ObjectMapper YAML = new YAMLMapper();
    /** A YAML 1.2 core-schema number, as editors read one; SnakeYAML's YAML 1.1 reads 314e9 as text. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

    private static final Schema COMMITTED = schema(read(Path.of("gigasim.schema.json")));

    static Stream<Path> scenarioFiles() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.walk(CATALOG), Files.walk(STUDIES))) {
            List<Path> all = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
            return Stream.concat(all.stream(), Stream.of(Path.of("src/test/resources/scenarios/everything.yaml")));
        }
    }

    @ParameterizedTest
    @MethodSource("scenarioFiles")
    void everyCatalogAndTutorialFileIsValid(Path file) throws IOException {
        assertEquals(List.of(), messages(COMMITTED, yaml(Files.readString(file))), file.toString());
    }

    @Test
    void theFilesValidatedAreTheWholeCatalog() throws IOException {
        // Guards the walk: the catalog names and the files validated are the same set.
        long files;
        try (Stream<Path> walk = Files.walk(CATALOG)) {
            files = walk.filter(f -> f.toString().endsWith(".yaml")).count();
        }
        assertEquals(ScenarioLoader.catalogNames().size(), files);
    }

    @Test
    void anUnknownFieldIsRefusedWhereItIs() throws IOException {
        ObjectNode tree = tutorial();
        ((ObjectNode) tree.get("labs").get(0)).put("fundng_usd", 1);
        List<String> errors = messages(COMMITTED, tree);
        assertFalse(errors.isEmpty());
        assertTrue(errors.stream().anyMatch(e -> e.contains("/labs/0") && e.contains("fundng_usd")), errors.toString());
    }

    @Test
    void aWrongTypeIsRefused() throws IOException {
        ObjectNode tree = tutorial();
        ((ObjectNode) tree.get("accelerators").get(0)).put("h100e", "fast");
        List<String> errors = messages(COMMITTED, tree);
        assertTrue(errors.stream().anyMatch(e -> e.contains("/accelerators/0/h100e")), errors.toString());

        ObjectNode fraction = tutorial();
        fraction.put("replications", 2.5);
        assertTrue(messages(COMMITTED, fraction).stream().anyMatch(e -> e.contains("/replications")));
    }

    @Test
    void anExpectationIsADifferenceOrALevelNeverBoth() throws IOException {
        assertEquals(List.of(), messages(COMMITTED, expecting("{level: [0.1, 0.2], years: [2026]}")));
        assertEquals(List.of(), messages(COMMITTED, expecting("{vs: base, change: increase, years: [2026]}")));
        for (String bad : List.of("{level: [0.1, 0.2], vs: base, change: increase, years: [2026]}",
                "{level: [0.1, 0.2], min_change: 1, years: [2026]}", "{level: [0.1], years: [2026]}",
                "{vs: base, years: [2026]}", "{years: [2026]}")) {
            List<String> errors = messages(COMMITTED, expecting(bad));
            assertTrue(errors.stream().anyMatch(e -> e.contains("/answer/0/expect")), bad + ": " + errors);
        }
    }

    /** The tutorial file with its first answer entry stating {@code expect}. */
    private static ObjectNode expecting(String expect) throws IOException {
        ObjectNode tree = tutorial();
        ((ObjectNode) tree.get("answer").get(0)).set("expect", yaml(expect));
        return tree;
    }

    @Test
    void aBadEnumValueIsRefused() throws IOException {
        ObjectNode kind = tutorial();
        ((ObjectNode) kind.get("clouds").get(0)).put("kind", "megacloud");
        assertTrue(messages(COMMITTED, kind).stream().anyMatch(e -> e.contains("/clouds/0/kind")));

        ObjectNode clause = tutorial();
        ((ObjectNode) clause.get("contracts").get(0).get("clauses").get(0)).put("type", "stateless-api-routeing");
        assertFalse(messages(COMMITTED, clause).isEmpty(), "an unknown clause type");

        ObjectNode traffic = tutorial();
        ((ArrayNode) traffic.get("events")).addObject().put("on", "2026-06-01").putObject("change_demand")
                .put("lab", "small-lab").put("factor", 0.8).putArray("classes").add("stateles_api");
        assertTrue(messages(COMMITTED, traffic).stream().anyMatch(e -> e.contains("/events/1")),
                messages(COMMITTED, traffic).toString());
    }

    @Test
    void aMissingNumberIsRefusedInAWholeFileButAllowedInAFileThatExtendsAnother() throws IOException {
        ObjectNode whole = tutorial();
        ((ObjectNode) whole.get("accelerators").get(0)).remove("h100e");
        ((ObjectNode) whole.get("contracts").get(0)).remove("mw");
        whole.remove("start");
        List<String> errors = messages(COMMITTED, whole);
        assertTrue(errors.stream().anyMatch(e -> e.contains("h100e")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("mw")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("start")), errors.toString());

        ObjectNode child = yaml("""
                extends: tutorial/one-cloud-one-lab
                name: child
                accelerators:
                  - {id: gb200, price_usd: 40000}
                contracts:
                  - {id: acme-small-2026, mw: 150}
                  - {id: gone, remove: true}
                """);
        assertEquals(List.of(), messages(COMMITTED, child));
        child.withArray("labs").addObject().put("price_usd", 1);
        assertFalse(messages(COMMITTED, child).isEmpty(), "an entry without an id, or a field a lab lacks");
    }

    @Test
    void anEventAddsAWholeContractEvenInAFileThatExtendsAnother() throws IOException {
        ObjectNode child = yaml("""
                extends: tutorial/one-cloud-one-lab
                events:
                  - {on: 2026-06-01, sign_contract: {id: extra, lab: small-lab, cloud: acme-cloud, accelerator: gb200,
                     start: 2026-06-01, end: 2027-06-01, price_usd_per_chip_hour: 3.9}}
                """);
        List<String> errors = messages(COMMITTED, child);
        assertTrue(errors.stream().anyMatch(e -> e.contains("mw")), errors.toString());
    }

    @Test
    void noStringFieldCarriesAnEmptyEnum() {
        assertFalse(ScenarioSchema.json().replaceAll("\\s", "").contains("\"enum\":[]"));
    }

    @Test
    void aPluginsClauseTypeIsInTheSchemaWhenItIsOnTheClassPath() throws IOException {
        // price-cap is a test-only provider found by ServiceLoader: in the standard schema, not the committed one.
        String withPlugin = ScenarioSchema.json();
        assertTrue(withPlugin.contains("\"clause_price_cap\""), "no price-cap in the schema");
        assertFalse(ScenarioSchema.json(ClauseRegistry.builtIns()).contains("price_cap"));
        ObjectNode tree = tutorial();
        ((ArrayNode) tree.get("contracts").get(0).get("clauses")).addObject().put("type", "price-cap")
                .put("max_usd_per_chip_hour", 3.75);
        assertEquals(List.of(), messages(schema(withPlugin), tree));
        assertFalse(messages(COMMITTED, tree).isEmpty());
        ((ObjectNode) tree.get("contracts").get(0).get("clauses").get(1)).put("max_usd_per_chip_hour", "cheap");
        assertFalse(messages(schema(withPlugin), tree).isEmpty(), "the plugin's parameter types are checked");
    }

    private static ObjectNode tutorial() throws IOException {
        return yaml(Files.readString(CATALOG.resolve("tutorial/one-cloud-one-lab.yaml")));
    }

    private static Schema schema(String json) {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(json);
    }

    private static List<String> messages(Schema schema, JsonNode tree) {
        return schema.validate(tree).stream().map(SchemaValidationTest::describe).toList();
    }

    private static String describe(Error error) {
        return error.getInstanceLocation() + " " + error.getMessage();
    }

    /** A YAML file as an editor's JSON tree: plain numbers in YAML 1.2 form become numbers. */
    private static ObjectNode yaml(String text) throws IOException {
        return (ObjectNode) numbers(YAML.readTree(text));
    }

    private static JsonNode numbers(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            for (Map.Entry<String, JsonNode> field : List.copyOf(object.properties())) {
                object.set(field.getKey(), numbers(field.getValue()));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                ((ArrayNode) node).set(i, numbers(node.get(i)));
            }
        } else if (node.isTextual() && NUMBER.matcher(node.asText()).matches()) {
            BigDecimal value = new BigDecimal(node.asText());
            return value.stripTrailingZeros().scale() <= 0 && !node.asText().contains(".")
                    ? LongNode.valueOf(value.longValueExact()) : DecimalNode.valueOf(value);
        }
        return node;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
