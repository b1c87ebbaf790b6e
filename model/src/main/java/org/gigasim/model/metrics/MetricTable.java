package org.gigasim.model.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The metrics table of {@code docs/metrics.md}, generated from the {@link Metric} catalog. */
public final class MetricTable {

    /** The marker lines that enclose the generated table in the page. */
    public static final String BEGIN = "<!-- generated from the metric catalog: begin -->";
    public static final String END = "<!-- generated from the metric catalog: end -->";

    private MetricTable() {
    }

    /** The table in Markdown, between its markers, ending with a newline. */
    public static String markdown() {
        StringBuilder out = new StringBuilder(BEGIN).append('\n');
        out.append("| Metric | Unit | Kind | Recorded with | Row in `timeseries.csv` | Yearly figure | Headline | Meaning |\n");
        out.append("|---|---|---|---|---|---|---|---|\n");
        for (Metric m : Metric.values()) {
            out.append("| `").append(m.id()).append("` | ").append(m.unit()).append(" | ")
                    .append(m.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).append(" | ")
                    .append(recordedWith(m.recordedAt())).append(" | ").append(m.kind().row()).append(" | ")
                    .append(m.kind().yearly()).append(" | ").append(m.headline() ? "yes" : "").append(" | ")
                    .append(m.meaning()).append(" |\n");
        }
        return out.append(END).append('\n').toString();
    }

    private static String recordedWith(List<Set<Dimension>> combinations) {
        List<String> parts = new ArrayList<>();
        for (Set<Dimension> dims : combinations) {
            parts.add(dims.isEmpty() ? "none (market)"
                    : String.join(" + ", dims.stream().map(Dimension::column).toList()));
        }
        return String.join("; ", parts);
    }
}
