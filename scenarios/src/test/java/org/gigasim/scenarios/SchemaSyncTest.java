package org.gigasim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gigasim.model.clause.ClauseRegistry;
import org.junit.jupiter.api.Test;

/**
 * The committed schema and field reference are what the generator makes now. When a record
 * changes, refresh them with
 * {@code ./mvnw -B -pl scenarios test -Dtest=SchemaSyncTest -Dgigasim.updateGolden=true}.
 * They cover the built-in clause types only: a test-only clause provider on this module's
 * class path adds its type to {@link ClauseRegistry#standard()}, not to the committed schema.
 */
class SchemaSyncTest {

    static final String REFRESH = "; refresh it with ./mvnw -B -pl scenarios test -Dtest=SchemaSyncTest"
            + " -Dgigasim.updateGolden=true (or gigasim schema > scenarios/gigasim.schema.json)";

    private static final Path SCHEMA = Path.of("gigasim.schema.json");               // the module's folder
    private static final Path REFERENCE = Path.of("..", "docs", "scenario-reference.md");

    static void compareOrUpdate(Path committed, String generated) throws IOException {
        if (Boolean.getBoolean("gigasim.updateGolden")) {
            Files.writeString(committed, generated, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(committed), committed + " is missing" + REFRESH);
        assertEquals(Files.readString(committed, StandardCharsets.UTF_8).replace("\r\n", "\n"), generated,
                committed + " is stale" + REFRESH);
    }

    @Test
    void committedSchemaIsUpToDate() throws IOException {
        compareOrUpdate(SCHEMA, ScenarioSchema.json(ClauseRegistry.builtIns()));
    }

    @Test
    void committedReferenceIsUpToDate() throws IOException {
        compareOrUpdate(REFERENCE, ScenarioSchema.reference(ClauseRegistry.builtIns()));
    }

    @Test
    void everyFieldOfEveryRecordAndClauseIsDocumented() {
        List<String> missing = new ArrayList<>();
        walk(ScenarioSchema.tree(ClauseRegistry.builtIns()), "", missing);
        assertTrue(missing.isEmpty(), "fields without a description in FieldDocs: " + missing);
    }

    private static void walk(JsonNode node, String at, List<String> missing) {
        if (at.equals("/else") || at.endsWith("/allOf/1")) {
            return;   // what a whole scenario must hold: required fields only, described where defined
        }
        if (node.get("properties") instanceof ObjectNode properties) {
            properties.fields().forEachRemaining(field -> {
                boolean oneKeyForm = properties.size() <= 2 && (at.contains("/distribution") || at.contains("/event_"));
                if (!field.getValue().has("description") && !oneKeyForm) {
                    missing.add(at + "/" + field.getKey());
                }
            });
        }
        node.fields().forEachRemaining(child -> walk(child.getValue(), at + "/" + child.getKey(), missing));
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), at + "/" + i, missing);
            }
        }
    }
}
