package org.gigasim.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.gigasim.model.clause.Clause;
import org.gigasim.model.contract.ActiveClause;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.lab.TrainingJob;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.Recorder;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.world.ReplicationResult;
import org.gigasim.model.world.TraceRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunWriterTest {

    @TempDir
    Path parent;

    private Path write(String name, RunInfo info, boolean trace, List<ReplicationResult> results) throws IOException {
        Path target = parent.resolve(name);
        try (RunWriter writer = new RunWriter(target, info, Results.CALENDAR, trace)) {
            for (ReplicationResult result : results) {
                writer.accept(result);
            }
            writer.finish();
        }
        return target;
    }

    private static List<ReplicationResult> three() {
        return List.of(Results.daily(0, 1), Results.daily(1, 2), Results.daily(2, 3));
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file);
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void headersAreExact() throws IOException {
        Path out = write("run", Results.info(1, false), false, List.of(Results.daily(0, 1)));
        assertEquals("time_h,date,metric,unit,lab,cloud,region,site,accelerator,vendor,traffic_class,clause,"
                + "mean,ci95_low,ci95_high,p05,p50,p95", lines(out.resolve("timeseries.csv")).get(0));
        assertEquals(List.of("replication,job,lab,cloud,site,size_h100e,submitted_h,started_h,finished_h,wait_h,restarts,"
                + "submitted_on,started_on,finished_on"), lines(out.resolve("jobs.csv")));
        assertEquals(List.of("replication,contract,lab,cloud,accelerator,mw,chips,start,end,price_usd_per_chip_hour,"
                + "value_usd,signed_on,clauses,decided_by,recognised_usd,forfeited_usd"),
                lines(out.resolve("contracts.csv")));
        assertEquals(List.of("contracts.csv", "jobs.csv", "manifest.json", "summary.json", "timeseries.csv"), listing(out));
    }

    @Test
    void oneReplicationWritesOneRowPerPointWithEveryStatisticAtItsValue() throws IOException {
        Path out = write("run", Results.info(1, false), false, List.of(Results.daily(0, 1)));
        List<String> rows = lines(out.resolve("timeseries.csv"));
        assertEquals("0,2026-01-01,capacity_h100e,H100e,,aws,,,,,,,100,100,100,100,100,100", rows.get(1));
        assertEquals("48,2026-01-03,served_h100e,H100e,anthropic,aws,,,,,api,,3,3,3,3,3,3", rows.get(6));
        assertEquals(7, rows.size());
    }

    @Test
    void severalReplicationsWriteMeanTIntervalAndPercentilesOnOneRow() throws IOException {
        Path out = write("run", Results.info(3, false), false, three());
        List<String> rows = lines(out.resolve("timeseries.csv"));
        // Served at day 0 is 1, 2, 3 over the replications: mean 2, sd 1; the t interval 2 ± 2.48 is clipped
        // at 0 below, since served compute is never negative. Percentiles interpolate: 1.1, 2, 2.9.
        double halfWidth = 4.302652729749464 / Math.sqrt(3);
        String served = rows.stream().filter(r -> r.startsWith("0,2026-01-01,served_h100e,")).findFirst().orElseThrow();
        String[] cells = served.split(",", -1);
        assertEquals(List.of("2", "0", Cells.number(2 + halfWidth), "1.1", "2", "2.9"),
                List.of(cells).subList(12, 18));
        assertEquals(1 + 2 * 3, rows.size());
    }

    @Test
    void keepReplicationsAlsoWritesEveryReplicationToItsOwnFile() throws IOException {
        Path out = write("run", Results.info(3, true), false, three());
        assertEquals(1 + 2 * 3, lines(out.resolve("timeseries.csv")).size());
        List<String> rows = lines(out.resolve("timeseries_replications.csv"));
        assertEquals("replication,time_h,date,metric,unit,lab,cloud,region,site,accelerator,vendor,traffic_class,clause,"
                + "value", rows.get(0));
        assertEquals(1 + 3 * 2 * 3, rows.size());
        for (String label : List.of("0", "1", "2")) {
            assertEquals(6, rows.stream().filter(r -> r.startsWith(label + ",")).count(), label);
        }
        assertTrue(rows.contains("2,24,2026-01-02,served_h100e,H100e,anthropic,aws,,,,,api,,4"));
    }

    @Test
    void summaryHasRunFieldsFiguresAndNoTimestamp() throws IOException {
        Path out = write("run", Results.info(3, false), false, three());
        String text = Files.readString(out.resolve("summary.json"));
        assertFalse(text.contains(LocalDate.now().toString()), text);
        JsonNode summary = new ObjectMapper().readTree(text);
        List<String> fields = new ArrayList<>();
        summary.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("scenario", "question", "answer", "content_sha256", "seed", "replications",
                "gigasim_version", "start_date", "metrics"), fields);
        JsonNode served = summary.get("metrics").get(1);
        List<String> figureFields = new ArrayList<>();
        served.fieldNames().forEachRemaining(figureFields::add);
        assertEquals(List.of("metric", "unit", "lab", "cloud", "traffic_class", "year", "mean", "stdev", "ci95_low",
                "ci95_high", "p05", "p50", "p95"), figureFields);
        // Served is a level: the yearly mean of 1,2,3 (+ replication level - 1) is 2, 3, 4.
        assertEquals(3.0, served.get("mean").asDouble(), 1e-12);
        assertEquals(1.0, served.get("stdev").asDouble(), 1e-12);
        assertEquals(2026, served.get("year").asInt());
    }

    @Test
    void sameInputsGiveByteIdenticalFiles() throws IOException {
        Path a = write("a", Results.info(3, false), true, three());
        Path b = write("b", Results.info(3, false), true, three());
        assertEquals(listing(a), listing(b));
        for (String file : listing(a)) {
            assertArrayEquals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)), file);
        }
    }

    @Test
    void failureMidWriteLeavesNoTargetAndNoTemporaryDirectory() throws IOException {
        Path target = parent.resolve("run");
        RunWriter writer = new RunWriter(target, Results.info(2, true), Results.CALENDAR, true);
        writer.accept(Results.daily(0, 1));
        ReplicationResult broken = new ReplicationResult(1, new Recorder(), null, List.of(), List.of(), 0);
        assertThrows(NullPointerException.class, () -> writer.accept(broken));
        writer.abort();
        assertEquals(List.of(), listing(parent));
    }

    @Test
    void finishWithMissingReplicationsLeavesNothing() throws IOException {
        Path target = parent.resolve("run");
        RunWriter writer = new RunWriter(target, Results.info(3, false), Results.CALENDAR, false);
        writer.accept(Results.daily(0, 1));
        assertThrows(IllegalStateException.class, writer::finish);
        assertEquals(List.of(), listing(parent));
    }

    @Test
    void failedRunKeepsTheEarlierOutput() throws IOException {
        Path target = write("run", Results.info(1, false), false, List.of(Results.daily(0, 1)));
        byte[] before = Files.readAllBytes(target.resolve("timeseries.csv"));
        try (RunWriter writer = new RunWriter(target, Results.info(1, false), Results.CALENDAR, false)) {
            writer.accept(Results.daily(0, 5));
        }
        assertArrayEquals(before, Files.readAllBytes(target.resolve("timeseries.csv")));
        assertEquals(List.of("run"), listing(parent));
    }

    @Test
    void resultsOutOfOrderAreRejected() throws IOException {
        try (RunWriter writer = new RunWriter(parent.resolve("run"), Results.info(2, false), Results.CALENDAR, false)) {
            writer.accept(Results.daily(1, 1));
            assertThrows(IllegalArgumentException.class, () -> writer.accept(Results.daily(0, 1)));
        }
    }

    @Test
    void missingValuesBecomeEmptyCells() throws IOException {
        TrainingJob queued = new TrainingJob(7, "anthropic", 1000, 240, 12);
        TrainingJob done = new TrainingJob(8, "anthropic", 500, 24, 0);
        done.finish(done.start("aws", 6));
        Recorder recorder = new Recorder();
        recorder.record(SeriesKey.of(Metric.UTILIZATION).cloud("aws"), 6, Double.NaN, 6);
        ReplicationResult result = new ReplicationResult(0, recorder, List.of(queued, done), List.of(), List.of(), 0);
        Path out = write("run", Results.info(1, false), false, List.of(result));
        List<String> jobs = lines(out.resolve("jobs.csv"));
        assertEquals("0,7,anthropic,,,1000,12,,,0,0,2026-01-01T12:00,,", jobs.get(1));
        assertEquals("0,8,anthropic,aws,,500,0,6,30,6,0,2026-01-01,2026-01-01T06:00,2026-01-02T06:00", jobs.get(2));
        assertEquals("6,2026-01-01T06:00,utilization,fraction,,aws,,,,,,,,,,,,", lines(out.resolve("timeseries.csv")).get(1));
        JsonNode figure = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("metrics").get(0);
        assertTrue(figure.get("mean").isNull());
    }

    @Test
    void contractsListDatesClausesAndMoney() throws IOException {
        double start = Results.CALENDAR.hoursAt(LocalDate.of(2026, 4, 1));
        double end = Results.CALENDAR.hoursAt(LocalDate.of(2028, 4, 1));
        Contract contract = new Contract("c1", "anthropic", "aws", "trn2", 0, 0, 300, 1e5, start, end, 0, 2.5, 36,
                "cheapest-offer");
        contract.addClause(new ActiveClause(clause("exclusivity"), start, end));
        contract.addClause(new ActiveClause(clause("stateless-api-routing"), start, end));
        ReplicationResult result = new ReplicationResult(0, new Recorder(), List.of(), List.of(contract), List.of(), 0);
        Path out = write("run", Results.info(1, false), false, List.of(result));
        String expectedValue = Cells.number(2.5 * 1e5 * (end - start));
        // The term ends at midnight on 2028-04-01, so its last (inclusive) day is 2028-03-31.
        assertEquals("0,c1,anthropic,aws,trn2,300,100000,2026-04-01,2028-03-31,2.5," + expectedValue
                + ",2026-01-02T12:00,exclusivity;stateless-api-routing,cheapest-offer,0,0",
                lines(out.resolve("contracts.csv")).get(1));
    }

    private static Clause clause(String type) {
        return () -> type;
    }

    @Test
    void traceWritesOneObjectPerDecisionWithNulls() throws IOException {
        List<TraceRecord> trace = List.of(
                new TraceRecord(30, "ignored", "exclusivity", "c1", "anthropic", "aws", "claim", "holds, \"first\"",
                        1000),
                new TraceRecord(48, null, "settlement", "c1", "anthropic", "aws", "charge", null, Double.NaN));
        ReplicationResult result = new ReplicationResult(0, new Recorder(), List.of(), List.of(), trace, 0);
        Path out = write("run", Results.info(1, false), true, List.of(result));
        List<String> lines = lines(out.resolve("trace.jsonl"));
        assertEquals(2, lines.size());
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines.get(0));
        assertEquals("2026-01-02T06:00", first.get("date").asText());
        assertEquals("holds, \"first\"", first.get("reason").asText());
        JsonNode second = json.readTree(lines.get(1));
        assertTrue(second.get("quantity").isNull());
        assertTrue(second.get("reason").isNull());
        List<String> fields = new ArrayList<>();
        for (Iterator<String> it = second.fieldNames(); it.hasNext();) {
            fields.add(it.next());
        }
        assertEquals(List.of("replication", "time_h", "date", "actor", "contract", "lab", "cloud", "decision",
                "reason", "quantity"), fields);
    }
}
