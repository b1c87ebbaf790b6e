package org.gigasim.model.lab;

import java.util.List;
import java.util.Map;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.gigasim.engine.random.RandomStreams;
import org.gigasim.engine.time.SimCalendar;
import org.gigasim.model.spec.InferenceDemandSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.ReachSpec;
import org.gigasim.model.spec.TrafficClass;

/**
 * A lab's state: inference demand levels (effective H100e) that compound yearly, are set
 * once a day with a daily multiplicative noise, demand factors that scenario events change, its
 * efficiency on each accelerator, its reach demand (demand of a class only one cloud's
 * marketplace reaches, set like the class's level), its spending, and its cash (USD): the opening balance plus
 * rounds raised plus revenue earned minus spending, kept as a running balance that every move
 * updates, so the invariant check can compare it with the totals.
 */
public final class Lab {

    private final LabSpec spec;
    // By traffic class ordinal: read on every demand refresh, so no boxed map values.
    private final double[] factors = new double[TrafficClass.values().length];
    private final double[] noise = new double[TrafficClass.values().length];
    /** The noise samplers by traffic class ordinal (null where a class has no noise). */
    private final ContinuousSampler[] noiseSamplers = new ContinuousSampler[TrafficClass.values().length];
    private final Map<String, double[][]> efficiencySteps = new java.util.LinkedHashMap<>();
    /**
     * The efficiency steps of the accelerators that have some, and their indices in
     * {@link #efficiencyFor}, the accelerator id list they were read for (every other one is at 1).
     */
    private double[][][] efficiencyTables;
    private int[] efficiencyIndices;
    private List<String> efficiencyFor;
    private final double[] level = new double[TrafficClass.values().length];
    private final List<ReachSpec> reach;
    private final double[] reachLevel;
    private final boolean[] reachOpen;
    private double demandSetAt;
    private double spendUsd;
    private double cashUsd;
    private double revenueUsd;
    private double raisedUsd;
    private boolean inDefault;
    private double checkedCashUsd;
    private double[] pathHours = new double[0];
    private double[] pathMultipliers = new double[0];
    private double revenueRateUsdPerH100eHour;
    /** ln(1 + g) of the revenue growth g per year (0 without finance), read by every revenue integral. */
    private final double lnRevenueGrowth;

    public Lab(LabSpec spec, SimCalendar calendar, RandomStreams streams) {
        this.spec = spec;
        this.reach = spec.demand().reach();
        this.reachLevel = new double[reach.size()];
        this.reachOpen = new boolean[reach.size()];
        this.cashUsd = openingCashUsd();
        this.checkedCashUsd = cashUsd;
        this.revenueRateUsdPerH100eHour = spec.finance() == null ? 0 : spec.finance().revenueUsdPerH100eHour();
        this.lnRevenueGrowth = spec.finance() == null ? 0 : Math.log1p(spec.finance().revenueGrowthPerYear());
        java.util.Arrays.fill(factors, 1.0);
        spec.efficiency().forEach((accelerator, steps) -> {
            double[][] table = new double[2][steps.size()];
            for (int i = 0; i < steps.size(); i++) {
                table[0][i] = calendar.hoursAt(steps.get(i).from());
                table[1][i] = steps.get(i).factor();
            }
            efficiencySteps.put(accelerator, table);
        });
        for (TrafficClass c : TrafficClass.INFERENCE) {
            InferenceDemandSpec demand = spec.demand().inference(c);
            if (demand != null && demand.noise() != null) {
                noiseSamplers[c.ordinal()] = demand.noise().sampler(streams.stream("demand/" + spec.id() + "/" + c.id()));
            }
        }
    }

    public String id() {
        return spec.id();
    }

    public LabSpec spec() {
        return spec;
    }

    /** Draws each inference class's noise for the day beginning at {@code t} and sets the day's demand levels. */
    public void startDay(double t) {
        // In class order, as the streams were always drawn.
        for (int c = 0; c < noiseSamplers.length; c++) {
            if (noiseSamplers[c] != null) {
                noise[c] = Math.max(-1.0, noiseSamplers[c].sample());
            }
        }
        refreshDemand(t);
    }

    /**
     * Sets each inference class's demand level from its curve at {@code t}, its factor and
     * the day's noise. Levels hold until the next refresh (the next day, or a demand
     * change), so routing sees demand that is constant between events.
     */
    public void refreshDemand(double t) {
        demandSetAt = t;
        for (TrafficClass c : TrafficClass.INFERENCE) {
            level[c.ordinal()] = forecast(c, t) * (1 + noise[c.ordinal()]);
        }
        for (int r = 0; r < reachLevel.length; r++) {
            reachLevel[r] = reachForecast(r, t) * (1 + noise[reach.get(r).trafficClass().ordinal()]);
        }
    }

    /** The lab's reach demands, in file order. */
    public List<ReachSpec> reach() {
        return reach;
    }

