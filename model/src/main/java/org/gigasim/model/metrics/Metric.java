package org.gigasim.model.metrics;

import static org.gigasim.model.metrics.Dimension.ACCELERATOR;
import static org.gigasim.model.metrics.Dimension.CLAUSE;
import static org.gigasim.model.metrics.Dimension.CLOUD;
import static org.gigasim.model.metrics.Dimension.LAB;
import static org.gigasim.model.metrics.Dimension.REGION;
import static org.gigasim.model.metrics.Dimension.SITE;
import static org.gigasim.model.metrics.Dimension.TRAFFIC_CLASS;
import static org.gigasim.model.metrics.Dimension.VENDOR;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The metric catalog: every metric gigasim records, declared once with its unit, kind,
 * the combinations of dimensions it is recorded at, whether it is a headline figure, its
 * chart group and its meaning. Sampling, the summary, charts, the report and
 * {@code docs/metrics.md} all derive from this list.
 */
public enum Metric {
    POWER_ONLINE_MW("MW", Kind.STOCK, Group.POWER, true, dims(CLOUD, REGION, SITE), dims(CLOUD, REGION), dims(CLOUD),
            "Grid power energised at a site (facility MW); per region and per cloud, the sum over their sites."),
    POWER_USED_MW("MW", Kind.STOCK, Group.POWER, false, dims(CLOUD, REGION, SITE), dims(CLOUD, REGION), dims(CLOUD),
            "Facility power drawn by the installed chips: each chip draws its accelerator's kW (IT) times the site's PUE."),
    STRANDED_POWER_MW("MW", Kind.STOCK, Group.POWER, true, dims(CLOUD, REGION, SITE), dims(CLOUD, REGION), dims(CLOUD),
            "Power online that no installed chip uses: online minus used."),
    STRANDED_CHIPS("chips", Kind.STOCK, Group.POWER, false, dims(CLOUD, REGION, SITE), dims(CLOUD, REGION), dims(CLOUD),
            "Chips delivered to a site but waiting for power to be installed."),
    STRANDED_CHIP_HOURS("chip-hours", Kind.FLOW, Group.POWER, false, dims(CLOUD, REGION, SITE), dims(CLOUD, REGION),
            dims(CLOUD),
            "Chip-hours spent waiting for power: the exact time integral of `stranded_chips`."),
    OUTAGE_HOURS("hours", Kind.FLOW, Group.POWER, true, dims(CLOUD, REGION, SITE), dims(CLOUD, REGION), dims(CLOUD),
            "Hours a site was down in an outage; per region and per cloud, the hours during which at least one of "
                    + "its sites was down."),
    CAPACITY_H100E("H100e", Kind.LEVEL, Group.CAPACITY, true, dims(CLOUD, ACCELERATOR), dims(CLOUD, REGION),
            dims(CLOUD), "Raw H100e of a cloud's up chips (installed at a site that is not down), per accelerator "
                    + "(where the cloud has some or may host it), per region, and in total."),
    CAPACITY_SHARE_BY_VENDOR("fraction", Kind.LEVEL, Group.CAPACITY, true, dims(VENDOR),
            "Share of all clouds' raw H100e capacity made by one accelerator vendor."),
    UTILIZATION("fraction", Kind.LEVEL, Group.CAPACITY, true, dims(CLOUD),
            "Compute served on a cloud (effective H100e, all labs and classes) divided by its capacity (raw H100e); "
                    + "0 with no capacity. It can exceed 1 when labs run more efficiently than rated."),
    RESERVED_H100E("H100e", Kind.LEVEL, Group.CAPACITY, false, dims(CLOUD, REGION), dims(CLOUD),
            "Raw H100e of the chips a cloud's active contracts reserve. Per region, only the contracts reserved at a "
                    + "site or in a region (pooled contracts have no region)."),
    RESERVED_UNAVAILABLE_H100E_HOURS("H100e-hours", Kind.FLOW, Group.CAPACITY, false, dims(LAB, CLOUD),
            dims(CLOUD, REGION), dims(CLOUD), "Reserved raw H100e-hours the cloud could not make available: its "
                    + "sites were down, its chips not yet installed, or (for a contract reserved at a site or in a "
                    + "region) that scope short of chips. Per region, only the contracts reserved there."),
    DEMAND_H100E("H100e", Kind.LEVEL, Group.DEMAND, true, dims(LAB, TRAFFIC_CLASS),
            "Compute a lab wants for a traffic class. For inference, its demand curve with the day's noise and event "
                    + "factors; for training, the jobs running plus the jobs queued."),
    SERVED_H100E("H100e", Kind.LEVEL, Group.DEMAND, false, dims(LAB, CLOUD, TRAFFIC_CLASS), dims(LAB, TRAFFIC_CLASS),
            "Effective H100e of a lab's demand that was served, on capacity it holds through contracts or bought on "
                    + "demand; without a cloud, the sum over clouds."),
    UNSERVED_H100E("H100e", Kind.LEVEL, Group.DEMAND, true, dims(LAB, TRAFFIC_CLASS),
            "Demand not served: no held or on-demand capacity was left for it (for a class a clause pins to one "
                    + "cloud, none was left there). For training, the H100e of queued jobs."),
    DEMAND_H100E_HOURS("H100e-hours", Kind.FLOW, Group.DEMAND, false, dims(LAB, TRAFFIC_CLASS),
            "The exact time integral of `demand_h100e`."),
    SERVED_H100E_HOURS("H100e-hours", Kind.FLOW, Group.DEMAND, false, dims(LAB, CLOUD, TRAFFIC_CLASS),
            dims(LAB, TRAFFIC_CLASS), "The exact time integral of `served_h100e`."),
    UNSERVED_H100E_HOURS("H100e-hours", Kind.FLOW, Group.DEMAND, true, dims(LAB, TRAFFIC_CLASS),
            "The exact time integral of `unserved_h100e`: demand left unserved, in H100e-hours."),
    COMPUTE_SHARE("fraction", Kind.LEVEL, Group.DEMAND, false, dims(LAB, CLOUD),
            "A lab's served compute on one cloud divided by its served compute on all clouds (0 if it was served "
                    + "nothing)."),
    HHI_COMPUTE_BY_CLOUD("index", Kind.LEVEL, Group.DEMAND, true, dims(LAB), dims(),
            "Herfindahl–Hirschman index of served compute over clouds: the sum of squared `compute_share`s (1: all on "
                    + "one cloud). Without a lab, the same over all labs' served compute together (the market)."),
    REACH_DEMAND_H100E("H100e", Kind.LEVEL, Group.DEMAND, false, dims(LAB, CLOUD, TRAFFIC_CLASS),
            "Reach demand: compute a lab's buyers want of a class that only one cloud's marketplace reaches (such as "
                    + "enterprises buying through AWS Bedrock), whether or not a clause lets the lab serve it. Only "
                    + "labs with `reach` have it."),
    REACH_SERVED_H100E("H100e", Kind.LEVEL, Group.DEMAND, false, dims(LAB, CLOUD, TRAFFIC_CLASS),
            "Reach demand served, on its cloud only: part of the class's `served_h100e` there."),
    REACH_BLOCKED_H100E("H100e", Kind.LEVEL, Group.DEMAND, false, dims(LAB, CLOUD, TRAFFIC_CLASS),
            "Reach demand a clause keeps the lab from serving (one that confines the whole class to another cloud). "
                    + "It is not part of the lab's `demand_h100e`: while blocked, its buyers go elsewhere."),
    TRAINING_WAIT_H("hours", Kind.EVENT_MEAN, Group.TRAINING, true, dims(LAB),
            "Mean time a lab's training jobs waited in its queue from submission to their first start, over the jobs "
                    + "that first started in the period."),
    TRAINING_STARTS("jobs", Kind.FLOW, Group.TRAINING, false, dims(LAB),
            "Training jobs that first started in the period (the weight of `training_wait_h`)."),
    TRAINING_QUEUE_H100E("H100e", Kind.LEVEL, Group.TRAINING, false, dims(LAB),
            "Total size of a lab's training jobs waiting in its queue."),
    REVENUE_USD("USD", Kind.FLOW, Group.MONEY, true, dims(CLOUD),
            "AI revenue a cloud recognised in the period: contracts ratably as capacity is made available, on-demand "
                    + "sales, and settlement charges by clauses."),
    SPEND_USD("USD", Kind.FLOW, Group.MONEY, true, dims(LAB),
            "What a lab paid in the period for contracts, on-demand compute, settlement charges and running its own "
                    + "clouds (`own_cost_usd`)."),
    BACKLOG_USD("USD", Kind.STOCK, Group.MONEY, true, dims(CLOUD), dims(CLOUD, LAB),
            "A cloud's backlog: the value of contracted capacity still to be delivered. Per cloud it includes the "
                    + "non-AI backlog; per cloud and lab, only the contracts with that lab (the counterparty)."),
    BACKLOG_TOP_SHARE("fraction", Kind.STOCK, Group.MONEY, true, dims(CLOUD),
            "The largest lab counterparty's backlog on a cloud divided by the cloud's total backlog (non-AI backlog "
                    + "included); 0 with no backlog."),
    CASH_USD("USD", Kind.STOCK, Group.MONEY, true, dims(LAB),
            "A lab's cash: its opening balance plus funding rounds plus revenue minus spend; negative while it draws "
                    + "its credit line. Only labs with `finance` have it."),
    LAB_REVENUE_USD("USD", Kind.FLOW, Group.MONEY, true, dims(LAB),
            "Revenue a lab earned in the period from the inference it served: effective H100e-hours served times its "
                    + "revenue per H100e-hour. Only labs with `finance` have it."),
    FUNDING_USD("USD", Kind.FLOW, Group.MONEY, false, dims(LAB),
            "Cash a lab raised in funding rounds in the period. Only labs with `finance` have it."),
    RENEWED_USD("USD", Kind.FLOW, Group.MONEY, false, dims(LAB, CLOUD),
            "Value of the renewals a lab signed with a cloud in the period (it enters the cloud's backlog)."),
    CANCELLED_USD("USD", Kind.FLOW, Group.MONEY, true, dims(LAB, CLOUD),
            "Backlog a lab's cancellations took from a cloud in the period, net of the penalties paid for them: "
                    + "revenue the cloud will not earn."),
    DEFAULTED_USD("USD", Kind.FLOW, Group.MONEY, true, dims(LAB, CLOUD),
            "Backlog written off in the period because the lab ran out of cash and credit and defaulted."),
    ON_DEMAND_REVENUE_USD("USD", Kind.FLOW, Group.MONEY, false, dims(CLOUD),
            "The part of `revenue_usd` a cloud earned selling free capacity on demand."),
    ON_DEMAND_PRICE_USD_PER_CHIP_HOUR("USD/chip-hour", Kind.LEVEL, Group.MONEY, false, dims(CLOUD, ACCELERATOR),
            "A cloud's on-demand price for one accelerator it lists: the list price times its pricing curve's factor "
                    + "at the share of its capacity the last routing decision sold (the list price without pricing)."),
    CONTRACT_PRICE_USD_PER_CHIP_HOUR("USD/chip-hour", Kind.LEVEL, Group.MONEY, false, dims(CLOUD, ACCELERATOR),
            "The price a cloud quotes for a new contract on one accelerator at its pricing's reference term: the "
                    + "contract list price times its contract curve's factor at the share of its capacity sold."),
    DEFERRED_USD("USD", Kind.FLOW, Group.MONEY, true, dims(LAB, CLOUD),
            "Value of contracted capacity a lab moved later with a contract's deferral right in the period (it stays "
                    + "in the cloud's backlog, recognised later); the fee paid for it is revenue."),
    OWN_COST_USD("USD", Kind.FLOW, Group.MONEY, false, dims(CLOUD),
            "What the owner of a lab's own cloud (kind `self`) paid in the period to run it: the cloud's cost per "
                    + "facility MW-hour times the facility MW of the chips it owns, powered or not. Part of the owner's "
                    + "`spend_usd`, not revenue. Recorded for `self` clouds only."),
    CLAUSE_ACTIONS("actions", Kind.FLOW, Group.CLAUSES, false, dims(LAB, CLOUD, CLAUSE),
            "Decisions clauses made in the period (awards, refusals, removed offers, pins and unpins, training "
                    + "confinements, priority starting to bite, settlement charges), each also a trace record."),
    CLAUSE_MOVED_H100E("H100e", Kind.FLOW, Group.CLAUSES, false, dims(LAB, CLOUD, CLAUSE),
            "Capacity and traffic clauses moved in the period: contracts a procurement clause decided, traffic a "
                    + "routing clause pinned when the pin began, extra capacity a priority gave when it began to bite."),
    CLAUSE_MOVED_USD("USD", Kind.FLOW, Group.CLAUSES, false, dims(LAB, CLOUD, CLAUSE),
            "Money clauses moved in the period: the signed value of contracts a procurement clause decided, and "
                    + "settlement charges such as a take-or-pay shortfall."),
    PROCUREMENT_DELAY_DAYS("days", Kind.EVENT_MEAN, Group.CLAUSES, false, dims(LAB),
            "How much later than it asked a lab's new capacity starts: the days from the start a capacity request "
                    + "asked for to the start of each contract signed for it, averaged over the contracts signed in "
                    + "the period weighted by their effective H100e (a match window delays what goes to the market)."),
    FIRST_REFUSAL_SHARE_TAKEN("fraction", Kind.EVENT_MEAN, Group.CLAUSES, false, dims(LAB, CLOUD),
            "Of the capacity a lab requested while a right of first refusal with a match window was active, the "
                    + "share the holder (the cloud) took: H100e taken over H100e requested, in the requests of the "
                    + "period."),
    PRICE_CONCESSION_USD("USD", Kind.FLOW, Group.CLAUSES, false, dims(LAB, CLOUD),
            "What a cloud gave up against its own quote on the contracts a lab signed with it in the period, over "
                    + "their terms: signed value at its quote minus signed value at the price a clause set (a right "
                    + "of first refusal matching a cheaper rival).");

