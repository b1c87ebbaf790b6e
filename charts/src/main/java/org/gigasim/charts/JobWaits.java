package org.gigasim.charts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gigasim.results.Columns;

/** Each lab's training-job waits from {@code jobs.csv}, in hours, sorted, over all replications. */
record JobWaits(Map<String, double[]> waitsByLab) {

    /** Reads {@code file}; a missing file means no jobs. */
    static JobWaits read(Path file) throws IOException {
        Map<String, List<Double>> byLab = new TreeMap<>();
        if (Files.isRegularFile(file)) {
            Csv.read(file, row -> {
                double wait = row.number(Columns.WAIT_H);
                if (!Double.isNaN(wait)) {
                    byLab.computeIfAbsent(row.get(Columns.LAB), k -> new ArrayList<>()).add(wait);
                }
            });
        }
        Map<String, double[]> sorted = new TreeMap<>();
        byLab.forEach((lab, waits) -> sorted.put(lab, waits.stream().mapToDouble(Double::doubleValue).sorted().toArray()));
        return new JobWaits(sorted);
    }
}
