package org.gigasim.scenarios;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The points of a parameter sweep: the cartesian product of the values of each varied path
 * ({@code --vary path=v1,v2,...}), in a fixed order in which the first path varies slowest
 * and the last fastest, like nested loops written in the order given. Values are split at
 * commas outside brackets and braces, so {@code {uniform: {min: 1, max: 2}}} is one value.
 */
public final class SweepPlan {

    private final List<String> paths;
    private final List<List<String>> values;

    private SweepPlan(List<String> paths, List<List<String>> values) {
        this.paths = List.copyOf(paths);
        this.values = List.copyOf(values);
    }

    /**
     * Parses each {@code path=v1,v2,...}.
     *
     * @throws IllegalArgumentException naming the malformed entry
     */
    public static SweepPlan parse(List<String> varies) {
        if (varies.isEmpty()) {
            throw new IllegalArgumentException("a sweep needs at least one --vary path=v1,v2,...");
        }
        List<String> paths = new ArrayList<>();
        List<List<String>> values = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String vary : varies) {
            int eq = vary.indexOf('=');
            String path = eq < 0 ? "" : vary.substring(0, eq).trim();
            if (path.isEmpty()) {
                throw new IllegalArgumentException("--vary takes path=v1,v2,...; was '" + vary + "'");
            }
            if (!seen.add(path)) {
                throw new IllegalArgumentException("--vary " + path + " is given twice");
            }
            List<String> list = split(vary.substring(eq + 1));
            if (list.isEmpty() || list.stream().anyMatch(String::isEmpty)) {
                throw new IllegalArgumentException("--vary " + path + ": empty value in '" + vary.substring(eq + 1) + "'");
            }
            paths.add(path);
            values.add(list);
        }
        return new SweepPlan(paths, values);
    }

    /**
     * A plan of {@code paths}, each with its values (as {@code --vary} would take them), such
     * as a scenario file's {@code sweep:} block.
     *
     * @throws IllegalArgumentException if there is no path, a path twice, or a path without values
     */
    public static SweepPlan of(List<String> paths, List<List<String>> values) {
        if (paths.isEmpty() || paths.size() != values.size()) {
            throw new IllegalArgumentException("a sweep needs at least one path, each with its values");
        }
        if (new HashSet<>(paths).size() != paths.size()) {
            throw new IllegalArgumentException("a sweep varies each path once: " + paths);
        }
        if (values.stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("every path of a sweep needs at least one value");
        }
        return new SweepPlan(paths, values.stream().map(List::copyOf).toList());
    }

    /** How many points the plan has (the product of the value counts), computed without listing them. */
    public double size() {
        double size = 1;
        for (List<String> list : values) {
            size *= list.size();
        }
        return size;
    }

    /** The varied paths, in the order given. */
    public List<String> paths() {
        return paths;
    }

    /** Every point's values (one per path), first path slowest; also each point's {@code --set path=value} overrides. */
    public List<List<String>> points() {
        List<List<String>> points = new ArrayList<>();
        for (List<Integer> indices : indices()) {
            List<String> point = new ArrayList<>();
            for (int k = 0; k < indices.size(); k++) {
                point.add(values.get(k).get(indices.get(k)));
            }
            points.add(List.copyOf(point));
        }
        return points;
    }

    /** Every point as the position of each path's value in its list, in the order of {@link #points()}. */
    public List<List<Integer>> indices() {
        List<List<Integer>> points = new ArrayList<>();
        points.add(List.of());
        for (List<String> options : values) {
            List<List<Integer>> longer = new ArrayList<>();
            for (List<Integer> prefix : points) {
                for (int i = 0; i < options.size(); i++) {
                    List<Integer> point = new ArrayList<>(prefix);
                    point.add(i);
                    longer.add(List.copyOf(point));
                }
            }
            points = longer;
        }
        return points;
    }

    /** A point's values as overrides {@code path=value}, in path order. */
    public List<String> overrides(List<String> point) {
        List<String> overrides = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            overrides.add(paths.get(i) + "=" + point.get(i));
        }
        return overrides;
    }

    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(from, i).trim());
                from = i + 1;
            }
        }
        parts.add(text.substring(from).trim());
        return parts;
    }
}
