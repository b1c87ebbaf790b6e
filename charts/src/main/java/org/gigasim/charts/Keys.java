package org.gigasim.charts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gigasim.model.metrics.Dimension;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.results.Columns;

/**
 * Series keys read from output files: a catalog metric and one value per {@link Dimension}
 * column. Rows of a metric the catalog does not know (a file from another version) read as
 * null and are left out of the charts.
 */
final class Keys {

    private Keys() {
    }

    /** The key of a CSV row with {@code metric} and dimension columns, or null for an unknown metric. */
    static SeriesKey of(Csv.Row row) {
        Metric metric = Metric.byId(row.get(Columns.METRIC)).orElse(null);
        if (metric == null) {
            return null;
        }
        SeriesKey key = SeriesKey.of(metric);
        for (Dimension d : Dimension.values()) {
            key = key.with(d, row.get(d.column()));
        }
        return key;
    }

    /** The key of a {@code summary.json} entry (absent fields are empty), or null for an unknown metric. */
    static SeriesKey of(JsonNode entry) {
        Metric metric = Metric.byId(entry.path(Columns.METRIC).asText("")).orElse(null);
        if (metric == null) {
            return null;
        }
        SeriesKey key = SeriesKey.of(metric);
        for (Dimension d : Dimension.values()) {
            JsonNode v = entry.get(d.column());
            key = key.with(d, v == null || v.isNull() ? "" : v.asText());
        }
        return key;
    }

    /** The dimensions {@code key} has a value for. */
    static Set<Dimension> dimensions(SeriesKey key) {
        Set<Dimension> set = EnumSet.noneOf(Dimension.class);
        for (Dimension d : Dimension.values()) {
            if (!key.get(d).isEmpty()) {
                set.add(d);
            }
        }
        return set;
    }

    /**
     * Whether {@code key} is at its metric's coarsest level: one of the combinations the
     * catalog records it at with the fewest dimensions (per cloud rather than per site).
     * Charts, the headline table, sweeps and comparisons show a metric at that level.
     */
    static boolean coarsest(SeriesKey key) {
        Set<Dimension> dims = dimensions(key);
        int fewest = Integer.MAX_VALUE;
        for (Set<Dimension> combination : key.metric().recordedAt()) {
            fewest = Math.min(fewest, combination.size());
        }
        return dims.size() == fewest && key.metric().recordedAt().contains(dims);
    }

    /** What a key is about: its dimension values except {@code leftOut}, joined by " · "; "all" when none. */
    static String label(SeriesKey key, Dimension... leftOut) {
        Set<Dimension> skip = leftOut.length == 0 ? EnumSet.noneOf(Dimension.class) : EnumSet.of(leftOut[0], leftOut);
        List<String> parts = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            if (!skip.contains(d) && !key.get(d).isEmpty()) {
                parts.add(key.get(d));
            }
        }
        return parts.isEmpty() ? "all" : String.join(" · ", parts);
    }
}
