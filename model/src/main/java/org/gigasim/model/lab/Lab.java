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
 * efficiency on each accelerator, and its spending.
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
    private double committedUsd;

    public Lab(LabSpec spec, SimCalendar calendar, RandomStreams streams) {
        this.spec = spec;
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

    /** Adds money the lab pays (contract, on-demand or other charges). */
    public void spend(double usd) {
        spendUsd += usd;
    }

    public double spendUsd() {
        return spendUsd;
    }

    /** Total value of contracts the lab has signed during the run. */
    public double committedUsd() {
        return committedUsd;
    }

    public void commit(double usd) {
        committedUsd += usd;
    }
}
