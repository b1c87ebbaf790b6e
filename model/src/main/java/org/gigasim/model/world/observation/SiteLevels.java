package org.gigasim.model.world.observation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.gigasim.model.metrics.Level;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.site.Site;
import org.gigasim.model.world.core.Indices;

/**
 * The metrics of sites and of the regions and clouds they add up to: outage hours,
 * stranded chip-hours and up capacity per region as levels; power online, power used,
 * stranded power and stranded chips as stocks. Sites join as the world adds them.
 *
 * <p>A site's state is read again only after it changed ({@link Site#changes()}): when no site
 * changed since the levels were last set, setting them again would leave every level as it is.
 * Sums over a region's or a cloud's sites add the sites in the order they joined, as always.
 */
final class SiteLevels {

    /** The stocks kept per site, region and cloud, by position in their rows. */
    private static final int ONLINE_MW = 0;
    private static final int USED_MW = 1;
    private static final int STRANDED_MW = 2;
    private static final int STRANDED_CHIPS = 3;
    private static final int STOCKS = 4;

    private final Probes probes;
    private final Indices indices;
    private int siteCount;
    private Site[] sites = new Site[8];
    /** Per site: its cloud, its levels, its stock row and what was read of it, as of its change count. */
    private int[] siteCloud = new int[8];
    private Level[] siteDown = new Level[8];
    private Level[] siteStranded = new Level[8];
    private double[][] siteStock = new double[8][];
    private long[] levelsReadAt = new long[8];
    private long[] stocksReadAt = new long[8];
    private boolean[] up = new boolean[8];
    private double[] strandedChips = new double[8];
    private double[] installedH100e = new double[8];
    /** Per region (cloud and region, in the order they joined): its sites, levels and stock row. */
    private final Map<String, Integer> regionIndex = new HashMap<>();
    private int regionCount;
    private int[][] regionSites = new int[8][];
    private Level[] regionDown = new Level[8];
    private Level[] regionStranded = new Level[8];
    private Level[] regionCapacity = new Level[8];
    private double[][] regionStock = new double[8][];
    /** Per cloud: its sites in the order they joined, its levels and its stock row. */
    private final int[][] cloudSites;
    private final Level[] cloudDown;
    private final Level[] cloudStranded;
    private final double[][] cloudStock;
    /** Whether some site joined or changed since the stock rows were last summed. */
    private boolean stocksStale = true;

    SiteLevels(Indices indices, Probes probes) {
        this.indices = indices;
        this.probes = probes;
        int clouds = indices.cloudCount();
        cloudSites = new int[clouds][0];
        cloudDown = new Level[clouds];
        cloudStranded = new Level[clouds];
        cloudStock = new double[clouds][STOCKS];
        for (int c = 0; c < clouds; c++) {
            SeriesKey key = SeriesKey.of(Metric.OUTAGE_HOURS).cloud(indices.cloud(c).id());
            cloudDown[c] = probes.integralOnly(key, 0);
            cloudStranded[c] = probes.integralOnly(key.as(Metric.STRANDED_CHIP_HOURS), 0);
            stocks(key, cloudStock[c]);
        }
    }

    /** The four power and chip stocks of one site, region or cloud, read from {@code row}. */
    private void stocks(SeriesKey key, double[] row) {
        probes.stock(key.as(Metric.POWER_ONLINE_MW), row, ONLINE_MW);
        probes.stock(key.as(Metric.POWER_USED_MW), row, USED_MW);
        probes.stock(key.as(Metric.STRANDED_POWER_MW), row, STRANDED_MW);
        probes.stock(key.as(Metric.STRANDED_CHIPS), row, STRANDED_CHIPS);
    }

    /** Wires the metrics of a site, when it joins the world at {@code now}. */
    void addSite(Site site, double now) {
        int s = siteCount++;
        if (s == sites.length) {
            growSites();
        }
        int c = indices.cloudIndex(site.cloud());
        sites[s] = site;
        siteCloud[s] = c;
        levelsReadAt[s] = -1;
        stocksReadAt[s] = -1;
        SeriesKey key = SeriesKey.of(Metric.OUTAGE_HOURS).cloud(site.cloud()).region(site.region()).site(site.id());
        siteStock[s] = new double[STOCKS];
        stocks(key, siteStock[s]);
        siteDown[s] = probes.integralOnly(key, now);
        siteStranded[s] = probes.integralOnly(key.as(Metric.STRANDED_CHIP_HOURS), now);
        cloudSites[c] = append(cloudSites[c], s);
        String region = site.cloud() + "\u0000" + site.region();
        Integer r = regionIndex.get(region);
        if (r == null) {
            r = addRegion(site, now);
            regionIndex.put(region, r);
        }
        regionSites[r] = append(regionSites[r], s);
        stocksStale = true;
    }

