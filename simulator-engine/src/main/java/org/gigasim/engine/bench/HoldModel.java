package org.gigasim.engine.bench;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.gigasim.engine.Action;
import org.gigasim.engine.Simulation;

/**
 * The hold model on a {@link Simulation}: {@code pending} actions are scheduled at Exp(1)
 * times, then each hold runs the earliest one, which schedules itself again at
 * now + Exp(1). The queue size stays constant, so holds per second measure the full engine
 * path (schedule, pop, dispatch) at that size.
 */
public final class HoldModel {

    private final Simulation sim;
    private final ContinuousSampler exponential;

    /** Builds the model and fills the queue with {@code pending} actions. */
    public HoldModel(int pending, long seed) {
        if (pending < 1) {
            throw new IllegalArgumentException("pending must be at least 1, was " + pending);
        }
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        exponential = ZigguratSampler.Exponential.of(rng);
        sim = new Simulation(pending);
        Action reschedule = new Action() {
            @Override
            public void run(Simulation s) {
                s.schedule(exponential.sample(), this);
            }
        };
        for (int i = 0; i < pending; i++) {
            sim.scheduleAt(exponential.sample(), reschedule);
        }
    }

    /** Performs {@code holds} holds. */
    public void hold(long holds) {
        for (long i = 0; i < holds; i++) {
            sim.step();
        }
    }

    /** The simulation behind the model (its clock and counters). */
    public Simulation simulation() {
        return sim;
    }
}
