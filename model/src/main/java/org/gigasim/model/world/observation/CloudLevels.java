package org.gigasim.model.world.observation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.gigasim.model.cloud.Cloud;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.metrics.Level;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.site.Site;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.world.core.Indices;
import org.gigasim.model.world.routing.RoutingState;

/**
 * The metrics of clouds, their sites and regions: capacity (per accelerator, per region),
 * utilization, vendor shares, outage and stranded-chip hours as levels; power, stranded
 * chips and backlog as stocks; revenue as a flow; what contracts reserve and lose through
 * {@link ReservationLevels}. Sites and regions join as the world adds
 * them.
 */
final class CloudLevels {

    private final Indices indices;
    private final RoutingState routed;
    private final Probes probes;
    private final int labs;
    private final int clouds;
    private final Level[] capacity;
    private final Level[] utilization;
    private final Level[][] capacityByAccelerator;
    private final Map<String, Level> capacityByRegion = new LinkedHashMap<>();
    private final Map<String, List<Site>> regionSites = new LinkedHashMap<>();
    private final Map<String, Level> regionDown = new LinkedHashMap<>();
    private final ReservationLevels reservations;
    private final Level[] cloudDown;
    private final Level[] vendorShare;
    private final List<String> vendors;
    private final int[] vendorOf;
    private final List<Site> sites = new ArrayList<>();
    /** Each site's cloud index, in the order of {@link #sites}. */
    private int[] siteCloud = new int[0];
    /** The regions in the order they joined: their sites, outage and capacity levels. */
    private final List<List<Site>> regionMembers = new ArrayList<>();
    private final List<Level> regionDownLevels = new ArrayList<>();
    private final List<Level> regionCapacityLevels = new ArrayList<>();
    private final List<Level> regionStrandedLevels = new ArrayList<>();
    private final List<Level> siteDown = new ArrayList<>();
    private final List<Level> siteStrandedChipHours = new ArrayList<>();
    private final Level[] cloudStrandedChipHours;
    /** Per cloud, its listed accelerators' ids and their on-demand and contract price levels. */
    private final List<List<String>> priced = new ArrayList<>();
    /** Per cloud, the world index of each listed accelerator (-1 if the world has no such type). */
    private final List<int[]> pricedIndex = new ArrayList<>();
    private final List<List<Level[]>> priceLevels = new ArrayList<>();
    /** Per cloud, the backlog with each lab and (last) in total, as of the sample being taken. */
    private final double[][] backlog;
    /** Per cloud, its {@link Cloud#priceChanges()} when its price levels were last set (-1: never). */
    private final long[] pricesSetAt;

    CloudLevels(Indices indices, RoutingState routed, Probes probes) {
        this.indices = indices;
        this.routed = routed;
        this.probes = probes;
        labs = indices.labCount();
        clouds = indices.cloudCount();
        vendors = indices.accelerators().stream().map(AcceleratorSpec::vendor).distinct().sorted().toList();
        vendorOf = indices.accelerators().stream().mapToInt(a -> vendors.indexOf(a.vendor())).toArray();
        vendorShare = new Level[vendors.size()];
        for (int v = 0; v < vendors.size(); v++) {
            vendorShare[v] = probes.level(SeriesKey.of(Metric.CAPACITY_SHARE_BY_VENDOR).vendor(vendors.get(v)), null, 0);
        }
        capacity = new Level[clouds];
        utilization = new Level[clouds];
        cloudDown = new Level[clouds];
        cloudStrandedChipHours = new Level[clouds];
        capacityByAccelerator = new Level[clouds][indices.acceleratorCount()];
        backlog = new double[clouds][labs + 1];
        pricesSetAt = new long[clouds];
        Arrays.fill(pricesSetAt, -1);
        for (int c = 0; c < clouds; c++) {
            wireCloud(c);
        }
        reservations = new ReservationLevels(indices, probes);
    }

    private void wireCloud(int c) {
        Cloud cloud = indices.cloud(c);
        SeriesKey key = SeriesKey.of(Metric.CAPACITY_H100E).cloud(cloud.id());
        capacity[c] = probes.level(key, null, 0);
        for (int a = 0; a < indices.acceleratorCount(); a++) {
            AcceleratorSpec acc = indices.accelerator(a);
            if (acc.hostableBy(cloud.id())) {
                capacityByAccelerator[c][a] = probes.level(key.accelerator(acc.id()), null, 0);
            }
        }
        utilization[c] = probes.level(key.as(Metric.UTILIZATION), null, 0);
        cloudDown[c] = probes.integralOnly(key.as(Metric.OUTAGE_HOURS), 0);
        cloudStrandedChipHours[c] = probes.integralOnly(key.as(Metric.STRANDED_CHIP_HOURS), 0);
        probes.counter(key.as(Metric.REVENUE_USD), cloud::revenueUsd);
        probes.stock(key.as(Metric.POWER_ONLINE_MW), () -> sum(cloud.sites(), Site::powerOnlineMw));
        probes.stock(key.as(Metric.POWER_USED_MW), () -> sum(cloud.sites(), Site::powerUsedMw));
        probes.stock(key.as(Metric.STRANDED_POWER_MW), () -> sum(cloud.sites(), Site::strandedPowerMw));
        probes.stock(key.as(Metric.STRANDED_CHIPS), () -> sum(cloud.sites(), Site::strandedChips));
        probes.stock(key.as(Metric.BACKLOG_USD), () -> backlog[c][labs]);
        for (int l = 0; l < labs; l++) {
            int lab = l;
            probes.stock(key.as(Metric.BACKLOG_USD).lab(indices.lab(l).id()), () -> backlog[c][lab]);
        }
        probes.stock(key.as(Metric.BACKLOG_TOP_SHARE), () -> topShare(c));
        probes.counter(key.as(Metric.ON_DEMAND_REVENUE_USD), cloud::onDemandRevenueUsd);
        if (cloud.isSelf()) {
            probes.counter(key.as(Metric.OWN_COST_USD), cloud::ownerCostUsd);
        }
        List<String> ids = new ArrayList<>();
        List<Level[]> levels = new ArrayList<>();
        for (String acc : cloud.spec().pricesUsdPerChipHour().keySet()) {
            SeriesKey priceKey = key.as(Metric.ON_DEMAND_PRICE_USD_PER_CHIP_HOUR).accelerator(acc);
            ids.add(acc);
            levels.add(new Level[] {probes.level(priceKey, null, 0),
                probes.level(priceKey.as(Metric.CONTRACT_PRICE_USD_PER_CHIP_HOUR), null, 0)});
        }
        priced.add(ids);
        pricedIndex.add(ids.stream().mapToInt(indices::acceleratorIndex).toArray());
        priceLevels.add(levels);
    }

