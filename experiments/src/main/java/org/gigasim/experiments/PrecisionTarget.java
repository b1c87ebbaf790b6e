package org.gigasim.experiments;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.Variance;
import org.apache.commons.statistics.distribution.TDistribution;
import org.gigasim.engine.time.SimCalendar;
import org.gigasim.model.metrics.Metric;
import java.util.List;
import org.gigasim.results.HeadlineFigures;
import org.gigasim.results.SeriesSnapshot;

/**
 * A precision to reach ({@code --precision METRIC=REL}): the half-width of the t-based 95%
 * interval of a metric's mean is at most {@code REL} times the mean's magnitude. The figure
 * tracked is the metric's headline figure for the run's last calendar year, summed over all
 * its series (so {@code revenue_usd} is all clouds' revenue). The batch sizes depend only on
 * the figures seen, never on the thread count, so the outputs do not either.
 */
public final class PrecisionTarget {

    private final Metric metric;
    private final double relative;
    private final int year;
    private final HeadlineFigures figures;
    private final Mean mean = Mean.create();
    private final Variance variance = Variance.create();
    private long count;

    private PrecisionTarget(Metric metric, double relative, int year, HeadlineFigures figures) {
        this.metric = metric;
        this.relative = relative;
        this.year = year;
        this.figures = figures;
    }

    /**
     * Parses {@code METRIC=REL} for a run from {@code start} to {@code end}.
     *
     * @throws IllegalArgumentException naming what is wrong and the known metrics
     */
    public static PrecisionTarget parse(String text, LocalDate start, LocalDate end) {
        int eq = text.indexOf('=');
        if (eq < 0) {
            throw new IllegalArgumentException("--precision takes METRIC=REL, such as revenue_usd=0.01; was " + text);
        }
        String id = text.substring(0, eq).trim();
        Metric metric = Arrays.stream(Metric.values()).filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--precision: unknown metric '" + id + "'; known: "
                        + Arrays.stream(Metric.values()).map(Metric::id).collect(Collectors.joining(", "))));
        double relative;
        try {
            relative = Double.parseDouble(text.substring(eq + 1).trim());
        } catch (NumberFormatException e) {
            relative = Double.NaN;
        }
        if (!(relative > 0)) {
            throw new IllegalArgumentException("--precision: REL must be a positive number such as 0.01, was '"
                    + text.substring(eq + 1) + "'");
        }
        // A run that ends at midnight on 1 January closes the year before (as CalendarYears counts).
        int lastYear = end.getDayOfYear() == 1 ? end.getYear() - 1 : end.getYear();
        return new PrecisionTarget(metric, relative, lastYear, new HeadlineFigures(new SimCalendar(start)));
    }

    /** Adds one replication's figure; replications that did not record the metric that year are skipped. */
    public void accept(List<SeriesSnapshot> replication) {
        double value = figures.total(replication, metric, year);
        if (!Double.isNaN(value)) {
            mean.accept(value);
            variance.accept(value);
            count++;
        }
    }

    /** Half-width of the 95% interval of the mean; infinite below two replications. */
    public double halfWidth() {
        if (count < 2) {
            return Double.POSITIVE_INFINITY;
        }
        double t = TDistribution.of(count - 1).inverseCumulativeProbability(0.975);
        return t * Math.sqrt(variance.getAsDouble() / count);
    }

    public double mean() {
        return count == 0 ? Double.NaN : mean.getAsDouble();
    }

    /** Whether the interval is already narrow enough. */
    public boolean reached() {
        return halfWidth() <= relative * Math.abs(mean());
    }

    /**
     * How many replications to have after the next batch, from {@code done}: the estimate of
     * what the precision needs (the half-width shrinks as 1/√n), at least a quarter more
     * (two at least) and at most double, and never above {@code max}.
     */
    public int nextTotal(int done, int max) {
        double ratio = halfWidth() / (relative * Math.abs(mean()));
        double needed = Double.isFinite(ratio) ? Math.ceil(done * ratio * ratio * 1.1) : 2.0 * done;
        long next = Math.max((long) needed, done + Math.max(2, done / 4));
        next = Math.min(next, 2L * done);
        return (int) Math.min(next, max);
    }

    /** One line saying what was reached, for the console. */
    public String describe() {
        return String.format(Locale.ROOT, "%s in %d: mean %.6g, 95%% CI half-width %.3g (%.3g%% of the mean, target %.3g%%)",
                metric.id(), year, mean(), halfWidth(), 100 * halfWidth() / Math.abs(mean()), 100 * relative);
    }
}
