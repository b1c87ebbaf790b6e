package org.gigasim.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A scenario file's {@code sweep:} block: the values {@code gigasim sweep} varies when no
 * {@code --vary} is given. It is not part of the scenario itself, so the loader takes it out
 * of the merged tree before binding; each point of the sweep then sets its values into the
 * tree like {@code --set} would, but with the line and column where the block wrote them.
 *
 * <pre>{@code
 * sweep:
 *   vary:                     # path: [values]; the first path varies slowest
 *     labs.small-lab.demand.stateless_api.growth_per_year: [0.3, 0.6, 0.9]
 *     seed: [1, 2]
 * }</pre>
 */
final class SweepBlock {

    static final String KEY = "sweep";
    private static final String VARY = "vary";
    private static final String POINTER = "/" + KEY + "/" + VARY;

    private record Axis(String path, List<JsonNode> values, String pointer) {
    }

    private final List<Axis> axes;

    private SweepBlock(List<Axis> axes) {
        this.axes = List.copyOf(axes);
    }

    /** Takes the {@code sweep:} block out of {@code tree} and checks its form; null if it has none. */
    static SweepBlock take(Inheritance.Located tree) {
        if (!(tree.root() instanceof ObjectNode root) || !root.has(KEY)) {
            return null;
        }
        LocationIndex index = tree.index();
        JsonNode block = root.remove(KEY);
        if (!(block instanceof ObjectNode map)) {
            throw problem(index.value("/" + KEY), "sweep takes a map with one key, vary: {path: [values], ...}");
        }
        for (Iterator<String> it = map.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!name.equals(VARY)) {
                throw problem(index.key("/" + KEY + "/" + TreeMerge.escape(name)), "unknown field '" + name
                        + "' in sweep" + Hints.didYouMean(name, List.of(VARY)) + "; sweep takes only vary");
            }
        }
        if (!(map.get(VARY) instanceof ObjectNode vary) || vary.isEmpty()) {
            throw problem(index.value(map.has(VARY) ? POINTER : "/" + KEY),
                    "sweep needs vary: a map from a path (as in --set) to its list of values");
        }
        List<Axis> axes = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = vary.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String path = field.getKey();
            String pointer = POINTER + "/" + TreeMerge.escape(path);
            if (!(field.getValue() instanceof ArrayNode list) || list.isEmpty()) {
                throw problem(index.value(pointer), "sweep.vary " + path + " takes a list of values, such as [0.3, 0.6]");
            }
            List<JsonNode> values = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).isNull()) {
                    throw problem(index.value(pointer + "/" + i), "sweep.vary " + path + ": empty value");
                }
                values.add(list.get(i));
            }
            axes.add(new Axis(path, values, pointer));
        }
        return new SweepBlock(axes);
    }

    /** The block as a plan: its paths in file order (the first varies slowest) and its values as text. */
    SweepPlan plan() {
        List<String> paths = new ArrayList<>();
        List<List<String>> values = new ArrayList<>();
        for (Axis axis : axes) {
            paths.add(axis.path());
            values.add(axis.values().stream().map(SweepBlock::text).toList());
        }
        return SweepPlan.of(paths, values);
    }

    /** The first point: every path at its first value. */
    List<Integer> first() {
        return axes.stream().map(axis -> 0).toList();
    }

    /**
     * {@code tree} with the values of one point set into it, each reported at its place in the
     * block if it is wrong; its hash also covers the point.
     */
    Inheritance.Located apply(Inheritance.Located tree, List<Integer> point) {
        if (point.size() != axes.size()) {
            throw new IllegalArgumentException("a point of this sweep has " + axes.size() + " values, not " + point.size());
        }
        LocationIndex index = tree.index();
        StringBuilder hashed = new StringBuilder(tree.sha256());
        for (int k = 0; k < axes.size(); k++) {
            Axis axis = axes.get(k);
            int i = point.get(k);
            String source = axis.pointer() + "/" + i;
            LocationIndex.Position keyAt = index.key(axis.pointer());
            try {
                Overrides.set(tree, axis.path(), axis.values().get(i).deepCopy(), keyAt, index.value(source), source);
            } catch (IllegalArgumentException e) {
                throw problem(keyAt, "sweep.vary " + axis.path() + ": " + e.getMessage());
            }
            hashed.append('\n').append(KEY).append(' ').append(axis.path()).append('=').append(text(axis.values().get(i)));
        }
        return new Inheritance.Located(tree.root(), index,
                ScenarioLoader.contentHash(hashed.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** A value as one would write it after {@code --vary path=}: a scalar as is, a map or list in flow style. */
    static String text(JsonNode value) {
        if (value instanceof ObjectNode map) {
            List<String> fields = new ArrayList<>();
            map.fields().forEachRemaining(f -> fields.add(f.getKey() + ": " + text(f.getValue())));
            return "{" + String.join(", ", fields) + "}";
        }
        if (value instanceof ArrayNode list) {
            List<String> items = new ArrayList<>();
            list.forEach(item -> items.add(text(item)));
            return "[" + String.join(", ", items) + "]";
        }
        return value.asText();
    }

    private static ScenarioException problem(LocationIndex.Position at, String message) {
        return Inheritance.problem(at, message);
    }
}