    /** Sets each cloud's price levels to the prices the last routing decision set. */
    private void setPrices(double t) {
        for (int c = 0; c < clouds; c++) {
            Cloud cloud = indices.cloud(c);
            if (pricesSetAt[c] == cloud.priceChanges()) {
                // The same prices as at the last decision: setting them again would change nothing.
                continue;
            }
            pricesSetAt[c] = cloud.priceChanges();
            List<String> ids = priced.get(c);
            int[] at = pricedIndex.get(c);
            List<String> all = indices.acceleratorIds();
            double term = cloud.pricing().referenceTermYears();
            for (int i = 0; i < ids.size(); i++) {
                Level[] pair = priceLevels.get(c).get(i);
                if (at[i] >= 0) {
                    // By index: the same prices, without a lookup per accelerator and decision.
                    pair[0].set(t, cloud.onDemandPrices(all)[at[i]]);
                    pair[1].set(t, cloud.contractPriceUsdPerChipHour(at[i], term, all));
                } else {
                    pair[0].set(t, cloud.onDemandPriceUsdPerChipHour(ids.get(i)).orElse(0));
                    pair[1].set(t, cloud.contractPriceUsdPerChipHour(ids.get(i), term, t).orElse(0));
                }
            }
        }
    }

    /** Wires the metrics of a site, when it joins the world. */
    void addSite(Site site, double now) {
        sites.add(site);
        siteCloud = java.util.Arrays.copyOf(siteCloud, sites.size());
        siteCloud[sites.size() - 1] = indices.cloudIndex(site.cloud());
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
            regionStrandedLevels.add(probes.integralOnly(regionKey.as(Metric.STRANDED_CHIP_HOURS), now));
            regionMembers.add(inRegion);
            regionDownLevels.add(regionDown.get(region));
            regionCapacityLevels.add(capacityByRegion.get(region));
            List<Site> members = inRegion;
            probes.stock(regionKey.as(Metric.POWER_ONLINE_MW), () -> sum(members, Site::powerOnlineMw));
            probes.stock(regionKey.as(Metric.POWER_USED_MW), () -> sum(members, Site::powerUsedMw));
            probes.stock(regionKey.as(Metric.STRANDED_POWER_MW), () -> sum(members, Site::strandedPowerMw));
            probes.stock(regionKey.as(Metric.STRANDED_CHIPS), () -> sum(members, Site::strandedChips));
        }
        inRegion.add(site);
    }

    /** Sets capacity, site and region levels if {@code capacityChanged}, and every cloud's utilization. */
    void afterRoute(double t, boolean capacityChanged, double[] servedByCloud) {
        if (capacityChanged) {
            setCapacity(t);
            setSites(t);
            reservations.afterAllocation(t);
        }
        for (int c = 0; c < clouds; c++) {
            double raw = capacity[c].value();
            utilization[c].set(t, raw > 0 ? servedByCloud[c] / raw : 0);
        }
        setPrices(t);
    }

    private void setCapacity(double t) {
        double[] byVendor = new double[vendors.size()];
        double total = 0;
        for (int c = 0; c < clouds; c++) {
            double cloudTotal = 0;
            for (int a = 0; a < indices.acceleratorCount(); a++) {
                double raw = routed.capacityRaw(c, a);
                if (capacityByAccelerator[c][a] == null && raw > 0) {
                    SeriesKey key = SeriesKey.of(Metric.CAPACITY_H100E).cloud(indices.cloud(c).id())
                            .accelerator(indices.accelerator(a).id());
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
            int c = siteCloud[i];
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
        for (int r = 0; r < regionMembers.size(); r++) {
            boolean down = false;
            double raw = 0;
            double strandedChips = 0;
            for (Site site : regionMembers.get(r)) {
                down |= !site.isUp();
                strandedChips += site.strandedChips();
                // Raw H100e of the up chips at the site.
                raw += site.isUp() ? site.installedH100e() : 0;
            }
            regionDownLevels.get(r).set(t, down ? 1 : 0);
            regionStrandedLevels.get(r).set(t, strandedChips);
            regionCapacityLevels.get(r).set(t, raw);
        }
    }

    /** Reads what the stocks need at sample time {@code t}: each cloud's backlog, per lab and in total. */
    void beforeSample(double t) {
        for (int c = 0; c < clouds; c++) {
            Cloud cloud = indices.cloud(c);
            double[] row = backlog[c];
            Arrays.fill(row, 0);
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

    private static double sum(List<Site> sites, ToDoubleFunction<Site> f) {
        double total = 0;
        for (Site site : sites) {
            total += f.applyAsDouble(site);
        }
        return total;
    }
}
