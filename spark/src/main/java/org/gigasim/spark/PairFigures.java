package org.gigasim.spark;

import java.io.Serializable;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.gigasim.experiments.PairedRun;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.results.HeadlineFigures.Cell;

/**
 * One replication pair's headline figures as they travel from an executor to the driver:
 * A's and B's figures as parallel arrays (series key, year, value) in cell order, rebuilt
 * into the maps the compare writer takes. The doubles travel as they are, bit for bit.
 */
record PairFigures(int replication, Figures a, Figures b) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Figures in cell order. */
    record Figures(SeriesKey[] keys, int[] years, double[] values) implements Serializable {

        private static final long serialVersionUID = 1L;

        static Figures of(SortedMap<Cell, Double> figures) {
            SeriesKey[] keys = new SeriesKey[figures.size()];
            int[] years = new int[figures.size()];
            double[] values = new double[figures.size()];
            int i = 0;
            for (Map.Entry<Cell, Double> figure : figures.entrySet()) {
                keys[i] = figure.getKey().key();
                years[i] = figure.getKey().year();
                values[i] = figure.getValue();
                i++;
            }
            return new Figures(keys, years, values);
        }

        SortedMap<Cell, Double> toMap() {
            SortedMap<Cell, Double> figures = new TreeMap<>();
            for (int i = 0; i < keys.length; i++) {
                figures.put(new Cell(keys[i], years[i]), values[i]);
            }
            return figures;
        }
    }

    /** Pair {@code replication} as it travels. */
    static PairFigures of(int replication, PairedRun.Pair pair) {
        return new PairFigures(replication, Figures.of(pair.a()), Figures.of(pair.b()));
    }
}
