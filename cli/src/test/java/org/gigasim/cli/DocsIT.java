package org.gigasim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.gigasim.scenarios.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documentation that runs: every {@code gigasim} command in the tutorial's {@code sh} blocks
 * runs, in order, through the packaged jar from an empty folder and exits 0, and what the
 * tutorial says the outputs show is checked against them. The README's examples name only
 * files that exist, or that an earlier {@code gigasim init} line of it writes.
 */
class DocsIT {

    private static final Path DOCS = Path.of("..", "docs");
    private static final Path JAR = Path.of("target", "gigasim.jar").toAbsolutePath();

    @TempDir
    Path scratch;

    @Test
    void everyTutorialCommandRunsFromAnEmptyFolderAndItsStoryMatchesTheOutputs() throws Exception {
        String tutorial = Files.readString(DOCS.resolve("tutorial.md"), StandardCharsets.UTF_8);
        List<List<String>> commands = commands(tutorial, "gigasim");
        assertTrue(commands.size() >= 10, "too few commands found: " + commands);
        for (List<String> command : commands) {
            run(command.subList(1, command.size()));
        }
        checkSectionThree();
        checkSectionSix();
    }

    @Test
    void theTutorialsExtendsExampleValidates() throws Exception {
        String tutorial = Files.readString(DOCS.resolve("tutorial.md"), StandardCharsets.UTF_8);
        List<String> snippets = blocks(tutorial, "yaml").stream().filter(b -> b.startsWith("extends:")).toList();
        assertEquals(1, snippets.size(), "the extends example of section 5");
        Files.writeString(scratch.resolve("bigger-lab.yaml"), snippets.get(0));
        String said = run(List.of("validate", "bigger-lab.yaml"));
        assertTrue(said.startsWith("OK: one-cloud-bigger-lab "), said);
    }

