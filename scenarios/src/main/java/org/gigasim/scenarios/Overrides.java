package org.gigasim.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Applies command-line overrides such as {@code --set labs.openai.demand.stateless_api.growth_per_year=0.5}
 * to a scenario tree before it is bound, so an override is checked exactly like the file.
 * A path names map keys separated by dots; a list entry is named by its {@code id} (or, in a
 * list without ids, by its 0-based position). The value is read as YAML: {@code 0.5},
 * {@code 2026-01-01}, {@code true}, or a flow map such as {@code {uniform: {min: 180, max: 730}}}.
 * A problem in an override is reported against {@code --set path=value}.
 */
final class Overrides {

    static final String OPTION = "--set";
    /** An override that starts with this came from {@code --vary}, and its problems say so. */
    static final String VARY = "--vary ";
    /** An override that starts with this came from {@code --factor}, and its problems say so. */
    static final String FACTOR = "--factor ";

    private Overrides() {
    }

    /** {@code tree} with every override applied, in order; its hash also covers the overrides. */
    static Inheritance.Located apply(Inheritance.Located tree, List<String> overrides, ObjectMapper yaml) {
        if (overrides.isEmpty()) {
            return tree;
        }
        List<Problem> problems = new ArrayList<>();
        StringBuilder hashed = new StringBuilder(tree.sha256());
        for (String given : overrides) {
            String prefix = given.startsWith(VARY) ? VARY : given.startsWith(FACTOR) ? FACTOR : null;
            String override = prefix != null ? given.substring(prefix.length()) : given;
            String label = (prefix != null ? prefix : OPTION + " ") + printable(override);
            try {
                apply(tree, override, label, yaml);
                hashed.append('\n').append(OPTION).append(' ').append(override);
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(label, 0, 0, e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return new Inheritance.Located(tree.root(), tree.index(),
                ScenarioLoader.contentHash(hashed.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code text} with each control character shown as {@code \\xNN}, so an echoed option cannot drive the terminal. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.chars().forEach(c -> out.append(Character.isISOControl(c) ? String.format("\\x%02X", c) : String.valueOf((char) c)));
        return out.toString();
    }

    private static void apply(Inheritance.Located tree, String override, String label, ObjectMapper yaml) {
        for (int i = 0; i < override.length(); i++) {
            if (Character.isISOControl(override.charAt(i))) {
                throw new IllegalArgumentException(String.format("a control character (0x%02X) at character %d;"
                        + " delete it", (int) override.charAt(i), i + 1));
            }
        }
        int eq = override.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("write " + OPTION + " path=value, such as " + OPTION + " replications=5");
        }
        JsonNode value = parse(override.substring(eq + 1), yaml);
        LocationIndex.Position at = new LocationIndex.Position(label, 0, 0);
        set(tree, override.substring(0, eq), value, at, at, null);
    }

    /**
     * Sets the field at {@code dottedPath} to {@code value}, recording {@code keyAt} as where the
     * path was written and {@code valueAt} as where the value was. If the value was read from
     * the tree itself at {@code source} (a {@code sweep:} block), the parts inside it keep their
     * own positions.
     *
     * @throws IllegalArgumentException if the path does not lead to a place in the tree
     */
    static void set(Inheritance.Located tree, String dottedPath, JsonNode value, LocationIndex.Position keyAt,
            LocationIndex.Position valueAt, String source) {
        String[] path = dottedPath.split("\\.", -1);
        if (!(tree.root() instanceof ObjectNode root)) {
            throw new IllegalArgumentException("the scenario is not a map, so nothing can be set in it");
        }
        LocationIndex.Position at = keyAt;
        JsonNode node = root;
        String pointer = "";
        String walked = "";
        for (int i = 0; i < path.length; i++) {
            if (path[i].isEmpty()) {
                throw new IllegalArgumentException("the path has an empty part; parts are separated by single dots");
            }
            String part;
            String label = path[i];
            if (node instanceof ArrayNode list) {
                int[] found = entry(list, path, i, walked);
                part = String.valueOf(found[0]);
                label = String.join(".", Arrays.copyOfRange(path, i, found[1] + 1));
                i = found[1];
            } else if (node instanceof ObjectNode) {
                part = path[i];
            } else {
                throw new IllegalArgumentException("'" + walked + "' is a single value, so it has no '" + path[i] + "'");
            }
            pointer += "/" + TreeMerge.escape(part);
            walked += (walked.isEmpty() ? "" : ".") + label;
            if (i == path.length - 1) {
                if (node instanceof ArrayNode list) {
                    list.set(Integer.parseInt(part), value);
                } else {
                    ((ObjectNode) node).set(part, value);
                }
                tree.index().put(pointer, node instanceof ObjectNode ? keyAt : null, valueAt);
                mark(tree.index(), value, pointer, valueAt, source);
                return;
            }
            JsonNode next = node instanceof ArrayNode list ? list.get(Integer.parseInt(part)) : node.get(part);
            if (node instanceof ObjectNode map && (next == null || next.isNull())) {
                next = map.putObject(part);
                tree.index().put(pointer, at, at);
            }
            node = next;
        }
    }

    /** The position in {@code list} that {@code path[i..]} names, and the last path part used. */
    private static int[] entry(ArrayNode list, String[] path, int i, String walked) {
        List<String> ids = new ArrayList<>();
        for (JsonNode entry : list) {
            if (entry.path("id").isTextual()) {
                ids.add(entry.get("id").asText());
            }
        }
        if (ids.isEmpty() && path[i].matches("\\d{1,9}")) {
            int position = Integer.parseInt(path[i]);
            if (position >= list.size()) {
                throw new IllegalArgumentException("'" + walked + "' has " + list.size() + " entries, numbered from 0");
            }
            return new int[] {position, i};
        }
        for (int end = path.length - 1; end >= i; end--) {   // ids may contain dots: try the longest first
            int position = ids.indexOf(String.join(".", Arrays.copyOfRange(path, i, end + 1)));
            if (position >= 0) {
                return new int[] {position, end};
            }
        }
        throw new IllegalArgumentException("'" + walked + "' has no entry '" + path[i] + "'"
                + Hints.didYouMean(path[i], ids) + (ids.isEmpty() ? "; name an entry by its position, from 0"
                : "; entries: " + String.join(", ", ids)));
    }

    private static JsonNode parse(String text, ObjectMapper yaml) {
        if (text.isBlank()) {
            return NullNode.instance;
        }
        try {
            LocationIndex.read(yaml, text.getBytes(StandardCharsets.UTF_8), OPTION);   // refuses aliases, deep nesting
            JsonNode value = yaml.readTree(text);
            return value == null || value.isMissingNode() ? NullNode.instance : value;
        } catch (ScenarioException e) {
            throw new IllegalArgumentException("the value: " + e.problems().get(0).message());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("the value: " + BindingErrors.syntax(e));
        } catch (IOException e) {
            throw new IllegalArgumentException("the value cannot be read: " + e.getMessage());
        }
    }

    /**
     * Records where everything inside {@code value} (now at {@code pointer}) was written: at the
     * same place inside {@code source} if the value came from the tree, else at {@code at}.
     */
    private static void mark(LocationIndex index, JsonNode value, String pointer, LocationIndex.Position at,
            String source) {
        if (value instanceof ObjectNode map) {
            map.fieldNames().forEachRemaining(name -> {
                String part = "/" + TreeMerge.escape(name);
                put(index, pointer + part, source == null ? null : source + part, at, true);
                mark(index, map.get(name), pointer + part, at, source == null ? null : source + part);
            });
        } else if (value instanceof ArrayNode list) {
            for (int i = 0; i < list.size(); i++) {
                put(index, pointer + "/" + i, source == null ? null : source + "/" + i, at, false);
                mark(index, list.get(i), pointer + "/" + i, at, source == null ? null : source + "/" + i);
            }
        }
    }

    private static void put(LocationIndex index, String pointer, String source, LocationIndex.Position at, boolean keyed) {
        LocationIndex.Position key = source == null ? null : index.exactKey(source);
        LocationIndex.Position value = source == null ? null : index.exactValue(source);
        index.put(pointer, keyed ? (key != null ? key : at) : null, value != null ? value : at);
    }
}
