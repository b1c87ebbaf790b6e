package org.gigasim.results;

import java.util.ArrayList;
import java.util.List;
import org.gigasim.model.metrics.Dimension;
import org.gigasim.model.metrics.SeriesKey;

/**
 * The columns that identify a series in every output table: the metric, its unit, and one
 * column per {@link Dimension}, in that order.
 */
final class KeyColumns {

    /** {@code metric}, {@code unit}, then every dimension's column. */
    static final List<String> NAMES = names();

    private KeyColumns() {
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>(List.of("metric", "unit"));
        for (Dimension d : Dimension.values()) {
            names.add(d.column());
        }
        return List.copyOf(names);
    }

    /** The key's cells, in the order of {@link #NAMES}. */
    static List<String> cells(SeriesKey key) {
        List<String> cells = new ArrayList<>(NAMES.size());
        cells.add(key.metric().id());
        cells.add(key.metric().unit());
        for (Dimension d : Dimension.values()) {
            cells.add(key.get(d));
        }
        return cells;
    }

    /** {@code before}, the key's columns, then {@code after}. */
    static List<String> around(List<String> before, List<String> after) {
        List<String> all = new ArrayList<>(before);
        all.addAll(NAMES);
        all.addAll(after);
        return List.copyOf(all);
    }
}