    /** Reach demand {@code r} now, with its class's noise of the day, in effective H100e (whether or not it may be served). */
    public double reachDemand(int r) {
        return reachLevel[r];
    }

    /** Reach demand {@code r} at {@code t} as the lab expects it: its growth and its class's factor, no noise. */
    public double reachForecast(int r, double t) {
        ReachSpec spec = reach.get(r);
        return spec.h100e() * Math.pow(1 + spec.growthPerYear(), t / 8760.0) * factors[spec.trafficClass().ordinal()];
    }

    /** Records whether the last routing decision let the lab serve reach demand {@code r} (no clause forbade it). */
    public void setReachOpen(int r, boolean open) {
        reachOpen[r] = open;
    }

    /** The expected reach demand at {@code t} of the reaches the last routing decision let the lab serve. */
    public double openReachForecast(double t) {
        double sum = 0;
        for (int r = 0; r < reachOpen.length; r++) {
            if (reachOpen[r]) {
                sum += reachForecast(r, t);
            }
        }
        return sum;
    }

    /** Inference demand of {@code c} now, including the day's noise, in effective H100e. */
    public double demand(TrafficClass c) {
        return level[c.ordinal()];
    }

    /** When the demand levels were last set (hours). */
    public double demandSetAt() {
        return demandSetAt;
    }

    /** Inference demand of {@code c} at {@code t} as the lab expects it: growth and factor, no noise. */
    public double forecast(TrafficClass c, double t) {
        InferenceDemandSpec demand = spec.demand().inference(c);
        if (demand == null) {
            return 0;
        }
        double years = t / 8760.0;
        return demand.h100e() * Math.pow(1 + demand.growthPerYear(), years) * factors[c.ordinal()] * pathMultiplier(t);
    }

    /** The inference classes' forecasts at {@code t} summed, in class order. */
    public double inferenceForecast(double t) {
        double sum = 0;
        for (TrafficClass c : TrafficClass.INFERENCE) {
            sum += forecast(c, t);
        }
        return sum;
    }

    /**
     * Bends every inference class's curve by a multiplier that is {@code multipliers[0]} up to
     * {@code hours[0]}, {@code multipliers[i]} at {@code hours[i]}, moves geometrically between them and stays at the
     * last after the last (the market's yearly anchors, docs/model.md section 8).
     */
    public void setDemandPath(double[] hours, double[] multipliers) {
        this.pathHours = hours.clone();
        this.pathMultipliers = multipliers.clone();
    }

    /** The multiplier {@link #setDemandPath} sets at {@code t} (1 without a path). */
    public double pathMultiplier(double t) {
        int n = pathHours.length;
        if (n == 0 || t <= pathHours[0]) {
            return n == 0 ? 1.0 : pathMultipliers[0];
        }
        for (int i = 1; i < n; i++) {
            if (t < pathHours[i]) {
                double x = (t - pathHours[i - 1]) / (pathHours[i] - pathHours[i - 1]);
                return pathMultipliers[i - 1] * Math.pow(pathMultipliers[i] / pathMultipliers[i - 1], x);
            }
        }
        return pathMultipliers[n - 1];
    }

    /** Multiplies the demand of {@code c} by {@code factor} from now on. */
    public void scaleDemand(TrafficClass c, double factor) {
        factors[c.ordinal()] *= factor;
    }

    /** The demand factor of {@code c} (1 unless events changed it). */
    public double demandFactor(TrafficClass c) {
        return factors[c.ordinal()];
    }

    /** The share of an accelerator's rated H100e this lab gets at {@code t} (1 if unstated). */
    public double efficiency(String accelerator, double t) {
        return efficiencyIn(efficiencySteps.get(accelerator), t);
    }

    /**
     * Fills {@code into[a]} with {@link #efficiency(String, double)} of each accelerator of
     * {@code acceleratorIds} at {@code t}; the steps are looked up once per id list.
     */
    public void efficiencies(List<String> acceleratorIds, double t, double[] into) {
        if (efficiencyFor != acceleratorIds) {
            List<double[][]> tables = new java.util.ArrayList<>();
            List<Integer> indices = new java.util.ArrayList<>();
            for (int a = 0; a < acceleratorIds.size(); a++) {
                double[][] table = efficiencySteps.get(acceleratorIds.get(a));
                if (table != null && table[0].length > 0) {
                    tables.add(table);
                    indices.add(a);
                }
            }
            efficiencyTables = tables.toArray(new double[0][][]);
            efficiencyIndices = indices.stream().mapToInt(Integer::intValue).toArray();
            efficiencyFor = acceleratorIds;
        }
        java.util.Arrays.fill(into, 0, acceleratorIds.size(), 1.0);
        for (int i = 0; i < efficiencyTables.length; i++) {
            into[efficiencyIndices[i]] = efficiencyIn(efficiencyTables[i], t);
        }
    }

