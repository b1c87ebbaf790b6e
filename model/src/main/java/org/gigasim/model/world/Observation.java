package org.gigasim.model.world;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gigasim.model.cloud.Cloud;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.metrics.Level;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.site.Site;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.TrafficClass;

/**
 * The world's metrics, wired once to the model: after every routing decision it sets each
 * level (demand, served, capacity, shares) to its new value, so the levels' integrals are
 * exact; stocks (power, backlog) are read at sample times and flows (revenue, spend) from
 * running totals. Why after routing only: every change that can move a level (a demand
 * draw, an outage, a delivery, a contract or clause boundary, a training event) asks for a
 * routing decision at its own time, so between two decisions nothing changes.
 */
final class Observation {

    private static final int CLASSES = TrafficClass.INFERENCE.length + 1;

    private final World world;
    private final Probes probes;
    private final int labs;
    private final int clouds;
    private final Level[][] demand;
    private final Level[][] unserved;
    private final Level[][] served;
    private final Level[][][] servedOnCloud;
    private final Level[][] computeShare;
    private final Level[] hhi;
    private final Level market;
    private final Level[] queue;
    private final Level[] capacity;
    private final Level[] utilization;
    private final Level[][] capacityByAccelerator;
    private final Map<String, Level> capacityByRegion = new LinkedHashMap<>();
    private final Map<String, List<Site>> regionSites = new LinkedHashMap<>();
    private final Map<String, Level> regionDown = new LinkedHashMap<>();
    private final Level[] cloudDown;
    private final Level[] vendorShare;
    private final List<String> vendors;
    private final int[] vendorOf;
    private final List<Site> sites = new ArrayList<>();
    private final List<Level> siteDown = new ArrayList<>();
    private final List<Level> siteStrandedChipHours = new ArrayList<>();
    private final Level[] cloudStrandedChipHours;
    /** Scratch rows of one decision, kept to allocate nothing per decision. */
    private final double[] byCloud;
    private final double[] marketByCloud;
    private final double[] servedByCloud;
    /** Per cloud, the backlog with each lab and (last) in total, as of the sample being taken. */
    private final double[][] backlog;

    Observation(World world, Probes probes) {
        this.world = world;
        this.probes = probes;
        labs = world.labs.size();
        clouds = world.clouds.size();
        demand = new Level[labs][CLASSES];
        unserved = new Level[labs][CLASSES];
        served = new Level[labs][CLASSES];
        servedOnCloud = new Level[labs][clouds][CLASSES];
        computeShare = new Level[labs][clouds];
        hhi = new Level[labs];
        queue = new Level[labs];
        for (int l = 0; l < labs; l++) {
            SeriesKey lab = SeriesKey.of(Metric.DEMAND_H100E).lab(labId(l));
            for (int k = 0; k < CLASSES; k++) {
                String cls = classId(k);
                demand[l][k] = probes.level(lab.trafficClass(cls), Metric.DEMAND_H100E_HOURS, 0);
                unserved[l][k] = probes.level(lab.as(Metric.UNSERVED_H100E).trafficClass(cls),
                        Metric.UNSERVED_H100E_HOURS, 0);
                served[l][k] = probes.level(lab.as(Metric.SERVED_H100E).trafficClass(cls),
                        Metric.SERVED_H100E_HOURS, 0);
                for (int c = 0; c < clouds; c++) {
                    servedOnCloud[l][c][k] = probes.level(lab.as(Metric.SERVED_H100E).cloud(cloudId(c))
                            .trafficClass(cls), Metric.SERVED_H100E_HOURS, 0);
                }
            }
            for (int c = 0; c < clouds; c++) {
                computeShare[l][c] = probes.level(lab.as(Metric.COMPUTE_SHARE).cloud(cloudId(c)), null, 0);
            }
            hhi[l] = probes.level(lab.as(Metric.HHI_COMPUTE_BY_CLOUD), null, 0);
            queue[l] = probes.level(lab.as(Metric.TRAINING_QUEUE_H100E), null, 0);
            int index = l;
            probes.counter(lab.as(Metric.SPEND_USD), () -> world.labs.get(index).spendUsd());
            probes.eventMean(lab.as(Metric.TRAINING_WAIT_H), () -> world.training.firstStartWaitHours(index),
                    () -> world.training.firstStarts(index));
            probes.counter(lab.as(Metric.TRAINING_STARTS), () -> world.training.firstStarts(index));
        }
        market = probes.level(SeriesKey.of(Metric.HHI_COMPUTE_BY_CLOUD), null, 0);
        vendors = world.accelerators.stream().map(AcceleratorSpec::vendor).distinct().sorted().toList();
        vendorOf = world.accelerators.stream().mapToInt(a -> vendors.indexOf(a.vendor())).toArray();
        vendorShare = new Level[vendors.size()];
        for (int v = 0; v < vendors.size(); v++) {
            vendorShare[v] = probes.level(SeriesKey.of(Metric.CAPACITY_SHARE_BY_VENDOR).vendor(vendors.get(v)), null, 0);
        }
        capacity = new Level[clouds];
        utilization = new Level[clouds];
        cloudDown = new Level[clouds];
        cloudStrandedChipHours = new Level[clouds];
        capacityByAccelerator = new Level[clouds][world.accelerators.size()];
        backlog = new double[clouds][labs + 1];
        byCloud = new double[clouds];
        marketByCloud = new double[clouds];
        servedByCloud = new double[clouds];
        for (int c = 0; c < clouds; c++) {
            wireCloud(c);
        }
    }

