package org.gigasim.scenarios;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gigasim.model.spec.ScenarioSpec;

/**
 * Binds a scenario tree to a {@link ScenarioSpec} and checks its references, finding every
 * problem rather than the first. Jackson stops at the first error, so when an entry of a
 * list (a contract, a site, an event) cannot be bound, its problem is kept, the entry is
 * set aside and binding starts again. Reference problems that only repeat a set-aside
 * entry's (an unknown accelerator whose definition had a typo, say) are left out.
 */
final class Binder {

    /** Enough to fix in one sitting; past this a file is likely not a scenario at all. */
    static final int MAX_PROBLEMS = 25;

    private Binder() {
    }

    /** The scenario in {@code root}; throws a {@link ScenarioException} with every problem found. */
    static ScenarioSpec bind(ObjectMapper mapper, JsonNode root, LocationIndex index, String file) {
        List<Problem> problems = new ArrayList<>();
        empty(root, "", "", index, problems);
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        Set<String> setAside = new HashSet<>();
        while (true) {
            try {
                ScenarioSpec spec = mapper.treeToValue(root, ScenarioSpec.class);
                if (spec == null) {
                    throw new ScenarioException(new Problem(file, 0, 0, "holds no scenario"));
                }
                List<Problem> references = new ArrayList<>(ReferenceValidator.check(spec, index, file));
                references.addAll(AnswerValidator.check(spec, index));
                references.addAll(OwnershipValidator.check(spec, index));
                for (Problem p : references) {
                    if (setAside.stream().noneMatch(id -> p.message().contains("'" + id + "'"))) {
                        problems.add(p);
                    }
                }
                problems.addAll(LimitValidator.check(spec, index));
                if (problems.isEmpty()) {
                    return spec;
                }
                break;
            } catch (JsonProcessingException e) {
                problems.add(BindingErrors.problem(e, index, file));
                if (!(e instanceof JsonMappingException mapping) || problems.size() >= MAX_PROBLEMS
                        || !setAside(root, BindingErrors.pointer(mapping.getPath()), index, setAside)) {
                    break;
                }
            }
        }
        problems.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line)
                .thenComparingInt(Problem::column));
        throw new ScenarioException(problems);
    }

    /**
     * A problem for each value written empty ({@code ~}, {@code null} or nothing after the colon
     * or the {@code =} of {@code --set}): the model has no null, and binding would read an empty
     * number as 0 and an empty entry as no entry at all, so neither passes silently.
     */
    private static void empty(JsonNode node, String pointer, String path, LocationIndex index, List<Problem> problems) {
        if (problems.size() >= MAX_PROBLEMS) {
            return;
        }
        if (node.isNull()) {
            LocationIndex.Position at = index.value(pointer);
            problems.add(new Problem(at.file(), at.line(), at.column(), "'" + path + "' is empty; write a value, or"
                    + (path.matches(".*\\.\\d+$") ? " delete the entry" : " leave the field out if it has a default")));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                empty(node.get(i), pointer + "/" + i, path + "." + i, index, problems);
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(field -> empty(field.getValue(),
                    pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1"),
                    path.isEmpty() ? field.getKey() : path + "." + field.getKey(), index, problems));
        }
    }

    /** Every id defined in {@code node} (a cloud's own and its sites'), whose references then only repeat its problem. */
    private static void collectIds(JsonNode node, Set<String> ids) {
        if (node.path("id").isTextual()) {
            ids.add(node.get("id").asText());
        }
        for (JsonNode child : node) {
            if (child.isContainerNode()) {
                collectIds(child, ids);
            }
        }
    }

    /** Takes out of {@code root} the innermost list entry that holds {@code pointer}; false if none does. */
    private static boolean setAside(JsonNode root, String pointer, LocationIndex index, Set<String> ids) {
        String at = pointer;
        while (!at.isEmpty()) {
            String list = LocationIndex.parent(at);
            String last = at.substring(list.length() + 1);
            if (root.at(list) instanceof ArrayNode entries && last.matches("\\d+")) {
                int position = Integer.parseInt(last);
                if (position >= entries.size()) {
                    return false;
                }
                collectIds(entries.get(position), ids);
                entries.remove(position);
                index.removeListEntry(list, position);
                return true;
            }
            at = list;
        }
        return false;
    }
}
