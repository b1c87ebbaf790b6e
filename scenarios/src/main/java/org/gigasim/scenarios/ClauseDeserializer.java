package org.gigasim.scenarios;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.clause.ClauseType;
import org.gigasim.model.spec.BreachSpec;
import org.gigasim.model.spec.ClauseSpec;

/**
 * Reads a clause: {@code type}, {@code from}, {@code until} and {@code breach} go to the {@link ClauseSpec};
 * every other key binds to the parameters record the registry names for the type.
 */
final class ClauseDeserializer extends StdDeserializer<ClauseSpec> {

    private static final List<String> OWN_FIELDS = List.of("type", "from", "until", "breach");

    private final ClauseRegistry registry;

    ClauseDeserializer(ClauseRegistry registry) {
        super(ClauseSpec.class);
        this.registry = registry;
    }

    @Override
    public ClauseSpec deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.isExpectedStartObjectToken()) {
            throw JsonMappingException.from(p, "a clause is a map such as {type: stateless-api-routing, until: 2030-01-01}");
        }
        ObjectNode node = (ObjectNode) ctxt.readTree(p);
        JsonNode typeNode = node.remove("type");
        if (typeNode == null || !typeNode.isTextual()) {
            throw JsonMappingException.from(p, "a clause needs a type; known types: " + String.join(", ", registry.names()));
        }
        String name = typeNode.asText();
        ClauseType<?> type = registry.find(name).orElseThrow(() -> TreeBinding.error(p, "type", "unknown clause type '"
                + name + "'" + Hints.didYouMean(name, registry.names()) + "; known types: "
                + String.join(", ", registry.names())));
        LocalDate from = date(ctxt, node.remove("from"), "from");
        LocalDate until = date(ctxt, node.remove("until"), "until");
        JsonNode breachNode = node.remove("breach");
        BreachSpec breach = breachNode == null || breachNode.isNull() ? null
                : TreeBinding.bind(ctxt, breachNode, BreachSpec.class, "breach", List.of(), List.of());
        Record params = TreeBinding.bind(ctxt, node, type.paramsType(), null, OWN_FIELDS, List.of());
        try {
            return new ClauseSpec(name, from, until, params, breach);
        } catch (IllegalArgumentException e) {
            throw TreeBinding.error(p, "until", e.getMessage());
        }
    }

    private static LocalDate date(DeserializationContext ctxt, JsonNode node, String field) throws IOException {
        return node == null || node.isNull() ? null : TreeBinding.bind(ctxt, node, LocalDate.class, field, List.of(), List.of());
    }
}