    @Test
    void theReadmesExamplesNameFilesThatExistOrThatItsInitLinesWrite() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        List<List<String>> commands = commands(readme, "./gigasim");
        Set<String> written = new HashSet<>();
        List<String> catalog = ScenarioLoader.catalogNames();
        List<String> problems = new ArrayList<>();
        for (List<String> command : commands) {
            if (command.size() > 2 && command.get(1).equals("init")) {
                written.add(command.get(2));
            }
            String verb = command.size() > 1 ? command.get(1) : "";
            for (int i = 2; i < command.size(); i++) {
                String arg = command.get(i);
                boolean optionValue = command.get(i - 1).startsWith("--") && !command.get(i - 1).equals("--scenario");
                if (arg.startsWith("-") || optionValue || verb.equals("init") && i == 2) {
                    continue;
                }
                boolean file = arg.endsWith(".yaml") || arg.endsWith(".yml") || arg.endsWith(".json");
                if (file && !written.contains(arg) && !Files.exists(Path.of("..").resolve(arg))) {
                    problems.add(String.join(" ", command) + ": no file " + arg);
                } else if (!file && List.of("run", "compare", "sweep", "validate", "bench", "init").contains(verb)
                        && !catalog.contains(arg)) {
                    problems.add(String.join(" ", command) + ": no catalog scenario " + arg);
                }
            }
        }
        assertTrue(commands.size() >= 8, "too few README commands: " + commands);
        assertEquals(List.of(), problems);
    }

    /** §3: power at each year's end, and the outage's three days in the daily series. */
    private void checkSectionThree() throws IOException, InterruptedException {
        String shown = run(List.of("show", "runs/first"));
        assertTrue(shown.contains("Question: How much of a lab's demand goes unserved")
                && shown.contains("Outage time (hours), acme-cloud · outage_hours"), shown);
        JsonNode summary = new ObjectMapper().readTree(scratch.resolve("runs/first/summary.json").toFile());
        Map<Integer, Double> power = new TreeMap<>();
        for (JsonNode m : summary.get("metrics")) {
            if (m.get("metric").asText().equals("power_online_mw") && m.path("cloud").asText().equals("acme-cloud")
                    && m.path("site").asText("").isEmpty()) {
                power.put(m.get("year").asInt(), m.get("mean").asDouble());
            }
        }
        assertEquals(Map.of(2026, 100.0, 2027, 200.0), power);
        Map<String, Double> unserved = dailyMeans(scratch.resolve("runs/first/timeseries.csv"), "unserved_h100e",
                "stateless_api");
        double ordinary = Math.max(unserved.get("2027-03-07"), unserved.get("2027-03-15"));
        // Each row describes the day before its date: the outage days 03-10 to 03-12 are the rows 03-11 to 03-13.
        for (String day : List.of("2027-03-11", "2027-03-12", "2027-03-13")) {
            assertTrue(unserved.get(day) > 3 * ordinary, day + ": " + unserved.get(day) + " against " + ordinary);
        }
        Map<String, Double> online = dailyMeans(scratch.resolve("runs/first/timeseries.csv"), "power_online_mw", "");
        assertEquals(100.0, online.get("2027-01-01"), 1e-9);
        double june = online.get("2027-06-01");
        assertTrue(june > 100 && june <= 200, "power online climbs through the first half of 2027: " + june);
    }

    /** §6: with failover, unserved stateless traffic in 2026 falls to about a quarter; some stateful goes unserved. */
    private void checkSectionSix() throws IOException {
        Path csv = scratch.resolve("runs/two-clouds-one-clause-vs-two-clouds-failover/compare.csv");
        List<String> lines = Files.readAllLines(csv);
        List<String> header = List.of(lines.get(0).split(","));
        Map<String, String[]> rows = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            rows.put(cells[header.indexOf("metric")] + "/" + cells[header.indexOf("traffic_class")] + "/"
                    + cells[header.indexOf("year")] + "/" + cells[header.indexOf("cloud")], cells);
        }
        String[] stateless = rows.get("unserved_h100e/stateless_api/2026/");
        double ratio = Double.parseDouble(stateless[header.indexOf("mean_b")])
                / Double.parseDouble(stateless[header.indexOf("mean_a")]);
        assertTrue(ratio > 0.15 && ratio < 0.4, "about a quarter: " + ratio);
        String[] stateful = rows.get("unserved_h100e/stateful/2026/");
        assertEquals(0.0, Double.parseDouble(stateful[header.indexOf("mean_a")]));
        assertTrue(Double.parseDouble(stateful[header.indexOf("mean_b")]) > 0);
        assertEquals("true", stateful[header.indexOf("significant")]);
    }

    /** Date to the mean over replications of one series, from either layout of timeseries.csv. */
    private static Map<String, Double> dailyMeans(Path csv, String metric, String trafficClass) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        List<String> header = List.of(lines.get(0).split(","));
        boolean meanColumn = header.contains("mean");
        Map<String, Double> means = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            if (!cells[header.indexOf("metric")].equals(metric)
                    || !cells[header.indexOf("traffic_class")].equals(trafficClass)
                    || !meanColumn && !cells[header.indexOf("replication")].equals("mean")) {
                continue;
            }
            String value = cells[header.indexOf(meanColumn ? "mean" : "value")];
            means.merge(cells[header.indexOf("date")], Double.parseDouble(value), (a, b) -> b);
        }
        assertFalse(means.isEmpty(), "no " + metric + " " + trafficClass + " in " + csv);
        return means;
    }

    /** Runs the jar with {@code args} in the scratch folder, asserts exit 0, and returns what it printed. */
    private String run(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(args);
        Path log = Files.createTempFile(scratch, "out", ".txt");
        Process process = new ProcessBuilder(command).directory(scratch.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "timed out: gigasim " + String.join(" ", args));
        String said = Files.readString(log);
        assertEquals(0, process.exitValue(), "gigasim " + String.join(" ", args) + " said:\n" + said);
        return said;
    }

    /** Each line of the Markdown's {@code sh} blocks that starts with {@code program}, split as a shell would. */
    static List<List<String>> commands(String markdown, String program) {
        List<List<String>> commands = new ArrayList<>();
        for (String block : blocks(markdown, "sh")) {
            for (String line : block.replace("\\\n", " ").split("\n")) {
                List<String> words = words(line.strip());
                if (!words.isEmpty() && words.get(0).equals(program)) {
                    commands.add(words);
                }
            }
        }
        return commands;
    }

    /** The bodies of the fenced blocks of {@code language}. */
    static List<String> blocks(String markdown, String language) {
        List<String> blocks = new ArrayList<>();
        StringBuilder body = null;
        for (String line : markdown.split("\n", -1)) {
            if (body == null && line.strip().equals("```" + language)) {
                body = new StringBuilder();
            } else if (body != null && line.strip().equals("```")) {
                blocks.add(body.toString());
                body = null;
            } else if (body != null) {
                body.append(line).append('\n');
            }
        }
        return blocks;
    }

    /** A shell line's words: single and double quotes group, an unquoted {@code #} starts a comment. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (c == '#' && word == null) {
                break;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }
}
