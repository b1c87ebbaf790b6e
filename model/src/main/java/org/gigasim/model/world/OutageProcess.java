package org.gigasim.model.world;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.gigasim.model.site.Site;
import org.gigasim.model.spec.OutageModelSpec;

/** A site's random failures: up for a random number of days, then down for a random number of hours, repeated. */
final class OutageProcess {

    private final World world;
    private final Site site;
    private final ContinuousSampler upDays;
    private final ContinuousSampler downHours;

    OutageProcess(World world, Site site, OutageModelSpec spec) {
        this.world = world;
        this.site = site;
        UniformRandomProvider rng = world.streams.stream("outage/" + site.id());
        this.upDays = spec.mtbfDays().sampler(rng);
        this.downHours = spec.mttrHours().sampler(rng);
    }

    void start(double now) {
        scheduleFailure(now);
    }

    private void scheduleFailure(double now) {
        double at = now + Math.max(0, upDays.sample()) * 24;
        if (at < world.endHours) {
            world.sim.scheduleAt(at, s -> {
                double hours = Math.max(0, downHours.sample());
                world.beginOutage(site, hours, "random failure");
                scheduleFailure(s.now() + hours);
            });
        }
    }
}