    /**
     * The first time after {@code t} at which an efficiency step of this lab takes effect
     * ({@link Double#POSITIVE_INFINITY} if none): until then {@link #efficiencies} stay as at {@code t}.
     */
    public double nextEfficiencyStepAfter(double t) {
        double next = Double.POSITIVE_INFINITY;
        for (double[][] table : efficiencySteps.values()) {
            for (double step : table[0]) {
                if (step > t) {
                    next = Math.min(next, step);
                    break;
                }
            }
        }
        return next;
    }

    private static double efficiencyIn(double[][] table, double t) {
        if (table == null || table[0].length == 0) {
            return 1.0;
        }
        // Before the first step the first factor applies; steps are in date order.
        double factor = table[1][0];
        for (int i = 0; i < table[0].length && table[0][i] <= t; i++) {
            factor = table[1][i];
        }
        return factor;
    }

    /** Adds money the lab pays (contract, on-demand or other charges); it leaves the lab's cash. */
    public void spend(double usd) {
        spendUsd += usd;
        cashUsd -= usd;
    }

    public double spendUsd() {
        return spendUsd;
    }

    /** Adds revenue the lab earns from the compute it serves; it joins the lab's cash. */
    public void earn(double usd) {
        revenueUsd += usd;
        cashUsd += usd;
    }

    /** Adds cash the lab raises (a funding round). */
    public void raise(double usd) {
        raisedUsd += usd;
        cashUsd += usd;
        checkedCashUsd += usd;
    }

    /** Whole dollars the checked cash is read in: far above the rounding of its running sums, far below a decision. */
    public static final double CHECKED_CASH_QUANTUM_USD = 1_000;

    /**
     * Records the cash as of the day's check, when every move up to now has been settled, to the
     * nearest thousand dollars: the running balance is summed in pieces that depend on when
     * samples were taken, so its last digits do, and a decision that read them (the cash rule
     * scales an offer by it) could differ with the sample interval.
     */
    public void markCashChecked() {
        checkedCashUsd = Math.rint(cashUsd / CHECKED_CASH_QUANTUM_USD) * CHECKED_CASH_QUANTUM_USD;
    }

    /**
     * Cash as of the last daily check plus any round raised since: what the lab's decisions
     * read, since between checks the running balance lags by whatever was last settled (which
     * depends on when samples were taken).
     */
    public double checkedCashUsd() {
        return checkedCashUsd;
    }

    /** Whether the lab's money is modelled: it has finance, so it holds cash and its commitments are limited. */
    public boolean hasFinance() {
        return spec.finance() != null;
    }

    /** Revenue per effective H100e-hour of inference served at {@code t}: the rate at the start, compounded yearly. */
    public double revenueUsdPerH100eHour(double t) {
        if (spec.finance() == null) {
            return 0;
        }
        return revenueRateUsdPerH100eHour * Math.pow(1 + spec.finance().revenueGrowthPerYear(), t / 8760.0);
    }

    /**
     * Sets the revenue per H100e-hour at the start (before yearly growth): what a revenue anchor
     * derives once the market has scaled the lab's demand (docs/model.md section 8).
     */
    public void setRevenueUsdPerH100eHour(double usdPerH100eHour) {
        this.revenueRateUsdPerH100eHour = usdPerH100eHour;
    }

    /**
     * Revenue per effective H100e of inference served throughout [{@code a}, {@code b}): the
     * exact integral of {@link #revenueUsdPerH100eHour}, r₀·8760/ln(1+g)·((1+g)^(b/8760) − (1+g)^(a/8760)),
     * or r₀·(b − a) without growth.
     */
    public double revenueUsdPerH100e(double a, double b) {
        if (spec.finance() == null || b <= a) {
            return 0;
        }
        double r0 = revenueRateUsdPerH100eHour;
        double g = spec.finance().revenueGrowthPerYear();
        if (g == 0) {
            return r0 * (b - a);
        }
        double lnGrowth = lnRevenueGrowth;
        return r0 * 8760.0 / lnGrowth * (Math.exp(lnGrowth * b / 8760.0) - Math.exp(lnGrowth * a / 8760.0));
    }

    /** Whether the lab has defaulted and not yet recovered: it buys nothing on demand and signs nothing. */
    public boolean inDefault() {
        return inDefault;
    }

    /** Marks the lab in default, or recovered. */
    public void setInDefault(boolean inDefault) {
        this.inDefault = inDefault;
    }

    /** Cash at the scenario start (0 without finance). */
    public double openingCashUsd() {
        return spec.finance() == null ? 0 : spec.finance().cashUsd();
    }

    /** Cash now: opening + raised + revenue − spend, kept as a running balance (negative while drawing credit). */
    public double cashUsd() {
        return cashUsd;
    }

    /** Revenue earned since the start. */
    public double revenueUsd() {
        return revenueUsd;
    }

    /** Cash raised in funding rounds since the start. */
    public double raisedUsd() {
        return raisedUsd;
    }
}
