package org.gigasim.results;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gigasim.results.HeadlineFigures.Cell;

/**
 * Writes a comparison's outputs, {@code compare.json} and {@code compare.csv}: for every
 * headline figure (series and year) of either scenario, the paired difference B − A over
 * replications run with common random numbers, its p-value and whether it is significant
 * both figure by figure and after the Benjamini–Hochberg correction ({@link FalseDiscovery}).
 * Replications are fed in order, as pairs of headline figures; only running moments are
 * kept, so memory does not grow with their number.
 */
public final class CompareWriter implements Closeable {

    static final String JSON_FILE = OutputFiles.COMPARE_JSON;
    static final String CSV_FILE = OutputFiles.COMPARE_CSV;
    static final List<String> COLUMNS = KeyColumns.around(List.of(), List.of(Columns.YEAR, Columns.MEAN_A,
            Columns.MEAN_B, Columns.DIFF_MEAN, Columns.DIFF_CI95_LOW, Columns.DIFF_CI95_HIGH, "significant", "p_value",
            Columns.SIGNIFICANT_BH));

    private final CompareInfo info;
    private final OutputDirectory directory;
    private final Map<Cell, PairedMoments> moments = new TreeMap<>();
    private final Confidence confidence = new Confidence();
    private int accepted;
    private boolean done;

    /** Opens the temporary directory next to {@code target}; it replaces the target on {@link #finish()}. */
    public CompareWriter(Path target, CompareInfo info) throws IOException {
        this(OutputDirectory.create(target), info);
    }

    /** Writes into {@code directory}, which replaces its target on {@link #finish()}. */
    public CompareWriter(OutputDirectory directory, CompareInfo info) {
        this.info = Objects.requireNonNull(info, "info");
        this.directory = directory;
    }

    /** Adds one replication: its headline figures in scenario A and in scenario B. */
    public void accept(Map<Cell, Double> a, Map<Cell, Double> b) {
        requireOpen();
        accepted++;
        TreeSet<Cell> cells = new TreeSet<>(a.keySet());
        cells.addAll(b.keySet());
        for (Cell cell : cells) {
            moments.computeIfAbsent(cell, c -> new PairedMoments()).accept(a.get(cell), b.get(cell));
        }
    }

    /** Every difference in series-key then year order. */
    public List<Difference> differences() {
        List<Map.Entry<Cell, PairedMoments>> entries = new ArrayList<>(moments.entrySet());
        double[] pValues = new double[entries.size()];
        for (int i = 0; i < pValues.length; i++) {
            PairedMoments m = entries.get(i).getValue();
            pValues[i] = FalseDiscovery.pValue(m.differenceMean(), m.differenceStdev(), m.pairs());
        }
        boolean[] rejected = FalseDiscovery.rejected(pValues);
        List<Difference> differences = new ArrayList<>(entries.size());
        for (int i = 0; i < pValues.length; i++) {
            Cell cell = entries.get(i).getKey();
            PairedMoments m = entries.get(i).getValue();
            double mean = m.differenceMean();
            double half = m.pairs() < 2 ? Double.NaN : confidence.halfWidth(m.pairs(), m.differenceStdev());
            // B − A of a share lies in [−1, 1]; of a non-negative quantity it is unbounded either way.
            double span = cell.key().metric().upperBound() - cell.key().metric().lowerBound();
            double low = Math.min(mean, Math.max(-span, mean - half));
            double high = Math.max(mean, Math.min(span, mean + half));
            differences.add(new Difference(cell.key(), cell.year(), m.meanA(), m.meanB(), m.pairs(), mean, low, high,
                    pValues[i], rejected[i]));
        }
        return differences;
    }

    /** Writes both files and moves the directory into place; on failure leaves the target as it was. */
    public List<Difference> finish() throws IOException {
        return finish(dir -> { });
    }

    /**
     * Like {@link #finish()}, running {@code last} (charts, a report) in the temporary directory
     * after the data files are written and before it moves into place.
     */
    public List<Difference> finish(OutputStep last) throws IOException {
        requireOpen();
        try {
            if (accepted != info.replications()) {
                throw new IllegalStateException("expected " + info.replications() + " replications but received "
                        + accepted);
            }
            List<Difference> differences = differences();
            writeCsv(differences);
            writeJson(differences);
            last.writeInto(directory.path());
            directory.commit();
            done = true;
            return differences;
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Discards everything unless {@link #finish()} completed. */
    @Override
    public void close() throws IOException {
        if (!done) {
            done = true;
            directory.discard();
        }
    }

    private void writeCsv(List<Difference> differences) throws IOException {
        try (CsvOutput csv = new CsvOutput(directory.path().resolve(CSV_FILE), COLUMNS)) {
            for (Difference d : differences) {
                List<String> row = KeyColumns.cells(d.key());
                row.addAll(List.of(Integer.toString(d.year()), Cells.number(d.meanA()), Cells.number(d.meanB()),
                        Cells.number(d.mean()), Cells.number(d.ci95Low()), Cells.number(d.ci95High()),
                        Boolean.toString(d.significant()), Cells.number(d.pValue()),
                        Boolean.toString(d.significantBh())));
                csv.row(row.toArray(String[]::new));
            }
        }
    }

    private void writeJson(List<Difference> differences) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put(Columns.SCENARIO_A, info.scenarioA());
        root.put(Columns.QUESTION_A, info.questionA());
        root.put("content_sha256_a", info.contentSha256A());
        root.put(Columns.SCENARIO_B, info.scenarioB());
        root.put("content_sha256_b", info.contentSha256B());
        root.put(Columns.QUESTION_B, info.questionB());
        Answers.write(root, info.answer());
        root.put("false_discovery_rate", FalseDiscovery.RATE);
        root.put(Columns.SEED, info.seed());
        root.put(Columns.REPLICATIONS, info.replications());
        root.put("gigasim_version", info.gigasimVersion());
        ArrayNode rows = root.putArray("differences");
        for (Difference d : differences) {
            ObjectNode node = rows.addObject();
            Summary.putKey(node, d.key());
            node.put("year", d.year());
            Summary.putNumber(node, "mean_a", d.meanA());
            Summary.putNumber(node, "mean_b", d.meanB());
            node.put("pairs", d.pairs());
            Summary.putNumber(node, "diff_mean", d.mean());
            Summary.putNumber(node, "diff_ci95_low", d.ci95Low());
            Summary.putNumber(node, "diff_ci95_high", d.ci95High());
            node.put("significant", d.significant());
            Summary.putNumber(node, "p_value", d.pValue());
            node.put(Columns.SIGNIFICANT_BH, d.significantBh());
        }
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        Files.writeString(directory.path().resolve(JSON_FILE), mapper.writer(printer).writeValueAsString(root) + "\n",
                StandardCharsets.UTF_8);
    }

    private void requireOpen() {
        if (done) {
            throw new IllegalStateException("comparison outputs for " + directory.target() + " were already finished");
        }
    }
}
