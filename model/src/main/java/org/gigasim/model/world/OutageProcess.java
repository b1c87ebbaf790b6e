package org.gigasim.model.world;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.gigasim.model.site.Site;
import org.gigasim.model.spec.OutageModelSpec;
import org.gigasim.model.world.core.Clock;
import org.gigasim.model.world.decision.OutageCause;

/** A site's random failures: up for a random number of days, then down for a random number of hours, repeated. */
final class OutageProcess {

    private final World world;
    private final Clock clock;
    private final Site site;
    private final ContinuousSampler upDays;
    private final ContinuousSampler downHours;

    OutageProcess(World world, Clock clock, Site site, OutageModelSpec spec, UniformRandomProvider rng) {
        this.world = world;
        this.clock = clock;
        this.site = site;
        this.upDays = spec.mtbfDays().sampler(rng);
        this.downHours = spec.mttrHours().sampler(rng);
    }

    void start(double now) {
        scheduleFailure(now);
    }

    private void scheduleFailure(double now) {
        double at = now + Math.max(0, upDays.sample()) * 24;
        if (clock.before(at)) {
            clock.sim().scheduleAt(at, s -> {
                double hours = Math.max(0, downHours.sample());
                world.beginOutage(site, hours, OutageCause.RANDOM);
                scheduleFailure(s.now() + hours);
            });
        }
    }
}
