package org.gigasim.scenarios;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a scenario file and the chain of files it {@code extends:}, and merges them, child
 * over parent, into one tree with a {@link LocationIndex} that still names the file, line
 * and column of every key and value. How two trees merge is {@link TreeMerge}'s business.
 */
final class Inheritance {

    /** A scenario tree, where each of its parts was written, and a hash of every file it came from. */
    record Located(JsonNode root, LocationIndex index, String sha256) {
    }

    /** Deeper chains are refused: nobody means them, and they cost a file read each. */
    static final int MAX_CHAIN = 16;

    private final ObjectMapper yaml;
    private final ObjectMapper json;

    Inheritance(ObjectMapper yaml, ObjectMapper json) {
        this.yaml = yaml;
        this.json = json;
    }

    /** The merged tree of {@code source} and its ancestors. */
    Located read(ScenarioSource source) {
        return read(source, List.of());
    }

    private Located read(ScenarioSource source, List<ScenarioSource> children) {
        Located own = readOne(source, source.bytes());
        if (!(own.root() instanceof ObjectNode root) || !root.has("extends")) {
            return own;
        }
        LocationIndex.Position at = own.index().value("/extends");
        JsonNode ref = root.remove("extends");
        if (!ref.isTextual() || ref.asText().isBlank()) {
            throw problem(at, "extends takes one scenario: a catalog name such as baseline-2026, or a path"
                    + " relative to this file such as ../base.yaml");
        }
        ScenarioSource parentSource = source.resolve(ref.asText());
        List<ScenarioSource> chain = new ArrayList<>(children);
        chain.add(source);
        if (chain.stream().anyMatch(s -> s.identity().equals(parentSource.identity()))) {
            throw problem(at, "extends forms a cycle: " + chain.stream().map(ScenarioSource::name)
                    .collect(Collectors.joining(" -> ")) + " -> " + parentSource.name());
        }
        if (chain.size() >= MAX_CHAIN) {
            throw problem(at, "extends chains more than " + MAX_CHAIN + " files");
        }
        byte[] parentBytes;
        try {
            parentBytes = parentSource.bytes();
        } catch (ScenarioException e) {
            throw problem(at, "extends '" + ref.asText() + "': " + e.problems().get(0).message());
        }
        Located parent = read(parentSource, chain, parentBytes);
        return TreeMerge.merge(parent, own, ScenarioLoader.contentHash(
                (own.sha256() + " extends " + parent.sha256()).getBytes(StandardCharsets.UTF_8)));
    }

    private Located read(ScenarioSource source, List<ScenarioSource> children, byte[] bytes) {
        return read(new Preread(source, bytes), children);
    }

    private Located readOne(ScenarioSource source, byte[] bytes) {
        String name = source.name();
        if (bytes.length > ScenarioMapper.MAX_BYTES) {
            throw problem(new LocationIndex.Position(name, 0, 0),
                    "is larger than the " + ScenarioMapper.MAX_BYTES / (1024 * 1024) + " MB a scenario may be");
        }
        requireUtf8(name, bytes);
        ObjectMapper mapper = source.json() ? json : yaml;
        LocationIndex index = null;
        try {
            index = LocationIndex.read(mapper, bytes, name);
            if (index.isEmpty()) {
                throw problem(new LocationIndex.Position(name, 0, 0), "holds no scenario");
            }
            return new Located(mapper.readTree(bytes), index, ScenarioLoader.contentHash(bytes));
        } catch (JsonProcessingException e) {
            throw new ScenarioException(BindingErrors.problem(e, index, name));
        } catch (IOException e) {
            throw problem(new LocationIndex.Position(name, 0, 0), "cannot be read: " + e.getMessage());
        }
    }

    /** Refuses bytes that are not UTF-8, naming the line and column of the first bad byte. */
    private static void requireUtf8(String name, byte[] bytes) {
        java.nio.charset.CharsetDecoder decoder = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            return;
        }
        int line = 1;
        int column = 1;
        for (int i = 0; i < out.position(); i++) {
            if (out.get(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        throw problem(new LocationIndex.Position(name, line, column), String.format(java.util.Locale.ROOT,
                "is not valid UTF-8 (byte 0x%02x); save the file as UTF-8", bytes[in.position()] & 0xff));
    }

    static ScenarioException problem(LocationIndex.Position at, String message) {
        return new ScenarioException(new Problem(at.file(), at.line(), at.column(), message));
    }

    /** A source whose bytes were already read (to report a missing parent at the child's extends). */
    private record Preread(ScenarioSource delegate, byte[] content) implements ScenarioSource {
        public String name() {
            return delegate.name();
        }

        public String identity() {
            return delegate.identity();
        }

        public byte[] bytes() {
            return content;
        }

        public boolean json() {
            return delegate.json();
        }

        public ScenarioSource resolve(String ref) {
            return delegate.resolve(ref);
        }
    }
}
