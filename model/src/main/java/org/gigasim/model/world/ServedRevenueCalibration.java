package org.gigasim.model.world;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.gigasim.engine.time.SimCalendar;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.lab.Lab;
import org.gigasim.model.spec.FinanceSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.RevenueEarnedSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.world.core.Indices;

/**
 * Revenue rates derived from what the labs reported earning over a period, on the compute the
 * model serves them then: a lab whose finance states {@code revenue_earned: {from, through,
 * usd}} earns, per effective H100e-hour of inference served, the starting rate r₀ for which its
 * revenue over the period, averaged over {@value #PILOTS} pilot runs of the scenario (its
 * replications 0 to {@value #PILOTS} − 1, run to the period's end), equals {@code usd}.
 *
 * <p>The served share depends on the rate (revenue is cash, and the cash rule lets a lab with
 * more of it buy more on demand), so the rate is a fixed point. It starts where the whole
 * forecast would be served and moves by r ← r × (usd / earned)^(1/e), for every such lab at once,
 * with e the revenue's elasticity to the rate between the lab's last two rounds (1 in the first,
 * kept within 0.5 and 4). It stops once every lab's revenue is within {@value #TOLERANCE} of its
 * figure. A served share that jumps with the rate can leave no rate that earns the figure
 * exactly: after {@value #MAX_ROUNDS} rounds the closest round is kept if it is within {@value
 * #ACCEPTED}, and otherwise the scenario is refused, as it is when a lab serves nothing in its
 * period.
 *
 * <p>The rates are a function of the scenario, its seed included (the pilots draw its streams),
 * found once per scenario and the same in every replication (docs/model.md section 8).
 */
final class ServedRevenueCalibration {

    /** Pilot replications averaged per round. */
    static final int PILOTS = 10;
    /** Largest relative gap between a lab's pilot revenue and its figure at which the rounds stop. */
    static final double TOLERANCE = 1e-4;
    /** Rounds of pilots tried; then the closest round is kept if within {@link #ACCEPTED}, else the scenario is refused. */
    static final int MAX_ROUNDS = 30;
    /** Largest relative gap kept when the rounds do not settle (a served share that jumps with the rate). */
    static final double ACCEPTED = 1e-2;

    /** Bounds on the revenue's elasticity to the rate that a step assumes (1 where revenue is the rate times a fixed service). */
    private static final double MIN_ELASTICITY = 0.5;
    private static final double MAX_ELASTICITY = 4;

    /** Scenarios whose rates are kept: the sweep points or design points running at one time, with room. */
    private static final int KEPT = 64;