    /**
     * What a metric's values are, which fixes both its row in {@code timeseries.csv} and its
     * yearly figure in {@code summary.json}.
     */
    public enum Kind {
        /** A quantity held at an instant (backlog, power online): the value at the sample time; yearly, at year end. */
        STOCK("value at the sample time", "value at year end"),
        /** A rate that holds between events (served H100e): the time-weighted mean over the interval and the year. */
        LEVEL("time-weighted mean over the interval", "time-weighted mean over the year"),
        /** An amount that accumulates (revenue, H100e-hours): the sum over the interval and over the year. */
        FLOW("sum over the interval", "sum over the year"),
        /** A mean over events (a job's wait): the mean over the events in the interval and in the year. */
        EVENT_MEAN("mean over the events in the interval", "mean over the events in the year");

        private final String row;
        private final String yearly;

        Kind(String row, String yearly) {
            this.row = row;
            this.yearly = yearly;
        }

        /** What a row of {@code timeseries.csv} holds, in words. */
        public String row() {
            return row;
        }

        /** What a yearly figure of {@code summary.json} holds, in words. */
        public String yearly() {
            return yearly;
        }
    }

    /** The chart group a metric is drawn in, in report order. */
    public enum Group { POWER, CAPACITY, DEMAND, TRAINING, MONEY, CLAUSES }

