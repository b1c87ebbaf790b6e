package org.gigasim.scenarios;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gigasim.model.clause.ClauseRegistry;

/**
 * The JSON Schema of scenario files and the field reference, both generated from the spec
 * records, the clause registry and one table of descriptions and units, so neither can
 * drift from what the loader accepts. Editors that read a {@code yaml-language-server}
 * comment use the schema to complete and check scenario files.
 *
 * <pre>{@code
 * String schema = ScenarioSchema.json();        // what 'gigasim schema' prints
 * String markdown = ScenarioSchema.reference(); // docs/scenario-reference.md
 * }</pre>
 */
public final class ScenarioSchema {

    private ScenarioSchema() {
    }

    /** The schema as indented JSON, ending in a newline. */
    public static String json() {
        return json(ClauseRegistry.standard());
    }

    /** The schema for the clause types of {@code registry}. */
    static String json(ClauseRegistry registry) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(tree(registry)).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** The field reference in Markdown. */
    public static String reference() {
        return reference(ClauseRegistry.standard());
    }

    /** The field reference for the clause types of {@code registry}. */
    static String reference(ClauseRegistry registry) {
        return ReferenceWriter.markdown(tree(registry));
    }

    static ObjectNode tree(ClauseRegistry registry) {
        return SchemaGenerator.schema(registry);
    }
}
