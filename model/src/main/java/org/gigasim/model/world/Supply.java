package org.gigasim.model.world;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.gigasim.engine.random.Distribution;
import org.gigasim.engine.random.RandomStreams;
import org.gigasim.model.cloud.Cloud;
import org.gigasim.model.site.Site;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.DeliverySpec;
import org.gigasim.model.spec.PowerMilestoneSpec;
import org.gigasim.model.spec.SiteSpec;
import org.gigasim.model.spec.SupplySpec;
import org.gigasim.model.world.core.Clock;
import org.gigasim.model.world.observation.Observation;

/**
 * What sites get over time: power milestones (each with an optional random delay), chip
 * deliveries every quarter (each with an optional random slip), random failures and, where
 * the cloud's chips have a life, their retirement. Each arrival or retirement tells the world
 * its capacity changed. The planned dates and mean delays are kept on the site, for the
 * pipeline procurement and supply planning read.
 */
final class Supply {

    private final World world;
    private final Clock clock;
    private final RandomStreams streams;
    private final LocalDate lastDay;
    private final Observation observation;
    private final Map<String, AcceleratorSpec> accelerators = new LinkedHashMap<>();

    Supply(World world, Clock clock, RandomStreams streams, LocalDate lastDay, Observation observation) {
        this.world = world;
        this.clock = clock;
        this.streams = streams;
        this.lastDay = lastDay;
        this.observation = observation;
        world.indices().accelerators().forEach(a -> accelerators.put(a.id(), a));
    }

    /**
     * Builds the site of {@code siteSpec} into {@code cloud} now, wires its metrics, and
     * schedules its power, its installed chips and deliveries, and its random failures.
     */
    Site addSite(Cloud cloud, SiteSpec siteSpec) {
        // In the world's index order, which the site's by-position accessors follow.
        Site site = new Site(siteSpec, cloud.id(), new LinkedHashMap<>(accelerators));
        world.sites().add(site);
        cloud.addSite(site);
        observation.addSite(site, clock.now());
        List<PowerMilestoneSpec> power = siteSpec.power();
        for (int i = 0; i < power.size(); i++) {
            addMilestone(site, power.get(i), "power/" + site.id() + "/" + i);
        }
        siteSpec.installedChips().forEach((acc, chips) -> {
            site.deliver(acc, chips);
            // Chips installed before the scenario are taken as delivered when their accelerator became available.
            AcceleratorSpec spec = accelerators.get(acc);
            planRetirement(cloud, site, acc, chips,
                    spec.availableFrom() == null ? clock.now() : clock.calendar().hoursAt(spec.availableFrom()));
        });
        List<DeliverySpec> deliveries = siteSpec.deliveries();
        for (int i = 0; i < deliveries.size(); i++) {
            scheduleDeliveries(site, deliveries.get(i), "delivery/" + site.id() + "/" + i);
        }
        if (siteSpec.outages() != null) {
            new OutageProcess(world, clock, site, siteSpec.outages(), streams.stream("outage/" + site.id()))
                    .start(clock.now());
        }
        return site;
    }

    /** Plans a power milestone of {@code site}; its delay is drawn from the stream {@code streamName}. */
    void addMilestone(Site site, PowerMilestoneSpec milestone, String streamName) {
        double now = clock.now();
        double delayDays = milestone.delayDays() == null ? 0
                : Math.max(0, milestone.delayDays().sampler(streams.stream(streamName)).sample());
        double nominal = clock.calendar().hoursAt(milestone.from());
        site.addNominalMilestone(nominal, milestone.mw(), expectedHours(milestone.delayDays()));
        double at = Math.max(now, nextMidnight(nominal + delayDays * 24));
        if (at <= now) {
            site.addPower(milestone.mw());
        } else if (clock.before(at)) {
            clock.sim().scheduleAt(at, s -> {
                site.addPower(milestone.mw());
                world.capacityChanged(site);
            });
        }
    }

    private void scheduleDeliveries(Site site, DeliverySpec delivery, String streamName) {
        ContinuousSampler slip = delivery.slipDays() == null ? null
                : delivery.slipDays().sampler(streams.stream(streamName));
        LocalDate last = delivery.until() == null || delivery.until().isAfter(lastDay) ? lastDay : delivery.until();
        double now = clock.now();
        List<Double> due = new ArrayList<>();
        for (LocalDate date = delivery.from(); !date.isAfter(last); date = date.plusMonths(3)) {
            double nominal = clock.calendar().hoursAt(date);
            due.add(nominal);
            double slipDays = slip == null ? 0 : Math.max(0, slip.sample());
            double at = Math.max(now, nominal + slipDays * 24);
            deliverAt(site, delivery.accelerator(), delivery.chipsPerQuarter(), at);
        }
        site.addNominalDeliveries(new Site.NominalDeliveries(delivery.accelerator(), delivery.chipsPerQuarter(),
                due.stream().mapToDouble(Double::doubleValue).toArray(), expectedHours(delivery.slipDays())));
    }

    /**
     * Delivers {@code chips} of {@code accelerator} to {@code site} at the first midnight from
     * {@code due} (now if past), planning their retirement.
     */
    void deliverAt(Site site, String accelerator, double chips, double due) {
        double now = clock.now();
        double at = nextMidnight(due);
        Cloud cloud = world.indices().cloud(site.cloud());
        if (at <= now) {
            site.deliver(accelerator, chips);
            planRetirement(cloud, site, accelerator, chips, now);
        } else if (clock.before(at)) {
            clock.sim().scheduleAt(at, s -> {
                site.deliver(accelerator, chips);
                planRetirement(cloud, site, accelerator, chips, s.now());
                world.capacityChanged(site);
            });
        }
    }

    /** If the cloud's chips have a life, schedules the retirement of {@code chips} delivered at {@code deliveredAt}. */
    private void planRetirement(Cloud cloud, Site site, String accelerator, double chips, double deliveredAt) {
        SupplySpec supply = cloud.spec().supply();
        if (supply == null || supply.chipLifeYears() == null || chips <= 0) {
            return;
        }
        double at = Math.max(clock.now(), nextMidnight(deliveredAt + supply.chipLifeYears() * 8760));
        if (clock.before(at)) {
            site.planRetirement(at, accelerator, chips);
            clock.sim().scheduleAt(at, s -> {
                site.retire(accelerator, chips);
                world.capacityChanged(site);
            });
        }
    }

    /**
     * {@code hours} at a midnight, or the next midnight after it: power, chips and retirements
     * count from the start of a day, so they change capacity with the day's other changes.
     */
    static double nextMidnight(double hours) {
        return 24 * Math.ceil(hours / 24 - 1e-9);
    }

    /** The mean of a delay in days, in hours (draws below zero count as zero, so a negative mean counts as zero). */
    private static double expectedHours(Distribution days) {
        return days == null ? 0 : Math.max(0, days.mean()) * 24;
    }
}