    /**
     * Rates found, by scenario (with one replication), the least recently used dropped beyond {@value #KEPT}: a
     * scenario equal to one calibrated before gets its rates. The keys are held strongly, as each is a copy no
     * caller keeps.
     */
    private static final Map<ScenarioSpec, double[]> FOUND = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<ScenarioSpec, double[]> eldest) {
                    return size() > KEPT;
                }
            });

    private ServedRevenueCalibration() {
    }

    /**
     * The starting revenue rate (USD per H100e-hour) of every lab of {@code spec} by its index,
     * NaN for a lab without {@code revenue_earned}; {@code null} if no lab states one.
     */
    static double[] rates(ScenarioSpec spec, ClauseRegistry registry) {
        if (spec.labs().stream().noneMatch(ServedRevenueCalibration::earns)) {
            return null;
        }
        // The pilots do not read the number of replications, so a scenario run with another count shares the fit.
        return FOUND.computeIfAbsent(spec.withRun(spec.seed(), 1), s -> calibrate(s, registry)).clone();
    }

    private static boolean earns(LabSpec lab) {
        return lab.finance() != null && lab.finance().revenueEarned() != null;
    }

    private static double[] calibrate(ScenarioSpec spec, ClauseRegistry registry) {
        int labs = spec.labs().size();
        double[] rates = new double[labs];
        Arrays.fill(rates, Double.NaN);
        double[] from = new double[labs];
        double[] to = new double[labs];
        double[] target = new double[labs];
        World probe = World.unfitted(spec, registry);
        SimCalendar calendar = probe.calendar();
        Indices indices = probe.indices();
        for (int l = 0; l < labs; l++) {
            RevenueEarnedSpec earned = revenueEarned(spec.labs().get(l));
            if (earned != null) {
                from[l] = calendar.hoursAt(earned.from());
                to[l] = calendar.hoursAt(earned.through().plusDays(1));
                target[l] = earned.usd();
                rates[l] = target[l] / servedInFull(indices.lab(l), from[l], to[l]);
            }
        }
        double[] best = null;
        double bestGap = Double.POSITIVE_INFINITY;
        double[] lastRate = new double[labs];
        double[] lastEarned = new double[labs];
        for (int round = 0; round < MAX_ROUNDS; round++) {
            double[] earned = pilotRevenue(spec, registry, rates, from, to);
            double gap = 0;
            for (int l = 0; l < labs; l++) {
                if (!Double.isNaN(rates[l])) {
                    gap = Math.max(gap, Math.abs(earned[l] / target[l] - 1));
                }
            }
            if (gap <= TOLERANCE) {
                return rates;
            }
            if (gap < bestGap) {
                bestGap = gap;
                best = rates.clone();
            }
            for (int l = 0; l < labs; l++) {
                if (Double.isNaN(rates[l])) {
                    continue;
                }
                if (!(earned[l] > 0)) {
                    LabSpec lab = spec.labs().get(l);
                    throw new IllegalArgumentException("lab " + lab.id() + " serves no inference from "
                            + revenueEarned(lab).from() + " through " + revenueEarned(lab).through() + ", so no revenue"
                            + " rate earns its revenue_earned; give it capacity then, or state revenue_usd_per_h100e_hour");
                }
                double elasticity = 1;
                if (round > 0 && rates[l] != lastRate[l] && earned[l] != lastEarned[l]) {
                    elasticity = Math.log(earned[l] / lastEarned[l]) / Math.log(rates[l] / lastRate[l]);
                    elasticity = Math.min(MAX_ELASTICITY, Math.max(MIN_ELASTICITY, elasticity));
                }
                lastRate[l] = rates[l];
                lastEarned[l] = earned[l];
                rates[l] *= Math.pow(target[l] / earned[l], 1 / elasticity);
            }
        }
        if (bestGap <= ACCEPTED) {
            return best;
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT, "the labs' revenue_earned rates did not settle"
                + " within %d rounds of pilot runs: the closest came within %.1f%% of a figure, more than %.0f%% (the"
                + " served share jumps with the rate); state revenue_usd_per_h100e_hour instead", MAX_ROUNDS,
                100 * bestGap, 100 * ACCEPTED));
    }

    private static RevenueEarnedSpec revenueEarned(LabSpec lab) {
        FinanceSpec finance = lab.finance();
        return finance == null ? null : finance.revenueEarned();
    }

    /** The rate's multiplier that earns the lab's forecast in [from, to) if all of it is served: the first guess. */
    private static double servedInFull(Lab lab, double from, double to) {
        double growth = lab.spec().finance().revenueGrowthPerYear();
        double perRate = 0;
        for (double t = from; t < to; t += 24) {
            double end = Math.min(t + 24, to);
            perRate += lab.inferenceForecast(t) * (end - t) * Math.pow(1 + growth, t / 8760.0);
        }
        return perRate;
    }

    /** Each lab's revenue over its period, averaged over the pilot replications run at {@code rates}. */
    private static double[] pilotRevenue(ScenarioSpec spec, ClauseRegistry registry, double[] rates, double[] from,
            double[] to) {
        int labs = rates.length;
        double[] mean = new double[labs];
        double[] boundaries = boundaries(rates, from, to);
        for (int pilot = 0; pilot < PILOTS; pilot++) {
            World world = new World(spec, pilot, registry, rates);
            double[] atFrom = new double[labs];
            for (double t : boundaries) {
                world.runTo(t);
                for (int l = 0; l < labs; l++) {
                    if (Double.isNaN(rates[l])) {
                        continue;
                    }
                    double revenue = world.indices().lab(l).revenueUsd();
                    if (from[l] == t) {
                        atFrom[l] = revenue;
                    }
                    if (to[l] == t) {
                        mean[l] += (revenue - atFrom[l]) / PILOTS;
                    }
                }
            }
        }
        return mean;
    }

    /** The periods' starts and ends, in order, each once. */
    private static double[] boundaries(double[] rates, double[] from, double[] to) {
        return IntStream.range(0, rates.length).filter(l -> !Double.isNaN(rates[l]))
                .mapToObj(l -> new double[] {from[l], to[l]}).flatMapToDouble(Arrays::stream).sorted().distinct()
                .toArray();
    }
}