    private final String unit;
    private final Kind kind;
    private final Group group;
    private final boolean headline;
    private final List<Set<Dimension>> recordedAt;
    private final String meaning;

    Metric(String unit, Kind kind, Group group, boolean headline, Dims first, Object... more) {
        this.unit = unit;
        this.kind = kind;
        this.group = group;
        this.headline = headline;
        List<Set<Dimension>> combinations = new ArrayList<>();
        combinations.add(first.set);
        for (int i = 0; i < more.length - 1; i++) {
            combinations.add(((Dims) more[i]).set);
        }
        this.recordedAt = List.copyOf(combinations);
        this.meaning = (String) more[more.length - 1];
    }

    /** A combination of dimensions, in {@link Dimension} order. */
    private record Dims(Set<Dimension> set) {
    }

    private static Dims dims(Dimension... dimensions) {
        EnumSet<Dimension> set = EnumSet.noneOf(Dimension.class);
        set.addAll(Arrays.asList(dimensions));
        return new Dims(Collections.unmodifiableSet(set));
    }

    /** The snake_case name used in output files, such as {@code power_online_mw}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The metric named {@code id} in output files, if there is one. */
    public static Optional<Metric> byId(String id) {
        return Arrays.stream(values()).filter(m -> m.id().equals(id)).findFirst();
    }

