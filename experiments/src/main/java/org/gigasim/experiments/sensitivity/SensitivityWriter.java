package org.gigasim.experiments.sensitivity;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gigasim.results.OutputFiles;

/**
 * Writes a {@link SensitivityResult} as {@code sensitivity.csv}, one tidy row per figure
 * ({@code factor,metric,year,index,value,ci95_low,ci95_high}; year and factor empty where they
 * do not apply, an undefined figure's cells empty), and {@code sensitivity.json}, the same
 * figures with the method, factors, responses, run count, seed and bootstrap resamples, after
 * the caller's descriptive fields (scenario, question, version). Both are deterministic: the
 * same result gives the same bytes. The files are written into {@code directory} as is; making
 * them appear atomically is the caller's business, as for every output folder.
 */
public final class SensitivityWriter {

    /** The table's file name. */
    public static final String CSV_FILE = OutputFiles.SENSITIVITY_CSV;
    /** The JSON file's name. */
    public static final String JSON_FILE = OutputFiles.SENSITIVITY_JSON;
    /** The table's columns, in order. */
    public static final List<String> COLUMNS = List.of("factor", "metric", "year", "index", "value", "ci95_low",
            "ci95_high");

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private SensitivityWriter() {
    }

    /** Writes both files into {@code directory}; {@code about} fields open the JSON file, in their order. */
    public static void write(Path directory, SensitivityResult result, Map<String, String> about) throws IOException {
        writeCsv(directory.resolve(CSV_FILE), result);
        writeJson(directory.resolve(JSON_FILE), result, about);
    }

    /** Writes {@code sensitivity.csv} to {@code file}. */
    public static void writeCsv(Path file, SensitivityResult result) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            // The header is written here so that a table with no rows still has it.
            out.write(String.join(",", COLUMNS));
            out.write('\n');
            CsvSchema schema = CsvSchema.emptySchema().withoutHeader().withLineSeparator("\n");
            try (SequenceWriter rows = CSV.writerFor(String[].class).with(schema).writeValues(out)) {
                for (SensitivityIndex i : result.indices()) {
                    rows.write(new String[] {i.factor(), i.response().metric(), year(i.response()), i.index().label(),
                        Numbers.cell(i.value()), Numbers.cell(i.ci95Low()), Numbers.cell(i.ci95High())});
                }
            }
        }
    }

    /** Writes {@code sensitivity.json} to {@code file}. */
    public static void writeJson(Path file, SensitivityResult result, Map<String, String> about) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        about.forEach(root::put);
        root.put("method", result.method().label());
        root.put("runs", result.runs());
        root.put("seed", result.seed());
        root.put("bootstrap_resamples", result.resamples());
        ArrayNode factors = root.putArray("factors");
        for (Factor f : result.factors()) {
            ObjectNode node = factors.addObject().put("name", f.name());
            if (f instanceof Factor.Range r) {
                putNumber(node, "low", r.low());
                putNumber(node, "high", r.high());
            } else if (f instanceof Factor.Distributed d) {
                node.putObject("distribution").set(d.distribution().kind(), JSON.valueToTree(d.distribution()));
            }
        }
        ArrayNode responses = root.putArray("responses");
        result.responses().forEach(r -> putResponse(responses.addObject(), r));
        ArrayNode indices = root.putArray("indices");
        for (SensitivityIndex i : result.indices()) {
            ObjectNode node = indices.addObject().put("factor", i.factor());
            putResponse(node, i.response());
            node.put("index", i.index().label());
            putNumber(node, "value", i.value());
            putNumber(node, "ci95_low", i.ci95Low());
            putNumber(node, "ci95_high", i.ci95High());
        }
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        Files.writeString(file, JSON.writer(printer).writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    }

    private static void putResponse(ObjectNode node, Response response) {
        node.put("metric", response.metric());
        if (response.year().isPresent()) {
            node.put("year", response.year().getAsInt());
        } else {
            node.putNull("year");
        }
    }

    private static void putNumber(ObjectNode node, String field, double value) {
        BigDecimal rounded = Numbers.rounded(value);
        if (rounded == null) {
            node.putNull(field);
        } else {
            node.put(field, rounded);
        }
    }

    private static String year(Response response) {
        return response.year().isPresent() ? Integer.toString(response.year().getAsInt()) : "";
    }
}
