package org.gigasim.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.gigasim.engine.random.Distribution;
import org.gigasim.model.spec.Limits;

/**
 * A scenario file's {@code sensitivity:} block: what {@code gigasim sensitivity} analyses when
 * no {@code --factor} is given. Like {@code sweep:}, it is not part of the scenario, so the
 * loader takes it out of the merged tree before binding, and checks every factor path by
 * setting it to the middle of its range (a distribution's mean) and binding the result:
 * a typo is reported at its line and column in the block.
 *
 * <pre>{@code
 * sensitivity:
 *   method: sobol              # sobol, morris or lhs
 *   samples: 256               # Sobol': base samples N; Morris: trajectories r; lhs: points
 *   factors:                   # path (as in --set): LOW..HIGH or a distribution
 *     labs.small-lab.demand.stateless_api.growth_per_year: 0.3..0.9
 *     clouds.acme-cloud.sites.acme-east.pue: {uniform: {min: 1.1, max: 1.4}}
 *   metrics: [unserved_h100e_hours@lab=small-lab]
 * }</pre>
 */
final class SensitivityBlock {

    static final String KEY = "sensitivity";
    static final List<String> FIELDS = List.of("method", "samples", "levels", "replications", "factors", "metrics");
    private static final String FACTORS = "/" + KEY + "/factors";

    private record Entry(String path, JsonNode value, String pointer, double middle) {
    }

    private final SensitivityPlan plan;
    private final List<Entry> entries;

    private SensitivityBlock(SensitivityPlan plan, List<Entry> entries) {
        this.plan = plan;
        this.entries = List.copyOf(entries);
    }

    /** Takes the block out of {@code tree} and checks its form; null if it has none. */
    static SensitivityBlock take(Inheritance.Located tree, ObjectMapper json) {
        if (!(tree.root() instanceof ObjectNode root) || !root.has(KEY)) {
            return null;
        }
        LocationIndex index = tree.index();
        JsonNode block = root.remove(KEY);
        if (!(block instanceof ObjectNode map)) {
            throw problem(index.value("/" + KEY), "sensitivity takes a map: method, samples, factors and metrics");
        }
        for (Iterator<String> it = map.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!FIELDS.contains(name)) {
                throw problem(index.key("/" + KEY + "/" + TreeMerge.escape(name)), "unknown field '" + name
                        + "' in sensitivity" + Hints.didYouMean(name, FIELDS) + "; it takes " + String.join(", ", FIELDS));
            }
        }
        String method = map.has("method") ? text(map, "method", index) : null;
        Integer samples = count(map, "samples", index, Integer.MAX_VALUE);
        Integer levels = count(map, "levels", index, Integer.MAX_VALUE);
        if (levels != null && levels % 2 != 0) {
            // What the Morris design asks, checked here so that validate says it, at its place in the file.
            throw problem(index.value("/" + KEY + "/levels"), "sensitivity.levels must be an even number of at least"
                    + " 2, not " + levels);
        }
        Integer replications = count(map, "replications", index, Limits.MAX_REPLICATIONS);
        if (!(map.get("factors") instanceof ObjectNode factors) || factors.isEmpty()) {
            throw problem(index.value(map.has("factors") ? FACTORS : "/" + KEY),
                    "sensitivity needs factors: a map from a path (as in --set) to LOW..HIGH or a distribution");
        }
        List<Entry> entries = new ArrayList<>();
        List<SensitivityPlan.FactorEntry> planned = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = factors.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String pointer = FACTORS + "/" + TreeMerge.escape(field.getKey());
            double middle = middle(field.getKey(), field.getValue(), index.value(pointer), json);
            entries.add(new Entry(field.getKey(), field.getValue(), pointer, middle));
            planned.add(new SensitivityPlan.FactorEntry(field.getKey(), SweepBlock.text(field.getValue())));
        }
        List<String> metrics = new ArrayList<>();
        if (!(map.get("metrics") instanceof ArrayNode list) || list.isEmpty()) {
            throw problem(index.value(map.has("metrics") ? "/" + KEY + "/metrics" : "/" + KEY),
                    "sensitivity needs metrics: a list of METRIC[:YEAR][@DIM=VALUE,...], such as [revenue_usd]");
        }
        for (int i = 0; i < list.size(); i++) {
            if (!list.get(i).isTextual() || list.get(i).asText().isBlank()) {
                throw problem(index.value("/" + KEY + "/metrics/" + i), "a metric is written METRIC[:YEAR][@DIM=VALUE,...]");
            }
            metrics.add(list.get(i).asText());
        }
        return new SensitivityBlock(new SensitivityPlan(method, samples, levels, replications, planned, metrics), entries);
    }

    SensitivityPlan plan() {
        return plan;
    }

    /** {@code tree} with every factor at the middle of its range, each reported at its place in the block. */
    Inheritance.Located middle(Inheritance.Located tree) {
        LocationIndex index = tree.index();
        for (Entry e : entries) {
            LocationIndex.Position keyAt = index.key(e.pointer());
            try {
                Overrides.set(tree, e.path(), DoubleNode.valueOf(e.middle()), keyAt, index.value(e.pointer()), e.pointer());
            } catch (IllegalArgumentException ex) {
                throw problem(keyAt, "sensitivity.factors " + e.path() + ": " + ex.getMessage());
            }
        }
        return tree;
    }

    /** The middle of a range {@code LOW..HIGH}, or a distribution's mean. */
    private static double middle(String path, JsonNode value, LocationIndex.Position at, ObjectMapper json) {
        if (value instanceof ObjectNode) {
            try {
                return json.treeToValue(value, Distribution.class).mean();
            } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
                throw problem(at, "sensitivity.factors " + path + ": " + e.getMessage());
            }
        }
        double[] range = SensitivityPlan.range(value.asText());
        if (range == null) {
            throw problem(at, "sensitivity.factors " + path + " takes LOW..HIGH (such as 0.3..0.9) or a distribution");
        }
        return (range[0] + range[1]) / 2;
    }

    private static String text(ObjectNode map, String field, LocationIndex index) {
        if (!map.get(field).isTextual()) {
            throw problem(index.value("/" + KEY + "/" + field), "sensitivity." + field + " takes a word, such as sobol");
        }
        return map.get(field).asText();
    }

    private static Integer count(ObjectNode map, String field, LocationIndex index, int most) {
        if (!map.has(field)) {
            return null;
        }
        JsonNode node = map.get(field);
        if (!node.isIntegralNumber() || node.bigIntegerValue().signum() < 1) {
            throw problem(index.value("/" + KEY + "/" + field), "sensitivity." + field + " takes a whole number of at"
                    + " least 1");
        }
        if (node.bigIntegerValue().compareTo(java.math.BigInteger.valueOf(most)) > 0) {
            throw problem(index.value("/" + KEY + "/" + field), "sensitivity." + field + " must be at most " + most
                    + ", but was " + node.asText());
        }
        return node.asInt();
    }

    private static ScenarioException problem(LocationIndex.Position at, String message) {
        return Inheritance.problem(at, message);
    }
}
