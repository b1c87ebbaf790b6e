package org.gigasim.scenarios;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.EventSpec;

/**
 * Reads an event: a map with {@code on: DATE} and one other key naming the kind, whose
 * value holds the event's fields, such as {@code {on: 2027-03-10, outage: {site: x, duration_hours: 72}}}.
 * A {@code sign_contract} event's value is a whole contract.
 */
final class EventDeserializer extends StdDeserializer<EventSpec> {

    static final Map<String, Class<? extends EventSpec>> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("outage", EventSpec.Outage.class);
        KINDS.put("relinquish_clause", EventSpec.RelinquishClause.class);
        KINDS.put("amend_clause", EventSpec.AmendClause.class);
        KINDS.put("sign_contract", EventSpec.SignContract.class);
        KINDS.put("amend_contract", EventSpec.AmendContract.class);
        KINDS.put("add_site", EventSpec.AddSite.class);
        KINDS.put("add_milestone", EventSpec.AddMilestone.class);
        KINDS.put("change_demand", EventSpec.ChangeDemand.class);
        KINDS.put("change_price", EventSpec.ChangePrice.class);
        KINDS.put("breach", EventSpec.Breach.class);
    }

    private static final String KNOWN = "; kinds: " + String.join(", ", KINDS.keySet());

    EventDeserializer() {
        super(EventSpec.class);
    }

    @Override
    public EventSpec deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.isExpectedStartObjectToken()) {
            throw JsonMappingException.from(p, "an event is a map such as {on: 2027-03-10, outage: {site: x, duration_hours: 72}}");
        }
        ObjectNode node = (ObjectNode) ctxt.readTree(p);
        JsonNode onNode = node.remove("on");
        if (onNode == null) {
            throw JsonMappingException.from(p, "an event needs an 'on' date");
        }
        LocalDate on = TreeBinding.bind(ctxt, onNode, LocalDate.class, "on", List.of(), List.of());
        List<String> kinds = new ArrayList<>();
        node.fieldNames().forEachRemaining(kinds::add);
        if (kinds.size() != 1) {
            throw JsonMappingException.from(p, "an event has 'on' and exactly one kind, but "
                    + (kinds.isEmpty() ? "has none" : "has " + String.join(", ", kinds)) + KNOWN);
        }
        String kind = kinds.get(0);
        JsonNode body = node.get(kind);
        if (!KINDS.containsKey(kind)) {
            throw new UnknownNameException(p, kind, "unknown event kind '" + kind + "'"
                    + Hints.didYouMean(kind, KINDS.keySet()) + KNOWN);
        }
        if (!body.isObject()) {
            throw TreeBinding.error(p, kind, kind + " takes a map of its fields");
        }
        if (kind.equals("sign_contract")) {
            ContractSpec contract = TreeBinding.bind(ctxt, body, ContractSpec.class, kind, List.of(), List.of());
            return new EventSpec.SignContract(on, contract);
        }
        if (body.has("on")) {
            throw TreeBinding.error(p, kind, "put 'on' beside '" + kind + "', not inside it");
        }
        ObjectNode fields = ((ObjectNode) body).deepCopy();
        fields.set("on", onNode);
        return TreeBinding.bind(ctxt, fields, KINDS.get(kind), kind, List.of(), List.of("on"));
    }
}
