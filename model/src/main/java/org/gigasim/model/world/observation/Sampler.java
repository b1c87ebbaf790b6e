package org.gigasim.model.world.observation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.TreeSet;
import java.util.function.DoubleConsumer;
import org.gigasim.engine.time.FiscalCalendar;
import org.gigasim.model.world.core.Clock;

/**
 * When the world is sampled: at the scenario's sample interval from the start, at every
 * calendar quarter end (so every year end), at every cloud's fiscal quarter end (the
 * midnight after the quarter's last day) and at the end of the run. Samples are scheduled
 * before anything else, so at a sample time the sample goes first and sees the state
 * that held up to it.
 */
public final class Sampler {

    private final double[] times;

    /**
     * @param sample the scenario's sample interval
     * @param from the scenario's first day
     * @param to the scenario's last day
     * @param fiscalQuarterEnds times (hours) at which some cloud's fiscal quarter ends
     */
    public Sampler(Duration sample, LocalDate from, LocalDate to, Clock clock, Collection<Double> fiscalQuarterEnds) {
        double endHours = clock.endHours();
        double sampleHours = sample.toMinutes() / 60.0;
        TreeSet<Double> all = new TreeSet<>();
        for (double t = 0; t < endHours; t += sampleHours) {
            all.add(t);
        }
        all.add(endHours);
        for (LocalDate end : new FiscalCalendar(1).quarterEndsBetween(from, to)) {
            all.add(clock.calendar().hoursAt(end.plusDays(1)));
        }
        all.addAll(fiscalQuarterEnds);
        times = all.stream().mapToDouble(Double::doubleValue).filter(t -> t <= endHours).toArray();
    }

    /** Every sample time of the run, in order. */
    public double[] times() {
        return times.clone();
    }

    /** Schedules {@code sample} at every sample time; call it first, so samples precede other events at the same time. */
    public void scheduleAll(org.gigasim.engine.Simulation sim, DoubleConsumer sample) {
        for (double t : times) {
            sim.scheduleAt(t, s -> sample.accept(s.now()));
        }
    }
}
