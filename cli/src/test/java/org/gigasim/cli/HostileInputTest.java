package org.gigasim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-input corpus (test resources {@code hostile/}): each file states the message
 * fragment it must produce and the text it must be located at. Through validate and run, each
 * gives exit status 2, one message at that file, line and column, no stack trace, within a
 * few seconds, and no output folder.
 */
class HostileInputTest {

    private static final Duration NO_HANG = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    record Case(Path file, String fragment, String token) {
        @Override
        public String toString() {
            return file.getFileName().toString();
        }
    }

    static Stream<Case> corpus() throws IOException, URISyntaxException {
        Path folder = Path.of(HostileInputTest.class.getResource("/hostile").toURI());
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> !p.toString().endsWith(".expect")).sorted().toList();
        }
        return files.stream().map(HostileInputTest::expectations);
    }

    private static Case expectations(Path file) {
        try {
            boolean json = file.toString().endsWith(".json");
            List<String> header = Files.readAllLines(json ? Path.of(file + ".expect") : file, StandardCharsets.UTF_8);
            String prefix = json ? "" : "# ";
            String fragment = header.get(0).substring((prefix + "expect: ").length());
            String token = header.get(1).substring((prefix + "at: ").length());
            return new Case(file, fragment, token);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void validateGivesOneLocatedMessage(Case c) throws IOException {
        Result r = gigasim("validate", c.file().toString());
        assertEquals(2, r.status(), r.out() + r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(List.of("1 problem"), lines.subList(1, lines.size()), r.err());
        assertLocated(c, lines.get(0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void runRefusesBeforeWritingAnything(Case c) throws IOException {
        Path out = dir.resolve("runs").resolve("out");
        Result r = gigasim("run", c.file().toString(), "--out", out.toString(), "--no-charts", "--quiet");
        assertEquals(2, r.status(), r.out() + r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith("gigasim: "), r.err());
        assertLocated(c, lines.get(0).substring("gigasim: ".length()));
        assertFalse(Files.exists(dir.resolve("runs")), "a refused run leaves no folder");
    }

    /** {@code problem} is {@code file:line:column: message} with the position inside the first {@code token}. */
    private static void assertLocated(Case c, String problem) throws IOException {
        String prefix = c.file() + ":";
        assertTrue(problem.startsWith(prefix), problem);
        String[] parts = problem.substring(prefix.length()).split(":", 3);
        int line = Integer.parseInt(parts[0]);
        int column = Integer.parseInt(parts[1]);
        assertTrue(parts[2].contains(c.fragment()), "expected '" + c.fragment() + "' in: " + problem);
        List<String> lines = Files.readAllLines(c.file(), StandardCharsets.UTF_8);
        int skip = c.file().toString().endsWith(".json") ? 0 : 2;   // the expectation header
        for (int i = skip; i < lines.size(); i++) {
            int at = lines.get(i).indexOf(c.token());
            if (at >= 0) {
                assertEquals(i + 1, line, problem);
                assertTrue(column >= at + 1 && column <= at + 1 + c.token().length(),
                        "column " + column + " is not at '" + c.token() + "' (columns " + (at + 1) + " to "
                        + (at + 1 + c.token().length()) + "): " + problem);
                assertFalse(problem.contains("Exception") || problem.contains("[Source"), problem);
                return;
            }
        }
        throw new AssertionError("'" + c.token() + "' is not in " + c.file());
    }

    @Test
    void aPipeADeviceAndALinkLoopAreRefusedWithoutReading() throws IOException, InterruptedException {
        Path fifo = dir.resolve("pipe.yaml");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Path zero = Files.createSymbolicLink(dir.resolve("zero.yaml"), Path.of("/dev/zero"));
        Path loop = dir.resolve("loop.yaml");
        Files.createSymbolicLink(loop, dir.resolve("loop2.yaml"));
        Files.createSymbolicLink(dir.resolve("loop2.yaml"), loop);
        for (Path file : List.of(fifo, zero, loop)) {
            for (String command : List.of("validate", "run")) {
                Result r = command.equals("run") ? gigasim(command, file.toString(), "--out", dir.resolve("out").toString())
                        : gigasim(command, file.toString());
                assertEquals(2, r.status(), r.err());
                assertTrue(r.err().contains(file + ": is not a regular file")
                        || r.err().contains(file + ": is a symbolic link that cannot be followed"), r.err());
                assertFalse(r.err().contains("Exception"), r.err());
            }
        }
    }

    @Test
    void badValuesThroughTheCommandLineNameTheirOption() {
        Result set = gigasim("validate", "tutorial/one-cloud-one-lab", "--set",
                "clouds.acme-cloud.sites.acme-east.pue=.nan");
        assertEquals(2, set.status());
        assertTrue(set.err().startsWith("--set clouds.acme-cloud.sites.acme-east.pue=.nan: the value: '.nan' is not a"
                + " finite number"), set.err());
        Result big = gigasim("validate", "tutorial/one-cloud-one-lab", "--set",
                "labs.small-lab.finance.cash_usd=1e300");
        assertEquals(2, big.status());
        assertTrue(big.err().startsWith("--set labs.small-lab.finance.cash_usd=1e300: cash_usd: 1.0E300 is too large"),
                big.err());
        Result vary = gigasim("sweep", "tutorial/one-cloud-one-lab", "--vary",
                "clouds.acme-cloud.sites.acme-east.pue=1.2,NaN", "--out", dir.resolve("sweep").toString(), "--quiet");
        assertEquals(2, vary.status());
        assertEquals("gigasim: --vary clouds.acme-cloud.sites.acme-east.pue=NaN: pue: expected a number, but found"
                + " 'NaN'", vary.err().strip());
        assertFalse(Files.exists(dir.resolve("sweep")));
    }

    @Test
    void anEmptyValueThroughTheCommandLineIsRefusedNotReadAsNothing() {
        // An empty entry once reached a record as null and failed inside the binder; an empty number was read as 0.
        Result entry = gigasim("validate", "tutorial/one-cloud-one-lab", "--set", "labs.small-lab=~");
        assertEquals(2, entry.status(), entry.err());
        assertEquals(List.of("--set labs.small-lab=~: 'labs.0' is empty; write a value, or delete the entry",
                "1 problem"), entry.err().lines().toList());
        Result number = gigasim("validate", "tutorial/one-cloud-one-lab", "--set",
                "labs.small-lab.demand.stateless_api.h100e=");
        assertEquals(2, number.status(), number.err());
        assertTrue(number.err().startsWith("--set labs.small-lab.demand.stateless_api.h100e=: "
                + "'labs.0.demand.stateless_api.h100e' is empty"), number.err());
        Result vary = gigasim("sweep", "tutorial/one-cloud-one-lab", "--vary", "labs.small-lab=~,~", "--out",
                dir.resolve("sweep").toString(), "--quiet");
        assertEquals(2, vary.status(), vary.err());
        assertFalse(vary.err().contains("internal error"), vary.err());
        assertFalse(Files.exists(dir.resolve("sweep")));
    }

    @Test
    void aControlCharacterInAnOptionIsRefusedAndNotEchoedToTheTerminal() {
        // An escape sequence echoed raw would colour or clear the user's terminal.
        Result r = gigasim("validate", "tutorial/one-cloud-one-lab", "--set", "question=a\u001b[31mred");
        assertEquals(2, r.status(), r.err());
        assertEquals(List.of("--set question=a\\x1B[31mred: a control character (0x1B) at character 11; delete it",
                "1 problem"), r.err().lines().toList());
        assertFalse(r.err().contains("\u001b"), r.err());
    }

    record Result(int status, String out, String err) {
    }

    private static Result gigasim(String... args) {
        return assertTimeoutPreemptively(NO_HANG, () -> {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int status = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
            return new Result(status, out.toString(), err.toString().replace("\r\n", "\n"));
        });
    }
}
