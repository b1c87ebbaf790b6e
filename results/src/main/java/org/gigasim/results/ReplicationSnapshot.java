package org.gigasim.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.gigasim.engine.time.SimCalendar;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.lab.TrainingJob;
import org.gigasim.model.world.ReplicationResult;
import org.gigasim.model.world.TraceRecord;

/**
 * What one replication leaves for the outputs, as plain data: its series, its rows of
 * {@code jobs.csv} and {@code contracts.csv} (cells already formatted) and its lines of
 * {@code trace.jsonl}. It holds no model object, so it can be kept, sent to another machine
 * (it is {@link Serializable}, in the compact form of {@link SnapshotBytes}) and written to a partial
 * result. Built on the thread that ran
 * the replication, right after it ended, so the world can be dropped there.
 *
 * @param jobRows one row per training job, cells in {@code jobs.csv} column order
 * @param contractRows one row per contract signed, cells in {@code contracts.csv} column order
 * @param traceLines one JSON object per decision, empty unless the world was tracing
 */
public record ReplicationSnapshot(int replication, long eventsRun, List<SeriesSnapshot> series,
        List<String[]> jobRows, List<String[]> contractRows, List<String> traceLines) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Copies the lists into serializable ones. */
    public ReplicationSnapshot {
        series = new ArrayList<>(series);
        jobRows = new ArrayList<>(jobRows);
        contractRows = new ArrayList<>(contractRows);
        traceLines = new ArrayList<>(traceLines);
    }

    /** The snapshot of {@code result}, dates in the rows by {@code calendar} (the scenario's start). */
    public static ReplicationSnapshot of(ReplicationResult result, SimCalendar calendar) {
        Cells cells = new Cells(calendar);
        String label = Integer.toString(result.replication());
        List<String[]> jobs = new ArrayList<>();
        for (TrainingJob job : result.jobs()) {
            // Jobs run on a cloud as a whole, not on one of its sites.
            jobs.add(new String[] {label, Integer.toString(job.id()), Cells.text(job.lab()), Cells.text(job.cloud()),
                "", Cells.number(job.sizeH100e()), Cells.number(job.submittedHours()),
                Cells.number(job.firstStartHours()), Cells.number(job.finishedHours()), Cells.number(job.waitHours()),
                Integer.toString(job.restarts()), cells.date(job.submittedHours()), cells.date(job.firstStartHours()),
                cells.date(job.finishedHours())});
        }
        List<String[]> contracts = new ArrayList<>();
        for (Contract contract : result.contracts()) {
            String clauses = contract.clauses().stream().map(c -> c.clause().type()).collect(Collectors.joining(";"));
            contracts.add(new String[] {label, Cells.text(contract.contractId()), Cells.text(contract.lab()),
                Cells.text(contract.cloud()), Cells.text(contract.accelerator()), Cells.number(contract.mw()),
                Cells.number(contract.fullChips()), cells.date(contract.startHours()),
                cells.lastDay(contract.endHours()), Cells.number(contract.priceUsdPerChipHour()),
                Cells.number(contract.signedValueUsd()), cells.date(contract.signedHours()), clauses,
                Cells.text(contract.decidedBy()), Cells.number(contract.recognisedUsd()),
                Cells.number(contract.forfeitedUsd())});
        }
        List<String> trace = new ArrayList<>();
        for (TraceRecord record : result.trace()) {
            trace.add(traceLine(result.replication(), record, cells));
        }
        return new ReplicationSnapshot(result.replication(), result.eventsRun(),
                SeriesSnapshot.of(result.recorder()), jobs, contracts, trace);
    }

    /** Java serialization writes the compact form instead (a record's fields would be written one by one). */
    @Serial
    private Object writeReplace() {
        return SnapshotBytes.of(this);
    }

    private static String traceLine(int replication, TraceRecord record, Cells cells) {
        ObjectNode line = MAPPER.createObjectNode();
        line.put("replication", replication);
        Summary.putNumber(line, "time_h", record.timeHours());
        putText(line, "date", cells.date(record.timeHours()));
        putText(line, Columns.ACTOR, record.actor());
        putText(line, "contract", record.contract());
        putText(line, "lab", record.lab());
        putText(line, "cloud", record.cloud());
        putText(line, Columns.DECISION, record.decision());
        putText(line, "reason", record.reason());
        Summary.putNumber(line, "quantity", record.quantity());
        try {
            return MAPPER.writeValueAsString(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always writes as JSON", e);
        }
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (value == null || value.isEmpty()) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }
}