    private void wireCloud(int c) {
        Cloud cloud = world.clouds.get(c);
        SeriesKey key = SeriesKey.of(Metric.CAPACITY_H100E).cloud(cloud.id());
        capacity[c] = probes.level(key, null, 0);
        for (int a = 0; a < world.accelerators.size(); a++) {
            AcceleratorSpec acc = world.accelerators.get(a);
            if (acc.hostableBy(cloud.id())) {
                capacityByAccelerator[c][a] = probes.level(key.accelerator(acc.id()), null, 0);
            }
        }
        utilization[c] = probes.level(key.as(Metric.UTILIZATION), null, 0);
        cloudDown[c] = probes.integralOnly(key.as(Metric.OUTAGE_HOURS), 0);
        cloudStrandedChipHours[c] = probes.integralOnly(key.as(Metric.STRANDED_CHIP_HOURS), 0);
        probes.counter(key.as(Metric.REVENUE_USD), cloud::revenueUsd);
        probes.stock(key.as(Metric.POWER_ONLINE_MW), () -> sum(cloud, Site::powerOnlineMw));
        probes.stock(key.as(Metric.POWER_USED_MW), () -> sum(cloud, Site::powerUsedMw));
        probes.stock(key.as(Metric.STRANDED_POWER_MW), () -> sum(cloud, Site::strandedPowerMw));
        probes.stock(key.as(Metric.STRANDED_CHIPS), () -> sum(cloud, Site::strandedChips));
        probes.stock(key.as(Metric.BACKLOG_USD), () -> backlog[c][labs]);
        for (int l = 0; l < labs; l++) {
            int lab = l;
            probes.stock(key.as(Metric.BACKLOG_USD).lab(labId(l)), () -> backlog[c][lab]);
        }
        probes.stock(key.as(Metric.BACKLOG_TOP_SHARE), () -> topShare(c));
    }

    /** Wires the metrics of a site, when it joins the world. */
    void addSite(Site site, double now) {
        sites.add(site);
        SeriesKey key = SeriesKey.of(Metric.POWER_ONLINE_MW).cloud(site.cloud()).region(site.region()).site(site.id());
        probes.stock(key, site::powerOnlineMw);
        probes.stock(key.as(Metric.POWER_USED_MW), site::powerUsedMw);
        probes.stock(key.as(Metric.STRANDED_POWER_MW), site::strandedPowerMw);
        probes.stock(key.as(Metric.STRANDED_CHIPS), site::strandedChips);
        siteDown.add(probes.integralOnly(key.as(Metric.OUTAGE_HOURS), now));
        siteStrandedChipHours.add(probes.integralOnly(key.as(Metric.STRANDED_CHIP_HOURS), now));
        String region = site.cloud() + "\u0000" + site.region();
        List<Site> inRegion = regionSites.get(region);
        if (inRegion == null) {
            inRegion = new ArrayList<>();
            regionSites.put(region, inRegion);
            SeriesKey regionKey = SeriesKey.of(Metric.CAPACITY_H100E).cloud(site.cloud()).region(site.region());
            capacityByRegion.put(region, probes.level(regionKey, null, now));
            regionDown.put(region, probes.integralOnly(regionKey.as(Metric.OUTAGE_HOURS), now));
            List<Site> members = inRegion;
            probes.stock(regionKey.as(Metric.POWER_ONLINE_MW), () -> sum(members, Site::powerOnlineMw));
            probes.stock(regionKey.as(Metric.POWER_USED_MW), () -> sum(members, Site::powerUsedMw));
            probes.stock(regionKey.as(Metric.STRANDED_POWER_MW), () -> sum(members, Site::strandedPowerMw));
            probes.stock(regionKey.as(Metric.STRANDED_CHIPS), () -> sum(members, Site::strandedChips));
        }
        inRegion.add(site);
    }

