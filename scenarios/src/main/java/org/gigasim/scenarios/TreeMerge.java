package org.gigasim.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges a child scenario tree over its parent's. Maps merge deeply. A list whose entries
 * all have an {@code id} (accelerators, clouds, sites, labs, contracts) merges by id: a
 * child entry with a parent's id overrides that entry's fields, deeply; {@code remove: true}
 * deletes it; a new id is appended. The top-level {@code events} append. Any other list or
 * value in the child replaces the parent's, and so does a distribution of another kind
 * ({@code {fixed: 3}} over {@code {lognormal: ...}}). Every part of the result keeps the position
 * where it was written, in the parent's file or the child's.
 */
final class TreeMerge {

    static final String REMOVE = "remove";

    private final Inheritance.Located parent;
    private final Inheritance.Located child;
    private final LocationIndex index;
    private final List<Problem> problems = new ArrayList<>();

    private TreeMerge(Inheritance.Located parent, Inheritance.Located child) {
        this.parent = parent;
        this.child = child;
        this.index = LocationIndex.empty(child.index().file());
    }

    /** {@code child} merged over {@code parent}, recorded with {@code sha256}. */
    static Inheritance.Located merge(Inheritance.Located parent, Inheritance.Located child, String sha256) {
        TreeMerge merge = new TreeMerge(parent, child);
        JsonNode root = merge.merge(parent.root(), "", child.root(), "", "");
        if (!merge.problems.isEmpty()) {
            throw new ScenarioException(merge.problems);
        }
        return new Inheritance.Located(root, merge.index, sha256);
    }

    private JsonNode merge(JsonNode base, String basePointer, JsonNode over, String overPointer, String at) {
        if (base instanceof ObjectNode baseMap && over instanceof ObjectNode overMap && !otherKind(baseMap, overMap)) {
            return mergeMaps(baseMap, basePointer, overMap, overPointer, at);
        }
        if (base instanceof ArrayNode baseList && over instanceof ArrayNode overList) {
            if (at.equals("/events")) {
                return append(baseList, basePointer, overList, overPointer, at);
            }
            if (isEntityList(baseList)) {
                return mergeById(baseList, basePointer, overList, overPointer, at);
            }
        }
        return copy(child, over, overPointer, at);
    }

