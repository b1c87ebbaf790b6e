package org.gigasim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input built to exhaust memory or stack fails quickly with a {@link ScenarioException}. */
class HostileInputTest {

    private static final Duration QUICKLY = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private String failure(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return assertTimeoutPreemptively(QUICKLY,
                () -> assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file)).getMessage())
                .replace(file.toString(), "F");
    }

    @Test
    void aliasBombIsRefusedAtTheFirstAlias() throws IOException {
        StringBuilder bomb = new StringBuilder("name: lol\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 12; i++) {
            bomb.append("a").append(i).append(": &a").append(i).append(" [")
                    .append(("*a" + (i - 1) + ", ").repeat(9)).append("*a").append(i - 1).append("]\n");
        }
        assertEquals("F:3:10: YAML aliases (*a0) are not supported; repeat the value instead",
                failure("bomb.yaml", bomb.toString()));
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedAtTheirLineAndColumn() throws IOException {
        Path file = dir.resolve("latin1.yaml");
        // "café" in Latin-1: the é is the single byte 0xe9, which UTF-8 never allows before a space.
        Files.write(file, new byte[] {'n', 'a', 'm', 'e', ':', ' ', 'x', '\n', 'q', ':', ' ', 'c', 'a', 'f', (byte) 0xe9, ' '});
        String message = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file)).getMessage()
                .replace(file.toString(), "F");
        assertEquals("F:2:7: is not valid UTF-8 (byte 0xe9); save the file as UTF-8", message);
    }

    @Test
    void deepFlowNestingIsRefused() throws IOException {
        assertEquals("F:1:71: nested more than 64 levels deep",
                failure("deep.yaml", "name: " + "[".repeat(200) + "]".repeat(200) + "\n"));
    }

    @Test
    void deepBlockNestingIsRefused() throws IOException {
        StringBuilder deep = new StringBuilder("name:\n");
        for (int i = 1; i <= 200; i++) {
            deep.append("  ".repeat(i)).append("a:\n");
        }
        deep.append("  ".repeat(201)).append("b: 1\n");
        assertEquals("F:65:129: nested more than 64 levels deep", failure("deep-block.yaml", deep.toString()));
    }

    @Test
    void deepJsonNestingIsRefused() throws IOException {
        assertEquals("F:1:74: nested more than 64 levels deep",
                failure("deep.json", "{\"name\": " + "[".repeat(200) + "]".repeat(200) + "}"));
    }

    @Test
    void aHundredThousandOpenBracketsFailAsFastAsTwoHundred() throws IOException {
        // On lines of a thousand (one line of them is refused for its length, below): the 65th bracket is at column 67.
        String open = ("  " + "[".repeat(1000) + "\n").repeat(100);
        String close = ("  " + "]".repeat(1000) + "\n").repeat(100);
        assertEquals("F:2:67: nested more than 64 levels deep", failure("very-deep.yaml", "name:\n" + open + close));
        assertEquals("F:1:1: this line is 200006 bytes long, more than the 100000 a scenario line may have; no field"
                + " needs so long a value",
                failure("one-line.yaml", "name: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n"));
    }

    @Test
    void filesOverTheSizeLimitAreNotParsed() throws IOException {
        String huge = "name: big\nquestion: \"" + "x".repeat(ScenarioMapper.MAX_BYTES) + "\"\n";
        assertEquals("F: is larger than the 10 MB a scenario may be", failure("huge.yaml", huge));
    }
}