    public String unit() {
        return unit;
    }

    public Kind kind() {
        return kind;
    }

    public Group group() {
        return group;
    }

    /** Whether the report's headline table and sweep charts show it. */
    public boolean headline() {
        return headline;
    }

    /** Each combination of dimensions the metric is recorded at (the empty set: one market-wide series). */
    public List<Set<Dimension>> recordedAt() {
        return recordedAt;
    }

    /** One or two sentences for {@code docs/metrics.md}. */
    public String meaning() {
        return meaning;
    }

    /**
     * The smallest value the metric can take: every metric but cash counts, sums or shares
     * something, so none is negative; a lab's cash is negative while it draws its credit line. Confidence intervals are clipped to {@link #lowerBound()} and
     * {@link #upperBound()}, since a mean of values within them lies within them too.
     */
    public double lowerBound() {
        // A clause that re-prices an offer above the cloud's quote concedes a negative amount.
        return this == CASH_USD || this == PRICE_CONCESSION_USD ? Double.NEGATIVE_INFINITY : 0;
    }

    /** The largest value the metric can take: 1 for a share or a concentration index, else unbounded. */
    public double upperBound() {
        return switch (this) {
            case CAPACITY_SHARE_BY_VENDOR, COMPUTE_SHARE, HHI_COMPUTE_BY_CLOUD, BACKLOG_TOP_SHARE,
                    FIRST_REFUSAL_SHARE_TAKEN -> 1;
            default -> Double.POSITIVE_INFINITY;   // utilization can exceed 1 (see its meaning)
        };
    }