    private int addRegion(Site site, double now) {
        int r = regionCount++;
        if (r == regionSites.length) {
            int n = 2 * r;
            regionSites = Arrays.copyOf(regionSites, n);
            regionDown = Arrays.copyOf(regionDown, n);
            regionStranded = Arrays.copyOf(regionStranded, n);
            regionCapacity = Arrays.copyOf(regionCapacity, n);
            regionStock = Arrays.copyOf(regionStock, n);
        }
        SeriesKey key = SeriesKey.of(Metric.CAPACITY_H100E).cloud(site.cloud()).region(site.region());
        regionSites[r] = new int[0];
        regionCapacity[r] = probes.level(key, null, now);
        regionDown[r] = probes.integralOnly(key.as(Metric.OUTAGE_HOURS), now);
        regionStranded[r] = probes.integralOnly(key.as(Metric.STRANDED_CHIP_HOURS), now);
        regionStock[r] = new double[STOCKS];
        stocks(key, regionStock[r]);
        return r;
    }

    /**
     * Sets outage and stranded-chip levels of every site, region and cloud, and each region's up
     * capacity, to the sites' state at {@code t}; nothing when no site changed since the last call.
     */
    void setLevels(double t) {
        boolean changed = false;
        for (int s = 0; s < siteCount; s++) {
            if (levelsReadAt[s] != sites[s].changes()) {
                changed = true;
                levelsReadAt[s] = sites[s].changes();
                up[s] = sites[s].isUp();
                strandedChips[s] = sites[s].strandedChips();
                installedH100e[s] = sites[s].installedH100e();
                siteDown[s].set(t, up[s] ? 0 : 1);
                siteStranded[s].set(t, strandedChips[s]);
            }
        }
        if (!changed) {
            return;
        }
        for (int c = 0; c < cloudSites.length; c++) {
            boolean anyDown = false;
            double stranded = 0;
            for (int s : cloudSites[c]) {
                anyDown |= !up[s];
                stranded += strandedChips[s];
            }
            cloudDown[c].set(t, anyDown ? 1 : 0);
            cloudStranded[c].set(t, stranded);
        }
        for (int r = 0; r < regionCount; r++) {
            boolean down = false;
            double raw = 0;
            double stranded = 0;
            for (int s : regionSites[r]) {
                down |= !up[s];
                stranded += strandedChips[s];
                // Raw H100e of the up chips at the site.
                raw += up[s] ? installedH100e[s] : 0;
            }
            regionDown[r].set(t, down ? 1 : 0);
            regionStranded[r].set(t, stranded);
            regionCapacity[r].set(t, raw);
        }
    }

    /** Reads the power and chip stocks of every site, and their sums per region and cloud, for a sample. */
    void readStocks() {
        for (int s = 0; s < siteCount; s++) {
            if (stocksReadAt[s] != sites[s].changes()) {
                stocksReadAt[s] = sites[s].changes();
                Site site = sites[s];
                double[] row = siteStock[s];
                row[ONLINE_MW] = site.powerOnlineMw();
                row[USED_MW] = site.powerUsedMw();
                row[STRANDED_MW] = site.strandedPowerMw();
                row[STRANDED_CHIPS] = site.strandedChips();
                stocksStale = true;
            }
        }
        if (!stocksStale) {
            return;
        }
        stocksStale = false;
        for (int c = 0; c < cloudSites.length; c++) {
            sum(cloudSites[c], cloudStock[c]);
        }
        for (int r = 0; r < regionCount; r++) {
            sum(regionSites[r], regionStock[r]);
        }
    }

    /** Each stock of {@code members}' rows added up in their order into {@code into}. */
    private void sum(int[] members, double[] into) {
        for (int q = 0; q < STOCKS; q++) {
            double total = 0;
            for (int s : members) {
                total += siteStock[s][q];
            }
            into[q] = total;
        }
    }

    private void growSites() {
        int n = 2 * sites.length;
        sites = Arrays.copyOf(sites, n);
        siteCloud = Arrays.copyOf(siteCloud, n);
        siteDown = Arrays.copyOf(siteDown, n);
        siteStranded = Arrays.copyOf(siteStranded, n);
        siteStock = Arrays.copyOf(siteStock, n);
        levelsReadAt = Arrays.copyOf(levelsReadAt, n);
        stocksReadAt = Arrays.copyOf(stocksReadAt, n);
        up = Arrays.copyOf(up, n);
        strandedChips = Arrays.copyOf(strandedChips, n);
        installedH100e = Arrays.copyOf(installedH100e, n);
    }

    private static int[] append(int[] members, int s) {
        int[] longer = Arrays.copyOf(members, members.length + 1);
        longer[members.length] = s;
        return longer;
    }
}
