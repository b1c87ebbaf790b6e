package org.gigasim.charts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gigasim.results.Columns;

/** How many decisions each actor (a clause or a policy) made in {@code trace.jsonl}, by decision. */
record TraceCounts(List<Row> rows, long decisions) {

    /** One actor's count of one decision, over every replication. */
    record Row(String actor, String decision, long count) {
    }

    /** Reads {@code file}, or returns null when the run was not traced (no file). */
    static TraceCounts read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        ObjectMapper json = new ObjectMapper();
        Map<List<String>, Long> counts = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)));
        long total = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = json.readTree(line);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new DamagedOutputException(file + " line " + lineNumber + " is not a JSON object; run the"
                            + " command that wrote it again");
                }
                counts.merge(List.of(node.path(Columns.ACTOR).asText(""), node.path(Columns.DECISION).asText("")), 1L, Long::sum);
                total++;
            }
        }
        List<Row> rows = new ArrayList<>();
        counts.forEach((k, n) -> rows.add(new Row(k.get(0), k.get(1), n)));
        rows.sort(Comparator.comparingLong(Row::count).reversed().thenComparing(Row::actor)
                .thenComparing(Row::decision));
        return new TraceCounts(rows, total);
    }
}