    /** A short name for readers, such as "Unserved demand" for {@code unserved_h100e}; the unit tells the rest. */
    public String title() {
        return switch (this) {
            case POWER_ONLINE_MW -> "Power online";
            case POWER_USED_MW -> "Power used";
            case STRANDED_POWER_MW -> "Stranded power";
            case STRANDED_CHIPS -> "Stranded chips";
            case STRANDED_CHIP_HOURS -> "Stranded chip time";
            case OUTAGE_HOURS -> "Outage time";
            case CAPACITY_H100E -> "Capacity";
            case CAPACITY_SHARE_BY_VENDOR -> "Share of capacity by vendor";
            case UTILIZATION -> "Utilization";
            case RESERVED_H100E -> "Reserved capacity";
            case RESERVED_UNAVAILABLE_H100E_HOURS -> "Reserved capacity not made available";
            case DEMAND_H100E, DEMAND_H100E_HOURS -> "Demand";
            case SERVED_H100E, SERVED_H100E_HOURS -> "Served compute";
            case UNSERVED_H100E, UNSERVED_H100E_HOURS -> "Unserved demand";
            case COMPUTE_SHARE -> "Share of served compute";
            case HHI_COMPUTE_BY_CLOUD -> "Concentration of served compute over clouds (HHI)";
            case REACH_DEMAND_H100E -> "Reach demand";
            case REACH_SERVED_H100E -> "Reach demand served";
            case REACH_BLOCKED_H100E -> "Reach demand blocked by clauses";
            case TRAINING_WAIT_H -> "Training-job wait";
            case TRAINING_STARTS -> "Training jobs started";
            case TRAINING_QUEUE_H100E -> "Training queue";
            case REVENUE_USD -> "Revenue";
            case SPEND_USD -> "Spend";
            case BACKLOG_USD -> "Backlog";
            case BACKLOG_TOP_SHARE -> "Largest customer's share of backlog";
            case CASH_USD -> "Lab cash";
            case LAB_REVENUE_USD -> "Lab revenue";
            case FUNDING_USD -> "Funding raised";
            case RENEWED_USD -> "Renewals signed";
            case CANCELLED_USD -> "Backlog cancelled";
            case DEFAULTED_USD -> "Backlog defaulted";
            case ON_DEMAND_REVENUE_USD -> "On-demand revenue";
            case ON_DEMAND_PRICE_USD_PER_CHIP_HOUR -> "On-demand price";
            case CONTRACT_PRICE_USD_PER_CHIP_HOUR -> "Contract price";
            case DEFERRED_USD -> "Backlog deferred";
            case OWN_COST_USD -> "Own-capacity cost";
            case CLAUSE_ACTIONS -> "Clause actions";
            case CLAUSE_MOVED_H100E -> "Capacity moved by clauses";
            case CLAUSE_MOVED_USD -> "Money moved by clauses";
            case PROCUREMENT_DELAY_DAYS -> "Procurement delay";
            case FIRST_REFUSAL_SHARE_TAKEN -> "Share taken by the first-refusal holder";
            case PRICE_CONCESSION_USD -> "Price conceded";
        };
    }
}
