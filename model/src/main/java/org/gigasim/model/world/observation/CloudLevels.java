package org.gigasim.model.world.observation;

import java.util.Arrays;
import java.util.List;
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
 * {@link ReservationLevels}; those of sites and regions through {@link SiteLevels}.
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
    private final ReservationLevels reservations;
    private final SiteLevels sites;
    private final Level[] vendorShare;
    private final int[] vendorOf;
    /** Scratch row of one decision: raw H100e per vendor. */
    private final double[] byVendor;
    /** Per cloud, the world index of each listed accelerator (-1 if the world has no such type), and its ids. */
    private final int[][] pricedIndex;
    private final String[][] priced;
    /** Per cloud and listed accelerator, its on-demand and contract price levels. */
    private final Level[][] onDemandPrice;
    private final Level[][] contractPrice;
    /**
     * Per cloud, the backlog with each lab, in total (at {@code labs}) and the top lab's share of
     * it (at {@code labs + 1}), as of the sample being taken.
     */
    private final double[][] backlog;
    /** Per cloud, its {@link Cloud#priceChanges()} when its price levels were last set (-1: never). */
    private final long[] pricesSetAt;

    CloudLevels(Indices indices, RoutingState routed, Probes probes) {
        this.indices = indices;
        this.routed = routed;
        this.probes = probes;
        labs = indices.labCount();
        clouds = indices.cloudCount();
        List<String> vendors = indices.accelerators().stream().map(AcceleratorSpec::vendor).distinct().sorted()
                .toList();
        vendorOf = indices.accelerators().stream().mapToInt(a -> vendors.indexOf(a.vendor())).toArray();
        vendorShare = new Level[vendors.size()];
        for (int v = 0; v < vendors.size(); v++) {
            vendorShare[v] = probes.level(SeriesKey.of(Metric.CAPACITY_SHARE_BY_VENDOR).vendor(vendors.get(v)), null, 0);
        }
        byVendor = new double[vendors.size()];
        capacity = new Level[clouds];
        utilization = new Level[clouds];
        capacityByAccelerator = new Level[clouds][indices.acceleratorCount()];
        backlog = new double[clouds][labs + 2];
        pricesSetAt = new long[clouds];
        Arrays.fill(pricesSetAt, -1);
        priced = new String[clouds][];
        pricedIndex = new int[clouds][];
        onDemandPrice = new Level[clouds][];
        contractPrice = new Level[clouds][];
        for (int c = 0; c < clouds; c++) {
            wireCloud(c);
        }
        reservations = new ReservationLevels(indices, probes);
        sites = new SiteLevels(indices, probes);
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
        probes.counter(key.as(Metric.REVENUE_USD), cloud::revenueUsd);
        probes.stock(key.as(Metric.BACKLOG_USD), backlog[c], labs);
        for (int l = 0; l < labs; l++) {
            probes.stock(key.as(Metric.BACKLOG_USD).lab(indices.lab(l).id()), backlog[c], l);
        }
        probes.stock(key.as(Metric.BACKLOG_TOP_SHARE), backlog[c], labs + 1);
        probes.counter(key.as(Metric.ON_DEMAND_REVENUE_USD), cloud::onDemandRevenueUsd);
        if (cloud.isSelf()) {
            probes.counter(key.as(Metric.OWN_COST_USD), cloud::ownerCostUsd);
        }
        priced[c] = cloud.spec().pricesUsdPerChipHour().keySet().toArray(new String[0]);
        pricedIndex[c] = Arrays.stream(priced[c]).mapToInt(indices::acceleratorIndex).toArray();
        onDemandPrice[c] = new Level[priced[c].length];
        contractPrice[c] = new Level[priced[c].length];
        for (int i = 0; i < priced[c].length; i++) {
            SeriesKey priceKey = key.as(Metric.ON_DEMAND_PRICE_USD_PER_CHIP_HOUR).accelerator(priced[c][i]);
            onDemandPrice[c][i] = probes.level(priceKey, null, 0);
            contractPrice[c][i] = probes.level(priceKey.as(Metric.CONTRACT_PRICE_USD_PER_CHIP_HOUR), null, 0);
        }
    }

    /** Sets each cloud's price levels to the prices the last routing decision set. */
    private void setPrices(double t) {
        List<String> all = indices.acceleratorIds();
        for (int c = 0; c < clouds; c++) {
            Cloud cloud = indices.cloud(c);
            if (pricesSetAt[c] == cloud.priceChanges()) {
                // The same prices as at the last decision: setting them again would change nothing.
                continue;
            }
            pricesSetAt[c] = cloud.priceChanges();
            String[] ids = priced[c];
            int[] at = pricedIndex[c];
            double[] onDemand = cloud.onDemandPrices(all);
            double term = cloud.pricing().referenceTermYears();
            for (int i = 0; i < ids.length; i++) {
                if (at[i] >= 0) {
                    // By index: the same prices, without a lookup per accelerator and decision.
                    onDemandPrice[c][i].set(t, onDemand[at[i]]);
                    contractPrice[c][i].set(t, cloud.contractPriceUsdPerChipHour(at[i], term, all));
                } else {
                    onDemandPrice[c][i].set(t, cloud.onDemandPriceUsdPerChipHour(ids[i]).orElse(0));
                    contractPrice[c][i].set(t, cloud.contractPriceUsdPerChipHour(ids[i], term, t).orElse(0));
                }
            }
        }
    }

    /** Wires the metrics of a site, when it joins the world. */
    void addSite(Site site, double now) {
        sites.addSite(site, now);
    }

    /** Sets capacity, site and region levels if {@code capacityChanged}, and every cloud's utilization. */
    void afterRoute(double t, boolean capacityChanged, double[] servedByCloud) {
        if (capacityChanged) {
            setCapacity(t);
            sites.setLevels(t);
            reservations.afterAllocation(t);
        }
        for (int c = 0; c < clouds; c++) {
            double raw = capacity[c].value();
            utilization[c].set(t, raw > 0 ? servedByCloud[c] / raw : 0);
        }
        setPrices(t);
    }

    private void setCapacity(double t) {
        Arrays.fill(byVendor, 0);
        double total = 0;
        for (int c = 0; c < clouds; c++) {
            double cloudTotal = 0;
            Level[] byAccelerator = capacityByAccelerator[c];
            for (int a = 0; a < byAccelerator.length; a++) {
                double raw = routed.capacityRaw(c, a);
                if (byAccelerator[a] == null && raw > 0) {
                    SeriesKey key = SeriesKey.of(Metric.CAPACITY_H100E).cloud(indices.cloud(c).id())
                            .accelerator(indices.accelerator(a).id());
                    byAccelerator[a] = probes.level(key, null, t);
                }
                if (byAccelerator[a] != null) {
                    byAccelerator[a].set(t, raw);
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

    /**
     * Reads what the stocks need at sample time {@code t}: the sites' power and chips, and each
     * cloud's backlog, per lab, in total and the top lab's share.
     */
    void beforeSample(double t) {
        sites.readStocks();
        for (int c = 0; c < clouds; c++) {
            Cloud cloud = indices.cloud(c);
            double[] row = backlog[c];
            Arrays.fill(row, 0);
            List<Contract> contracts = cloud.contracts();
            for (int i = 0; i < contracts.size(); i++) {
                Contract contract = contracts.get(i);
                row[contract.labIndex()] += contract.remainingUsd(t);
            }
            double total = cloud.otherBacklogUsd(t);
            for (int l = 0; l < labs; l++) {
                total += row[l];
            }
            row[labs] = total;
            row[labs + 1] = topShare(row);
        }
    }

    private double topShare(double[] row) {
        double top = 0;
        for (int l = 0; l < labs; l++) {
            top = Math.max(top, row[l]);
        }
        return row[labs] > 0 ? top / row[labs] : 0;
    }
}
