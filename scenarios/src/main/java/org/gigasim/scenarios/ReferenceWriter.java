package org.gigasim.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gigasim.model.spec.Limits;

/** Writes the scenario field reference (Markdown) from the generated JSON Schema. */
final class ReferenceWriter {

    private static final Set<String> VALUE_TYPES = Set.of("date", "duration", "traffic_class", "distribution", "event", "clause");

    private final StringBuilder out = new StringBuilder();

    private ReferenceWriter() {
    }

    static String markdown(ObjectNode schema) {
        ReferenceWriter writer = new ReferenceWriter();
        writer.write(schema);
        return writer.out.toString();
    }

    private void write(ObjectNode schema) {
        JsonNode defs = schema.get("$defs");
        line("# Scenario file reference");
        line("");
        line("Every field of a scenario file, with its type, unit, default and an example. This page is generated");
        line("from the scenario records and their field table, like `scenarios/gigasim.schema.json`; a test fails when");
        line("either is stale. Refresh both with");
        line("`./mvnw -B -pl scenarios test -Dtest=SchemaSyncTest -Dgigasim.updateGolden=true`.");
        line("");
        line("A field marked *required* must be given; any other takes its default when absent. A file that `extends`");
        line("another states only what it changes, so there only `id` is required (entries merge by it); events are");
        line("added whole. Units: power in facility MW, compute in H100-equivalents (H100e), money in US dollars,");
        line("dates UTC. Every number is a plain finite number at most " + Limits.MAX_MAGNITUDE_TEXT + " in size (no NaN,");
        line("no infinity, no quotes); [guarantees.md](guarantees.md) lists every limit.");
        line("");
        line("## Value types");
        line("");
        line("- <a id=\"date\"></a>**date**: " + defs.get("date").get("description").asText() + ".");
        line("- <a id=\"duration\"></a>**duration**: " + defs.get("duration").get("description").asText()
                + "; weeks, months and years are refused.");
        line("- <a id=\"traffic_class\"></a>**traffic_class**: one of " + join(defs.get("traffic_class").get("enum")) + ".");
        line("- <a id=\"distribution\"></a>**distribution**: " + defs.get("distribution").get("description").asText()
                + ": `3`, " + distributions(defs) + ".");
        line("");
        section("scenario", "The top level of a file.", schema);
        Set<String> done = new HashSet<>(VALUE_TYPES);
        for (Iterator<Map.Entry<String, JsonNode>> it = defs.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> def = it.next();
            String name = def.getKey();
            if (done.contains(name) || name.startsWith("distribution_") || name.startsWith("event_")
                    || name.startsWith("clause_")) {
                continue;
            }
            section(name, INTROS.get(name), def.getValue());
        }
        line("## <a id=\"clause\"></a>clause");
        line("");
        line("A clause is `{type, from, until, ...parameters}`; the registered types and their parameters:");
        line("");
        defs.get("clause").get("oneOf").forEach(ref -> {
            String name = target(ref);
            section3("clause: " + defs.get(name).get("properties").get("type").get("const").asText(), defs.get(name));
        });
        line("## <a id=\"event\"></a>event");
        line("");
        line("An event is `on: DATE` plus one key naming its kind, whose value holds the event's fields:");
        line("`{on: 2027-03-10, outage: {site: azure-east, duration_hours: 72}}`.");
        line("");
        defs.get("event").get("oneOf").forEach(ref -> {
            String name = target(ref);
            String kind = name.substring("event_".length());
            JsonNode body = defs.get(name).get("properties").get(kind);
            if (body.has("allOf")) {
                body = body.get("allOf").get(0);   // the second part only says what must be whole
            }
            if (body.has("$ref")) {
                line("### event: " + kind);
                line("");
                line("Its value is a whole " + type(body) + ".");
                line("");
            } else {
                section3("event: " + kind, body);
            }
        });
    }

    /** A sentence before a section's table, where the fields alone do not say how they go together. */
    private static final Map<String, String> INTROS = Map.of(
            "cloud", "A cloud sells capacity (kind `hyperscaler` or `neocloud`), or is a lab's own capacity (kind `self`):"
                    + " then it names its `owner` lab and `own_cost_usd_per_mw_hour`, takes no prices, `pricing` or"
                    + " `supply`, and no contract may name it; its chips serve its owner alone (docs/model.md section 3a).",
            "lab", "A lab with `internal_to` belongs to that cloud's company (Microsoft AI inside Azure): it procures"
                    + " from that cloud alone, any accelerator the cloud hosts, at price zero; its contracts with that"
                    + " cloud must be priced at zero, so they stay out of the cloud's backlog (docs/model.md section 9).");