    private ObjectNode mergeMaps(ObjectNode base, String basePointer, ObjectNode over, String overPointer, String at) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        mark(child, overPointer, at);
        for (Iterator<Map.Entry<String, JsonNode>> it = base.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = escape(field.getKey());
            JsonNode overValue = over.get(field.getKey());
            result.set(field.getKey(), overValue == null
                    ? copy(parent, field.getValue(), basePointer + "/" + name, at + "/" + name)
                    : merge(field.getValue(), basePointer + "/" + name, overValue, overPointer + "/" + name,
                            at + "/" + name));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = over.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!base.has(field.getKey())) {
                String name = escape(field.getKey());
                result.set(field.getKey(), copy(child, field.getValue(), overPointer + "/" + name, at + "/" + name));
            }
        }
        return result;
    }

    private ArrayNode append(ArrayNode base, String basePointer, ArrayNode over, String overPointer, String at) {
        ArrayNode result = JsonNodeFactory.instance.arrayNode();
        mark(child, overPointer, at);
        for (int i = 0; i < base.size(); i++) {
            result.add(copy(parent, base.get(i), basePointer + "/" + i, at + "/" + result.size()));
        }
        for (int i = 0; i < over.size(); i++) {
            result.add(copy(child, over.get(i), overPointer + "/" + i, at + "/" + result.size()));
        }
        return result;
    }

    private ArrayNode mergeById(ArrayNode base, String basePointer, ArrayNode over, String overPointer, String at) {
        Map<String, Integer> overById = new LinkedHashMap<>();
        for (int i = 0; i < over.size(); i++) {
            JsonNode entry = over.get(i);
            if (!(entry instanceof ObjectNode) || !entry.path("id").isTextual()) {
                problems.add(problem(child.index().value(overPointer + "/" + i), "this list merges with the parent"
                        + " scenario's by id, so each entry needs an id (to add, change or remove that entry)"));
            } else {
                overById.putIfAbsent(entry.get("id").asText(), i);
            }
        }
        ArrayNode result = JsonNodeFactory.instance.arrayNode();
        mark(child, overPointer, at);
        List<Integer> used = new ArrayList<>();
        for (int i = 0; i < base.size(); i++) {
            Integer match = overById.get(base.get(i).get("id").asText());
            String from = basePointer + "/" + i;
            String to = at + "/" + result.size();
            if (match == null) {
                result.add(copy(parent, base.get(i), from, to));
                continue;
            }
            used.add(match);
            ObjectNode entry = (ObjectNode) over.get(match);
            if (!removes(entry, overPointer + "/" + match)) {
                result.add(merge(base.get(i), from, entry, overPointer + "/" + match, to));
            }
        }
        for (int i = 0; i < over.size(); i++) {
            if (used.contains(i) || !(over.get(i) instanceof ObjectNode entry) || !entry.path("id").isTextual()) {
                continue;
            }
            String from = overPointer + "/" + i;
            if (removes(entry, from)) {
                problems.add(problem(child.index().key(from + "/" + REMOVE), "remove: true deletes the parent"
                        + " scenario's entry with the same id, but it has no '" + entry.get("id").asText() + "' here"));
            } else {
                result.add(copy(child, entry, from, at + "/" + result.size()));
            }
        }
        return result;
    }

    /** Whether {@code entry} says {@code remove: true}; takes the key out either way. */
    private boolean removes(ObjectNode entry, String pointer) {
        JsonNode remove = entry.remove(REMOVE);
        if (remove != null && !remove.isBoolean()) {
            problems.add(problem(child.index().value(pointer + "/" + REMOVE), "remove takes true or false"));
        }
        return remove != null && remove.asBoolean(false);
    }

    /**
     * Whether both maps are distributions of different kinds ({@code {lognormal: ...}} over
     * {@code {fixed: 3}}): the child's then replaces the parent's, as merging the two would
     * name two kinds.
     */
    private static boolean otherKind(ObjectNode base, ObjectNode over) {
        if (base.size() != 1 || over.size() != 1) {
            return false;
        }
        String baseKind = base.fieldNames().next();
        String overKind = over.fieldNames().next();
        return !baseKind.equals(overKind) && DistributionDeserializer.KINDS.containsKey(baseKind)
                && DistributionDeserializer.KINDS.containsKey(overKind);
    }

    private static boolean isEntityList(ArrayNode list) {
        if (list.isEmpty()) {
            return false;
        }
        for (JsonNode entry : list) {
            if (!(entry instanceof ObjectNode) || !entry.path("id").isTextual()) {
                return false;
            }
        }
        return true;
    }

    /** Takes {@code node} whole from {@code from}, recording where each of its parts is written. */
    private JsonNode copy(Inheritance.Located from, JsonNode node, String pointer, String at) {
        mark(from, pointer, at);
        if (node instanceof ObjectNode map) {
            map.fieldNames().forEachRemaining(name ->
                    copy(from, map.get(name), pointer + "/" + escape(name), at + "/" + escape(name)));
        } else if (node instanceof ArrayNode list) {
            for (int i = 0; i < list.size(); i++) {
                copy(from, list.get(i), pointer + "/" + i, at + "/" + i);
            }
        }
        return node;
    }

    private void mark(Inheritance.Located from, String pointer, String at) {
        LocationIndex source = from.index();
        LocationIndex.Position value = source.exactValue(pointer);
        index.put(at, at.isEmpty() ? null : source.exactKey(pointer), value != null ? value : source.value(pointer));
    }

    private static Problem problem(LocationIndex.Position at, String message) {
        return new Problem(at.file(), at.line(), at.column(), message);
    }

    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
