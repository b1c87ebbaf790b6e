package org.gigasim.charts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gigasim.results.OutputFiles;
import org.gigasim.results.Columns;

/**
 * Checks an output folder's files before anything is charted from them, so a truncated,
 * emptied or foreign file is reported by name, with what is wrong, instead of charting
 * nothing or failing halfway: each file present must be a regular file, not empty, and of the
 * shape gigasim writes (a CSV's header holds the columns the charts read; {@code summary.json}
 * is JSON with typed fields).
 */
final class OutputCheck {

    /** The columns each CSV file must have for its charts. */
    private static final Map<String, List<String>> COLUMNS = Map.of(
            OutputFiles.TIMESERIES, List.of(Columns.TIME_H, Columns.METRIC, Columns.UNIT, Columns.MEAN, Columns.CI95_LOW, Columns.CI95_HIGH),
            OutputFiles.JOBS, List.of(Columns.LAB, Columns.WAIT_H),
            OutputFiles.COMPARE_CSV, List.of(Columns.METRIC, Columns.UNIT),
            OutputFiles.SWEEP_CSV, List.of(Columns.METRIC, Columns.UNIT, Columns.MEAN),
            OutputFiles.SENSITIVITY_CSV, SensitivityCharts.COLUMNS);
    private static final List<String> FILES = List.of(OutputFiles.SUMMARY, OutputFiles.TIMESERIES, OutputFiles.JOBS, OutputFiles.COMPARE_CSV,
            OutputFiles.COMPARE_JSON, OutputFiles.SWEEP_CSV, OutputFiles.SWEEP_JSON, OutputFiles.SENSITIVITY_CSV, OutputFiles.SENSITIVITY_JSON,
            OutputFiles.TRACE);

    private OutputCheck() {
    }

    /** Throws a {@link DamagedOutputException} naming the first file of {@code dir} that cannot be charted. */
    static void check(Path dir) throws IOException {
        for (String name : FILES) {
            Path file = dir.resolve(name);
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            if (!Files.isRegularFile(file)) {
                throw damaged(file, "is not a regular file");
            }
            if (Files.size(file) == 0) {
                throw damaged(file, "is empty; run the command that wrote it again");
            }
            if (COLUMNS.containsKey(name)) {
                header(file, COLUMNS.get(name));
            }
        }
        Path summary = dir.resolve(OutputFiles.SUMMARY);
        if (Files.exists(summary)) {
            summary(summary);
        }
    }

    private static void header(Path file, List<String> required) throws IOException {
        String line;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            char[] start = new char[8192];
            int n = reader.read(start);
            String text = n < 0 ? "" : new String(start, 0, n);
            int end = text.indexOf('\n');
            line = (end < 0 ? text : text.substring(0, end)).replace("\r", "");
        } catch (java.nio.charset.CharacterCodingException e) {
            throw damaged(file, "is not UTF-8 text, so not a file gigasim wrote");
        }
        List<String> columns = Arrays.stream(line.split(",", -1)).map(String::trim).toList();
        List<String> missing = new ArrayList<>(required);
        missing.removeAll(columns);
        if (!missing.isEmpty()) {
            throw damaged(file, "has no column " + String.join(", ", missing) + " in its header, so it is not the "
                    + file.getFileName() + " gigasim writes (its header starts: '" + shorten(line) + "')");
        }
    }

    private static void summary(Path file) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw damaged(file, "is not valid JSON" + where + " (it may be cut short); run the command that wrote it"
                    + " again");
        }
        if (root == null || !root.isObject()) {
            throw damaged(file, "is not a JSON object; run the command that wrote it again");
        }
        requireType(file, root, "scenario", JsonNode::isTextual, "a text");
        requireType(file, root, "seed", JsonNode::isIntegralNumber, "a whole number");
        requireType(file, root, "replications", JsonNode::isIntegralNumber, "a whole number");
        requireType(file, root, "start_date", JsonNode::isTextual, "a date");
        if (root.hasNonNull("start_date")) {
            try {
                LocalDate.parse(root.get(Columns.START_DATE).asText());
            } catch (DateTimeParseException e) {
                throw damaged(file, "start_date '" + shorten(root.get(Columns.START_DATE).asText()) + "' is not a date");
            }
        }
        JsonNode metrics = root.get(Columns.METRICS);
        if (metrics == null || !metrics.isArray()) {
            throw damaged(file, "has no metrics list; run the command that wrote it again");
        }
        for (int i = 0; i < metrics.size(); i++) {
            JsonNode m = metrics.get(i);
            String at = "metrics[" + i + "]";
            if (!m.isObject() || !m.path(Columns.METRIC).isTextual()) {
                throw damaged(file, at + " is not a metric entry with a metric name");
            }
            requireType(file, m, Columns.YEAR, JsonNode::isIntegralNumber, "a whole number", at);
            for (String number : List.of(Columns.MEAN, Columns.CI95_LOW, Columns.CI95_HIGH)) {
                requireType(file, m, number, JsonNode::isNumber, "a number", at);
            }
        }
    }

    private static void requireType(Path file, JsonNode node, String field, java.util.function.Predicate<JsonNode> ok,
            String type) throws DamagedOutputException {
        requireType(file, node, field, ok, type, null);
    }

    private static void requireType(Path file, JsonNode node, String field, java.util.function.Predicate<JsonNode> ok,
            String type, String at) throws DamagedOutputException {
        JsonNode value = node.get(field);
        if (value != null && !value.isNull() && !ok.test(value)) {
            throw damaged(file, (at == null ? "" : at + ".") + field + " should be " + type + ", but is '"
                    + shorten(value.toString()) + "'");
        }
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    private static DamagedOutputException damaged(Path file, String what) {
        return new DamagedOutputException(file + " " + what);
    }
}
