package org.gigasim.model.lab;

import java.util.EnumMap;
import java.util.Map;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.gigasim.engine.random.RandomStreams;
import org.gigasim.engine.time.SimCalendar;
import org.gigasim.model.spec.InferenceDemandSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.TrafficClass;

/**
 * A lab's state: inference demand levels (effective H100e) that compound yearly, are set
 * once a day with a daily multiplicative noise, demand factors that scenario events change, its
 * efficiency on each accelerator, its spending, and its cash (USD): the opening balance plus
 * rounds raised plus revenue earned minus spending, kept as a running balance that every move
 * updates, so the invariant check can compare it with the totals.
 */
public final class Lab {

    private final LabSpec spec;
    private final Map<TrafficClass, Double> factors = new EnumMap<>(TrafficClass.class);
    private final Map<TrafficClass, Double> noise = new EnumMap<>(TrafficClass.class);
    private final Map<TrafficClass, ContinuousSampler> noiseSamplers = new EnumMap<>(TrafficClass.class);
    private final Map<String, double[][]> efficiencySteps = new java.util.LinkedHashMap<>();
    private final double[] level = new double[TrafficClass.values().length];
    private double demandSetAt;
    private double spendUsd;
    private double cashUsd;
    private double revenueUsd;
    private double raisedUsd;
    private boolean inDefault;
    private double checkedCashUsd;

    public Lab(LabSpec spec, SimCalendar calendar, RandomStreams streams) {
        this.spec = spec;
        this.cashUsd = openingCashUsd();
        this.checkedCashUsd = cashUsd;
        for (TrafficClass c : TrafficClass.values()) {
            factors.put(c, 1.0);
            noise.put(c, 0.0);
        }
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
                noiseSamplers.put(c, demand.noise().sampler(streams.stream("demand/" + spec.id() + "/" + c.id())));
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
        noiseSamplers.forEach((c, sampler) -> noise.put(c, Math.max(-1.0, sampler.sample())));
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
            level[c.ordinal()] = forecast(c, t) * (1 + noise.get(c));
        }
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
        return demand.h100e() * Math.pow(1 + demand.growthPerYear(), years) * factors.get(c);
    }

    /** Multiplies the demand of {@code c} by {@code factor} from now on. */
    public void scaleDemand(TrafficClass c, double factor) {
        factors.merge(c, factor, (a, b) -> a * b);
    }

    /** The demand factor of {@code c} (1 unless events changed it). */
    public double demandFactor(TrafficClass c) {
        return factors.get(c);
    }

    /** The share of an accelerator's rated H100e this lab gets at {@code t} (1 if unstated). */
    public double efficiency(String accelerator, double t) {
        double[][] table = efficiencySteps.get(accelerator);
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
        return spec.finance().revenueUsdPerH100eHour() * Math.pow(1 + spec.finance().revenueGrowthPerYear(), t / 8760.0);
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
        double r0 = spec.finance().revenueUsdPerH100eHour();
        double g = spec.finance().revenueGrowthPerYear();
        if (g == 0) {
            return r0 * (b - a);
        }
        double lnGrowth = Math.log1p(g);
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