    /**
     * Sets every level to the state the router just decided at {@code t}; capacity, site and
     * region levels only when {@code capacityChanged}, since nothing else moves them.
     */
    void afterRoute(double t, boolean capacityChanged) {
        Router router = world.router;
        java.util.Arrays.fill(marketByCloud, 0);
        java.util.Arrays.fill(servedByCloud, 0);
        for (int l = 0; l < labs; l++) {
            java.util.Arrays.fill(byCloud, 0);
            for (int k = 0; k < CLASSES; k++) {
                demand[l][k].set(t, router.demand[l][k]);
                unserved[l][k].set(t, router.unserved[l][k]);
                double total = 0;
                for (int c = 0; c < clouds; c++) {
                    double x = router.served[l][k][c];
                    servedOnCloud[l][c][k].set(t, x);
                    byCloud[c] += x;
                    total += x;
                }
                served[l][k].set(t, total);
            }
            double all = 0;
            for (double v : byCloud) {
                all += v;
            }
            double index = 0;
            for (int c = 0; c < clouds; c++) {
                double share = all > 0 ? byCloud[c] / all : 0;
                computeShare[l][c].set(t, share);
                index += share * share;
                marketByCloud[c] += byCloud[c];
                servedByCloud[c] += byCloud[c];
            }
            hhi[l].set(t, index);
            queue[l].set(t, world.training.queuedH100e(l));
        }
        market.set(t, herfindahl(marketByCloud));
        if (capacityChanged) {
            setCapacity(t);
            setSites(t);
        }
        setUtilization(t, servedByCloud);
    }

    private void setUtilization(double t, double[] servedByCloud) {
        for (int c = 0; c < clouds; c++) {
            double raw = capacity[c].value();
            utilization[c].set(t, raw > 0 ? servedByCloud[c] / raw : 0);
        }
    }

    private void setCapacity(double t) {
        double[] byVendor = new double[vendors.size()];
        double total = 0;
        for (int c = 0; c < clouds; c++) {
            double cloudTotal = 0;
            for (int a = 0; a < world.accelerators.size(); a++) {
                double raw = world.router.capacityRaw(c, a);
                if (capacityByAccelerator[c][a] == null && raw > 0) {
                    SeriesKey key = SeriesKey.of(Metric.CAPACITY_H100E).cloud(cloudId(c))
                            .accelerator(world.accelerators.get(a).id());
                    capacityByAccelerator[c][a] = probes.level(key, null, t);
                }
                if (capacityByAccelerator[c][a] != null) {
                    capacityByAccelerator[c][a].set(t, raw);
                }
                cloudTotal += raw;
                byVendor[vendorOf[a]] += raw;
            }
            capacity[c].set(t, cloudTotal);
            total += cloudTotal;
        }
        for (int v = 0; v < byVendor.length; v++) {
            vendorShare[v].set(t, total > 0 ? byVendor[v] / total : 0);
        }
    }

    private void setSites(double t) {
        boolean[] anyDown = new boolean[clouds];
        double[] stranded = new double[clouds];
        for (int i = 0; i < sites.size(); i++) {
            Site site = sites.get(i);
            int c = world.cloudIndex.get(site.cloud());
            siteDown.get(i).set(t, site.isUp() ? 0 : 1);
            anyDown[c] |= !site.isUp();
            double chips = site.strandedChips();
            siteStrandedChipHours.get(i).set(t, chips);
            stranded[c] += chips;
        }
        for (int c = 0; c < clouds; c++) {
            cloudDown[c].set(t, anyDown[c] ? 1 : 0);
            cloudStrandedChipHours[c].set(t, stranded[c]);
        }
        for (Map.Entry<String, List<Site>> region : regionSites.entrySet()) {
            boolean down = false;
            double raw = 0;
            for (Site site : region.getValue()) {
                down |= !site.isUp();
                raw += world.router.siteCapacityRaw(site);
            }
            regionDown.get(region.getKey()).set(t, down ? 1 : 0);
            capacityByRegion.get(region.getKey()).set(t, raw);
        }
    }

    /** Reads what the stocks need at sample time {@code t}: each cloud's backlog, per lab and in total. */
    void beforeSample(double t) {
        for (int c = 0; c < clouds; c++) {
            Cloud cloud = world.clouds.get(c);
            double[] row = backlog[c];
            java.util.Arrays.fill(row, 0);
            for (Contract contract : cloud.contracts()) {
                row[contract.labIndex()] += contract.remainingUsd(t);
            }
            double total = cloud.otherBacklogUsd(t);
            for (int l = 0; l < labs; l++) {
                total += row[l];
            }
            row[labs] = total;
        }
    }

    private double topShare(int c) {
        double top = 0;
        for (int l = 0; l < labs; l++) {
            top = Math.max(top, backlog[c][l]);
        }
        return backlog[c][labs] > 0 ? top / backlog[c][labs] : 0;
    }

    private static double herfindahl(double[] amounts) {
        double all = 0;
        for (double v : amounts) {
            all += v;
        }
        double index = 0;
        for (double v : amounts) {
            index += all > 0 ? (v / all) * (v / all) : 0;
        }
        return index;
    }

    private static double sum(Cloud cloud, java.util.function.ToDoubleFunction<Site> f) {
        return sum(cloud.sites(), f);
    }

    private static double sum(List<Site> sites, java.util.function.ToDoubleFunction<Site> f) {
        double total = 0;
        for (Site site : sites) {
            total += f.applyAsDouble(site);
        }
        return total;
    }

    private String cloudId(int c) {
        return world.clouds.get(c).id();
    }

    private String labId(int l) {
        return world.labs.get(l).id();
    }

    private static String classId(int k) {
        return k < TrafficClass.INFERENCE.length ? TrafficClass.INFERENCE[k].id() : TrafficClass.TRAINING.id();
    }
}
