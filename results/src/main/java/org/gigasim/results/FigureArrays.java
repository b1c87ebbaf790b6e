package org.gigasim.results;

import java.io.Serial;
import java.io.Serializable;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.results.HeadlineFigures.Cell;

/**
 * One replication's headline figures as parallel arrays in cell order (series key, year,
 * value): the form in which they travel between machines, far smaller serialized than the map
 * of {@link HeadlineFigures}. The doubles travel as they are, bit for bit.
 */
public record FigureArrays(SeriesKey[] keys, int[] years, double[] values) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Requires one key, year and value per figure. */
    public FigureArrays {
        if (keys.length != years.length || keys.length != values.length) {
            throw new IllegalArgumentException(keys.length + " keys, " + years.length + " years, " + values.length
                    + " values");
        }
    }

    /** The figures of {@code figures}, in its order. */
    public static FigureArrays of(SortedMap<Cell, Double> figures) {
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
        return new FigureArrays(keys, years, values);
    }

    /** The figures as {@link HeadlineFigures} gives them. */
    public SortedMap<Cell, Double> toMap() {
        SortedMap<Cell, Double> figures = new TreeMap<>();
        for (int i = 0; i < keys.length; i++) {
            figures.put(new Cell(keys[i], years[i]), values[i]);
        }
        return figures;
    }
}
