package org.gigasim.model.metrics;

import java.util.Locale;

/**
 * Every metric gigasim records, with its unit and how a year of samples reduces to one
 * headline figure in the summary: the year-end value of a stock, the mean of a level, or
 * the sum of a flow. {@code docs/metrics.md} describes each.
 */
public enum Metric {
    POWER_ONLINE_MW("MW", Reduction.YEAR_END),
    POWER_USED_MW("MW", Reduction.YEAR_END),
    STRANDED_POWER_MW("MW", Reduction.YEAR_END),
    STRANDED_CHIPS("chips", Reduction.YEAR_END),
    CAPACITY_H100E("H100e", Reduction.YEAR_END),
    UTILIZATION("fraction", Reduction.MEAN),
    DEMAND_H100E("H100e", Reduction.MEAN),
    SERVED_H100E("H100e", Reduction.MEAN),
    UNSERVED_H100E("H100e", Reduction.MEAN),
    COMPUTE_SHARE("fraction", Reduction.MEAN),
    HHI_COMPUTE_BY_CLOUD("index", Reduction.MEAN),
    CAPACITY_SHARE_BY_VENDOR("fraction", Reduction.YEAR_END),
    TRAINING_WAIT_H("hours", Reduction.YEAR_END),
    TRAINING_QUEUE_H100E("H100e", Reduction.MEAN),
    REVENUE_USD("USD", Reduction.SUM),
    SPEND_USD("USD", Reduction.SUM),
    BACKLOG_USD("USD", Reduction.YEAR_END),
    BACKLOG_TOP_SHARE("fraction", Reduction.YEAR_END),
    CLAUSE_ACTIONS("actions", Reduction.SUM),
    CLAUSE_MOVED_H100E("H100e", Reduction.SUM),
    CLAUSE_MOVED_USD("USD", Reduction.SUM);

    /** How a year of samples reduces to one figure. */
    public enum Reduction { YEAR_END, MEAN, SUM }

    private final String unit;
    private final Reduction reduction;

    Metric(String unit, Reduction reduction) {
        this.unit = unit;
        this.reduction = reduction;
    }

    /** The snake_case name used in output files, such as {@code power_online_mw}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String unit() {
        return unit;
    }

    public Reduction reduction() {
        return reduction;
    }
}
