package org.gigasim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The SHA-256 of every file in an output folder, by relative path, for tests that require two
 * folders to be byte-identical. In {@code manifest.json} the {@code command} line is left out:
 * it is the one field that legitimately differs between a run and the merge or extend that
 * reproduces it.
 */
final class OutputDigests {

    private OutputDigests() {
    }

    /** Asserts {@code actual} holds the same files as {@code expected}, with the same bytes. */
    static void assertSame(Path expected, Path actual) throws IOException {
        assertEquals(of(expected), of(actual), "SHA-256 by file: " + expected + " vs " + actual);
    }

    static Map<String, String> of(Path dir) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = dir.relativize(file).toString().replace('\\', '/');
                byte[] bytes = Files.readAllBytes(file);
                if (name.equals("manifest.json")) {
                    bytes = withoutCommand(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                digests.put(name, sha256(bytes));
            }
        }
        return digests;
    }

    private static String withoutCommand(String manifest) {
        // The writer puts the whole command array on one line.
        return manifest.replaceAll("(?m)^  \"command\" : \\[.*\\],\\n", "");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
