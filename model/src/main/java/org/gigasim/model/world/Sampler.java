package org.gigasim.model.world;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.gigasim.engine.time.FiscalCalendar;
import org.gigasim.model.cloud.Cloud;

/**
 * When the world is sampled: at the scenario's sample interval from the start, at every
 * calendar quarter end (so every year end), at every cloud's fiscal quarter end (the
 * midnight after the quarter's last day) and at the end of the run. Samples are scheduled
 * before anything else, so at a sample time the sample goes first and sees the state
 * that held up to it; it settles money up to that time, runs quarter-end settlement, and
 * closes every series' interval.
 */
final class Sampler {

    private final World world;
    private final double[] times;
    private final Map<Double, List<Cloud>> fiscalQuarterEnds = new LinkedHashMap<>();
    private final Probes probes;
    private QuarterSettlement settlement;
    private InvariantListener invariants;

    Sampler(World world) {
        this.world = world;
        double sampleHours = world.spec.sample().toMinutes() / 60.0;
        TreeSet<Double> all = new TreeSet<>();
        for (double t = 0; t < world.endHours; t += sampleHours) {
            all.add(t);
        }
        all.add(world.endHours);
        LocalDate from = world.spec.start();
        LocalDate to = world.spec.end();
        for (LocalDate end : new FiscalCalendar(1).quarterEndsBetween(from, to)) {
            all.add(world.calendar.hoursAt(end.plusDays(1)));
        }
        for (Cloud cloud : world.clouds) {
            for (LocalDate end : cloud.fiscalCalendar().quarterEndsBetween(from, to)) {
                double t = world.calendar.hoursAt(end.plusDays(1));
                fiscalQuarterEnds.computeIfAbsent(t, k -> new ArrayList<>()).add(cloud);
                all.add(t);
            }
        }
        times = all.stream().mapToDouble(Double::doubleValue).filter(t -> t <= world.endHours).toArray();
        probes = new Probes(times);
    }

    Probes probes() {
        return probes;
    }

    /** Schedules every sample; called first, so samples precede other events at the same time. */
    void scheduleAll() {
        settlement = new QuarterSettlement(world, fiscalQuarterEnds);
        for (double t : times) {
            world.sim.scheduleAt(t, s -> sample(s.now()));
        }
    }

    void checkInvariants(InvariantListener listener) {
        this.invariants = listener;
    }

    private void sample(double t) {
        world.advanceTo(t);
        world.router.settleAll(t);
        settlement.settle(t);
        world.observation.beforeSample(t);
        probes.sample(t);
        if (invariants != null) {
            invariants.checkMoney(t);
            invariants.checkState(t);
        }
    }

    int sampleCount() {
        return times.length;
    }
}
