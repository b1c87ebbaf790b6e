package org.gigasim.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gigasim.model.world.TraceRecord;

/** {@code trace.jsonl}: one JSON object per decision, each replication's written as it arrives. */
final class TraceWriter implements Closeable {

    static final String FILE = OutputFiles.TRACE;

    private final ObjectMapper mapper = new ObjectMapper();
    private final BufferedWriter out;
    private final Cells cells;

    TraceWriter(Path directory, Cells cells) throws IOException {
        this.out = Files.newBufferedWriter(directory.resolve(FILE), StandardCharsets.UTF_8);
        this.cells = cells;
    }

    void replication(int replication, List<TraceRecord> records) throws IOException {
        for (TraceRecord record : records) {
            ObjectNode line = mapper.createObjectNode();
            line.put("replication", replication);
            Summary.putNumber(line, "time_h", record.timeHours());
            putText(line, "date", cells.date(record.timeHours()));
            putText(line, "actor", record.actor());
            putText(line, "contract", record.contract());
            putText(line, "lab", record.lab());
            putText(line, "cloud", record.cloud());
            putText(line, "decision", record.decision());
            putText(line, "reason", record.reason());
            Summary.putNumber(line, "quantity", record.quantity());
            out.write(mapper.writeValueAsString(line));
            out.write('\n');
        }
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (value == null || value.isEmpty()) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
