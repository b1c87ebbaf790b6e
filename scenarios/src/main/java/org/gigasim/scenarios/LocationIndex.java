package org.gigasim.scenarios;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each key and value of a scenario file starts, by JSON pointer such as
 * {@code /contracts/2/lab}, read in one streaming pass before binding. It lets errors found
 * after binding (a dangling reference, a record's own validation) still name a line and column.
 */
final class LocationIndex {

    /** A 1-based line and column in {@code file}; line 0 means unknown (a value given on the command line). */
    record Position(String file, int line, int column) {
    }

    private final Map<String, Position> keys = new HashMap<>();
    private final Map<String, Position> values = new HashMap<>();
    private final Map<String, List<String>> children = new HashMap<>();

    private final String file;

    private LocationIndex(String file) {
        this.file = file;
    }

    /** An index to fill with {@link #put}, for a tree merged from several files; {@code file} is the one named. */
    static LocationIndex empty(String file) {
        return new LocationIndex(file);
    }

    /**
     * Reads every token of {@code bytes}, refusing YAML aliases (Jackson would read them as
     * plain text), nesting deeper than the mapper allows, duplicate keys, more than one
     * document.
     */
    static LocationIndex read(ObjectMapper mapper, byte[] bytes, String file) throws IOException {
        LocationIndex index = new LocationIndex(file);
        List<Problem> problems = new ArrayList<>();
        try (JsonParser p = mapper.createParser(bytes)) {
            try {
                index.scan(p, file, problems);
            } catch (StreamConstraintsException e) {
                Position at = index.position(p.currentLocation());
                String message = e.getMessage().startsWith("Document nesting depth")
                        ? "nested more than " + ScenarioMapper.MAX_DEPTH + " levels deep"
                        : "the file exceeds a limit: " + e.getOriginalMessage();
                throw new ScenarioException(new Problem(file, at.line(), at.column(), message));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return index;
    }

    private void scan(JsonParser p, String file, List<Problem> problems) throws IOException {
        int depth = 0;
        JsonToken token;
        while ((token = p.nextToken()) != null) {
            String pointer = JsonPointer.forPath(p.getParsingContext(), false).toString();
            Position at = position(p.currentTokenLocation());
            if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                throw new ScenarioException(new Problem(file, at.line(), at.column(),
                        "YAML aliases (*" + p.getText() + ") are not supported; repeat the value instead"));
            }
            if (token == JsonToken.FIELD_NAME) {
                Position first = keys.putIfAbsent(pointer, at);
                if (first != null) {
                    problems.add(new Problem(file, at.line(), at.column(), "key '" + p.currentName()
                            + "' appears twice in one map (first on line " + first.line() + ")"));
                    continue;
                }
                children.computeIfAbsent(parent(pointer), k -> new ArrayList<>()).add(p.currentName());
                continue;
            }
            values.putIfAbsent(pointer, at);
            depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
            if (depth == 0 && p.nextToken() != null) {
                Position next = position(p.currentTokenLocation());
                problems.add(new Problem(file, next.line(), next.column(),
                        "a scenario file holds one document, but another follows"));
                return;
            }
        }
    }

    /** Forgets the entry {@code position} of the list at {@code list}; later entries move up by one. */
    void removeListEntry(String list, int position) {
        shift(keys, list, position);
        shift(values, list, position);
        shift(children, list, position);
    }

    private static <V> void shift(Map<String, V> map, String list, int position) {
        String prefix = list + "/";
        Map<String, V> moved = new HashMap<>();
        for (var it = map.entrySet().iterator(); it.hasNext(); ) {
            var entry = it.next();
            String pointer = entry.getKey();
            if (!pointer.startsWith(prefix)) {
                continue;
            }
            int end = pointer.indexOf('/', prefix.length());
            String rest = end < 0 ? "" : pointer.substring(end);
            int k = Integer.parseInt(pointer.substring(prefix.length(), end < 0 ? pointer.length() : end));
            if (k >= position) {
                it.remove();
                if (k > position) {
                    moved.put(prefix + (k - 1) + rest, entry.getValue());
                }
            }
        }
        map.putAll(moved);
    }

    /** Whether the file held no value at all (only comments, say). */
    boolean isEmpty() {
        return values.isEmpty();
    }

    private Position position(JsonLocation location) {
        return new Position(file, Math.max(0, location.getLineNr()), Math.max(0, location.getColumnNr()));
    }

    /** The file this index names when a position is unknown. */
    String file() {
        return file;
    }

    /** Where the key of exactly {@code pointer} is written, or null. */
    Position exactKey(String pointer) {
        return keys.get(pointer);
    }

    /** Where the value of exactly {@code pointer} starts, or null. */
    Position exactValue(String pointer) {
        return values.get(pointer);
    }

    /** Records where the key and value at {@code pointer} are; a key adds a child to its parent map. */
    void put(String pointer, Position key, Position value) {
        if (value != null) {
            values.put(pointer, value);
        }
        if (key != null) {
            keys.put(pointer, key);
            String name = pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
            children.computeIfAbsent(parent(pointer), k -> new ArrayList<>()).add(name);
        }
    }

    /** Where the value at {@code pointer} starts, or its nearest enclosing value's. */
    Position value(String pointer) {
        for (String at = pointer; ; at = parent(at)) {
            Position found = values.get(at);
            if (found != null || at.isEmpty()) {
                return found == null ? new Position(file, 0, 0) : found;
            }
        }
    }

    /** Where the key of {@code pointer} is written, falling back to {@link #value}. */
    Position key(String pointer) {
        Position found = keys.get(pointer);
        return found != null ? found : value(pointer);
    }

    /**
     * The position of the field of the map at {@code pointer} that {@code message} names
     * first (record validation messages name their field, such as "mw must be ..."), or of
     * the map itself if it names none.
     */
    Position fieldNamedIn(String pointer, String message) {
        String best = null;
        int bestAt = Integer.MAX_VALUE;
        for (String child : children.getOrDefault(pointer, List.of())) {
            int at = wordIndex(message, child);
            if (at >= 0 && at < bestAt) {
                best = child;
                bestAt = at;
            }
        }
        return best == null ? value(pointer) : key(pointer + "/" + escape(best));
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static int wordIndex(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            boolean startsWord = at == 0 || !isNameChar(text.charAt(at - 1));
            int end = at + word.length();
            boolean endsWord = end == text.length() || !isNameChar(text.charAt(end));
            if (startsWord && endsWord) {
                return at;
            }
        }
        return -1;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }

    static String parent(String pointer) {
        return pointer.substring(0, Math.max(0, pointer.lastIndexOf('/')));
    }
}
