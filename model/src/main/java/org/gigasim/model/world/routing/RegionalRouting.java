package org.gigasim.model.world.routing;

import java.util.Arrays;
import java.util.List;
import org.gigasim.model.cloud.Cloud;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.spec.InferenceDemandSpec;
import org.gigasim.model.spec.TrafficClass;
import org.gigasim.model.world.core.Indices;

/**
 * Routing that honours the regions an inference class may be served from. Active only when
 * some class of some lab names its regions; then every cloud keeps where its contracts' chips
 * and its free chips are, and each lab's held capacity is split by region (cloud by cloud,
 * through the cloud's own region order). A restricted class is placed only on held capacity
 * in its regions and asks on demand only for free capacity there; an unrestricted class takes
 * from every region in proportion to what is left, exactly as routing without regions does
 * per cloud.
 *
 * <p>On-demand asks of restricted classes are capped, region by region, at the free capacity
 * that earlier restricted asks left there, so that what a cloud grants is always placeable:
 * the restricted asks fit their regions and the unrestricted ones fit anywhere. A region's free
 * capacity is valued at the lab's efficiency on the cloud's whole free mix.
 */
final class RegionalRouting {

    private static final int CLASSES = TrafficClass.INFERENCE.length;

    private final Indices indices;
    private final int labCount;
    private final int cloudCount;
    /** The regions each lab's class may use, or null for any. */
    private final List<String>[][] allowed;
    private final boolean active;
    /** Held effective H100e still unused per lab, cloud and region (the cloud's region order). */
    private final double[][][] remaining;
    /** Whether class k of lab l may use region r of cloud c. */
    private final boolean[][][][] mask;
    /** Raw H100e free for on-demand sale per cloud and region, less what restricted classes asked. */
    private final double[][] freeRaw;

    @SuppressWarnings("unchecked")
    RegionalRouting(Indices indices) {
        this.indices = indices;
        labCount = indices.labCount();
        cloudCount = indices.cloudCount();
        allowed = new List[labCount][CLASSES];
        boolean any = false;
        for (int l = 0; l < labCount; l++) {
            for (int k = 0; k < CLASSES; k++) {
                InferenceDemandSpec demand = indices.lab(l).spec().demand().inference(TrafficClass.INFERENCE[k]);
                if (demand != null && !demand.regions().isEmpty()) {
                    allowed[l][k] = demand.regions();
                    any = true;
                }
            }
        }
        active = any;
        remaining = new double[labCount][cloudCount][];
        mask = new boolean[labCount][CLASSES][cloudCount][];
        freeRaw = new double[cloudCount][];
        if (active) {
            indices.clouds().forEach(Cloud::trackRegions);
        }
    }

    /** Whether any class names its regions (otherwise routing ignores regions altogether). */
    boolean active() {
        return active;
    }

    /** Whether class {@code k} of lab {@code l} names the regions it may be served from. */
    boolean restricted(int l, int k) {
        return allowed[l][k] != null;
    }

    /**
     * Splits each lab's held capacity by region for a routing decision: {@code remainingCloud}
     * is what training left of {@code held}, taken from every region in proportion.
     */
    void prepare(double[][] held, double[][] remainingCloud, double[] h100e, double[][] efficiency) {
        for (int c = 0; c < cloudCount; c++) {
            Cloud cloud = indices.cloud(c);
            int regions = cloud.regions().size();
            if (freeRaw[c] == null || freeRaw[c].length != regions) {
                resize(c, cloud, regions);
            }
            for (int l = 0; l < labCount; l++) {
                Arrays.fill(remaining[l][c], 0);
            }
            List<Contract> contracts = cloud.contracts();
            for (int i = 0; i < contracts.size(); i++) {
                Contract contract = contracts.get(i);
                double[] chips = cloud.contractRegionChips(i);
                int l = contract.labIndex();
                int a = contract.acceleratorIndex();
                for (int r = 0; chips != null && r < chips.length; r++) {
                    remaining[l][c][r] += chips[r] * h100e[a] * efficiency[l][a];
                }
            }
            for (int l = 0; l < labCount; l++) {
                double scale = held[l][c] > 0 ? remainingCloud[l][c] / held[l][c] : 0;
                for (int r = 0; r < regions; r++) {
                    remaining[l][c][r] *= scale;
                }
            }
            double[] prices = cloud.onDemandPrices(indices.acceleratorIds());
            for (int r = 0; r < regions; r++) {
                double[] free = cloud.regionFreeChips(r);
                double raw = 0;
                for (int a = 0; a < free.length; a++) {
                    raw += prices[a] > 0 ? free[a] * h100e[a] : 0;
                }
                freeRaw[c][r] = raw;
            }
        }
    }

    private void resize(int c, Cloud cloud, int regions) {
        freeRaw[c] = new double[regions];
        List<String> names = cloud.regions();
        for (int l = 0; l < labCount; l++) {
            remaining[l][c] = new double[regions];
            for (int k = 0; k < CLASSES; k++) {
                boolean[] m = new boolean[regions];
                for (int r = 0; r < regions; r++) {
                    m[r] = allowed[l][k] == null || allowed[l][k].contains(names.get(r));
                }
                mask[l][k][c] = m;
            }
        }
    }

    /**
     * Places up to {@code amount} of class {@code k} of lab {@code l} on held capacity of
     * {@code only} (or of every cloud if -1) in the class's regions, in proportion to what is
     * left; adds it to {@code served} and takes it from {@code remainingCloud}. Returns the rest.
     */
    double placeHeld(int l, int k, double amount, int only, double[][] remainingCloud, double[] served) {
        double room = 0;
        for (int c = 0; c < cloudCount; c++) {
            if (only < 0 || c == only) {
                boolean[] m = mask[l][k][c];
                for (int r = 0; r < m.length; r++) {
                    room += m[r] ? remaining[l][c][r] : 0;
                }
            }
        }
        if (room <= 0 || amount <= 0) {
            return amount;
        }
        double take = Math.min(amount, room);
        for (int c = 0; c < cloudCount; c++) {
            if (only < 0 || c == only) {
                boolean[] m = mask[l][k][c];
                for (int r = 0; r < m.length; r++) {
                    if (m[r] && remaining[l][c][r] > 0) {
                        double x = take * remaining[l][c][r] / room;
                        served[c] += x;
                        remaining[l][c][r] -= x;
                        remainingCloud[l][c] = Math.max(0, remainingCloud[l][c] - x);
                    }
                }
            }
        }
        return amount - take;
    }

    /** Raw H100e of region {@code r} of cloud {@code c} still free for restricted asks. */
    double freeRaw(int c, int r) {
        return freeRaw[c][r];
    }

    /** Whether class {@code k} of lab {@code l} may be served from region {@code r} of cloud {@code c}. */
    boolean allows(int l, int k, int c, int r) {
        return mask[l][k][c][r];
    }

    /** The number of regions of cloud {@code c} at this decision. */
    int regions(int c) {
        return freeRaw[c].length;
    }

    /** Records that a restricted class asked {@code raw} H100e of region {@code r} of cloud {@code c}. */
    void asked(int c, int r, double raw) {
        freeRaw[c][r] = Math.max(0, freeRaw[c][r] - raw);
    }
}