    private String distributions(JsonNode defs) {
        StringBuilder forms = new StringBuilder();
        for (JsonNode form : defs.get("distribution").get("oneOf")) {
            if (!form.has("properties")) {
                continue;
            }
            String kind = form.get("properties").fieldNames().next();
            JsonNode body = form.get("properties").get(kind);
            String params = body.has("properties") ? "{" + String.join(", ", iterable(body.get("properties").fieldNames()))
                    + "}" : kind.equals("empirical") ? "[values]" : "value";
            forms.append(forms.length() == 0 ? "" : ", ").append("`{").append(kind).append(": ").append(params).append("}`");
        }
        return forms.toString();
    }

    private void section(String name, String intro, JsonNode def) {
        line("## <a id=\"" + name + "\"></a>" + name);
        line("");
        if (intro != null) {
            line(intro);
            line("");
        }
        table(def);
    }

    private void section3(String title, JsonNode def) {
        line("### " + title);
        line("");
        table(def);
    }

    private void table(JsonNode def) {
        Set<String> required = new HashSet<>();
        def.path("required").forEach(r -> required.add(r.asText()));
        def.path(SchemaGenerator.WHOLE_REQUIRES).forEach(r -> required.add(r.asText()));
        def.path("else").path("required").forEach(r -> required.add(r.asText()));
        line("| field | type | unit | default | example | description |");
        line("|---|---|---|---|---|---|");
        for (Iterator<Map.Entry<String, JsonNode>> it = def.get("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode f = field.getValue();
            String description = f.path("description").asText("");
            // The schema's description ends with " [unit]" and "; default: value" when it has them; the table shows them apart.
            String defaultSuffix = "; default: " + f.path("x-default").asText("");
            if (f.has("x-default") && description.endsWith(defaultSuffix)) {
                description = description.substring(0, description.length() - defaultSuffix.length());
            }
            String unitSuffix = " [" + f.path("x-unit").asText("") + "]";
            if (f.has("x-unit") && description.endsWith(unitSuffix)) {
                description = description.substring(0, description.length() - unitSuffix.length());
            }
            line("| `" + field.getKey() + "` | " + type(f) + " | " + cell(f.path("x-unit").asText("")) + " | "
                    + (required.contains(field.getKey()) ? "*required*" : cell(f.path("x-default").asText("")))
                    + " | " + (f.has("x-example") ? "`" + cell(f.get("x-example").asText()) + "`" : "") + " | "
                    + cell(description) + " |");
        }
        line("");
    }

    private static String type(JsonNode node) {
        if (node.has("$ref")) {
            String name = target(node);
            return "[" + name + "](#" + name + ")";
        }
        if (node.has("const")) {
            return "`" + node.get("const").asText() + "`";
        }
        if (node.has("oneOf")) {
            return "`any` or list of text";
        }
        if (node.has("anyOf")) {
            List<String> forms = new ArrayList<>();
            node.get("anyOf").forEach(form -> forms.add(type(form)));
            return String.join(" or ", forms);
        }
        if (!node.has("type")) {
            return "any value";
        }
        return switch (node.path("type").asText()) {
            case "array" -> "list of " + type(node.get("items"));
            case "object" -> "map of " + type(node.get("additionalProperties"));
            case "number" -> "number";
            case "integer" -> "whole number";
            case "boolean" -> "true or false";
            default -> "text";
        };
    }

    private static String target(JsonNode ref) {
        String pointer = ref.get("$ref").asText();
        return pointer.substring(pointer.lastIndexOf('/') + 1);
    }

    private static String join(JsonNode values) {
        StringBuilder text = new StringBuilder();
        values.forEach(v -> text.append(text.length() == 0 ? "" : ", ").append('`').append(v.asText()).append('`'));
        return text.toString();
    }

    private static <T> Iterable<T> iterable(Iterator<T> it) {
        return () -> it;
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
