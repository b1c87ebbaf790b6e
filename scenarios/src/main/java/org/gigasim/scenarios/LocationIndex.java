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

    /** A 1-based line and column. */
    record Position(int line, int column) {
    }

    private final Map<String, Position> keys = new HashMap<>();
    private final Map<String, Position> values = new HashMap<>();
    private final Map<String, List<String>> children = new HashMap<>();

    private LocationIndex() {
    }

    /**
     * Reads every token of {@code bytes}, refusing YAML aliases (Jackson would read them as
     * plain text), nesting deeper than the mapper allows, duplicate keys, more than one
     * document, and a top-level {@code extends}.
     */
    static LocationIndex read(ObjectMapper mapper, byte[] bytes, String file) throws IOException {
        LocationIndex index = new LocationIndex();
        List<Problem> problems = new ArrayList<>();
        try (JsonParser p = mapper.createParser(bytes)) {
            try {
                index.scan(p, file, problems);
            } catch (StreamConstraintsException e) {
                Position at = position(p.currentLocation());
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
                if (depth == 1 && p.currentName().equals("extends")) {
                    problems.add(new Problem(file, at.line(), at.column(),
                            "inheritance (extends) is not supported yet; copy the scenario instead"));
                }
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

    /** Whether the file held no value at all (only comments, say). */
    boolean isEmpty() {
        return values.isEmpty();
    }

    private static Position position(JsonLocation location) {
        return new Position(Math.max(0, location.getLineNr()), Math.max(0, location.getColumnNr()));
    }

    /** Where the value at {@code pointer} starts, or its nearest enclosing value's. */
    Position value(String pointer) {
        for (String at = pointer; ; at = parent(at)) {
            Position found = values.get(at);
            if (found != null || at.isEmpty()) {
                return found == null ? new Position(0, 0) : found;
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

    private static String parent(String pointer) {
        return pointer.substring(0, Math.max(0, pointer.lastIndexOf('/')));
    }
}
