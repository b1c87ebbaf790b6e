package org.gigasim.model.world.routing;

import java.util.Arrays;
import org.gigasim.model.cloud.Cloud;
import org.gigasim.model.spec.TrafficClass;
import org.gigasim.model.world.core.Indices;
import org.gigasim.model.world.core.Ledger;

/**
 * Free capacity sold on demand at the cloud's current prices. Routing asks for what held capacity could
 * not serve; once every lab has asked, each cloud grants the requests, its priority lab
 * (if a clause gave one) first and the others in proportion when it is oversubscribed.
 * The granted chip-hours are paid at the cloud's on-demand prices until the next decision;
 * those prices are set from the share of the cloud the decision sold.
 */
final class OnDemand {

    private static final int CLASSES = TrafficClass.INFERENCE.length;

    private final Indices indices;
    private final Pins pins;
    private final RegionalRouting regional;
    private final int labCount;
    private final int cloudCount;
    private final double[] h100e;
    private final double[][] efficiency;
    private final double[][][] request;
    /** Whether lab {@code l} asked anything for class {@code k} since its requests were last cleared. */
    private final boolean[][] asked;
    /** Effective H100e per raw H100e of each cloud's free mix, for each lab. */
    private final double[][] eff;
    private final double[] freeRaw;
    /** Raw H100e of each cloud's up and free chips, every accelerator counted: what its sold share is of. */
    private final double[] upRawAll;
    private final double[] freeRawAll;
    private final double[] requestedRaw;
    /** On-demand dollars per hour each lab pays each cloud under the last decision. */
    private final double[][] usdPerHour;
    /** The share of each lab's requests each cloud granted in the last decision. */
    private final double[][] granted;
    /** The share of each lab's requests on each cloud its cash lets it keep in this decision. */
    private final double[][] keep;
    /** Raw H100e each cloud would grant each lab before the cash rule, and what that costs each lab an hour. */
    private final double[][] pricedRaw;
    private final double[] labUsdPerHour;
    private final double[] labGrantedH100e;
    /** Each cloud's grant shares: when no lab has priority, and its priority lab's and the others' when one has. */
    private final double[] proportional;
    private final double[] firstScale;
    private final double[] othersScale;
    private final OnDemandCash cash;
    private final Holdings holdings;
    /** The holdings' allocation count {@link #prepare} last read the clouds at, and which accelerators each cloud then priced. */
    private long preparedAt = -1;
    private final boolean[][] priced;

    OnDemand(Indices indices, Pins pins, Holdings holdings, RegionalRouting regional, OnDemandCash cash) {
        this.indices = indices;
        this.pins = pins;
        this.regional = regional;
        labCount = indices.labCount();
        cloudCount = indices.cloudCount();
        h100e = holdings.h100e;
        efficiency = holdings.efficiency;
        request = new double[labCount][CLASSES][cloudCount];
        asked = new boolean[labCount][CLASSES];
        eff = new double[labCount][cloudCount];
        freeRaw = new double[cloudCount];
        upRawAll = new double[cloudCount];
        freeRawAll = new double[cloudCount];
        requestedRaw = new double[cloudCount];
        usdPerHour = new double[labCount][cloudCount];
        granted = new double[labCount][cloudCount];
        keep = new double[labCount][cloudCount];
        pricedRaw = new double[labCount][cloudCount];
        labUsdPerHour = new double[labCount];
        labGrantedH100e = new double[labCount];
        proportional = new double[cloudCount];
        firstScale = new double[cloudCount];
        othersScale = new double[cloudCount];
        this.cash = cash;
        this.holdings = holdings;
        priced = new boolean[cloudCount][0];
    }

    /**
     * Reads each cloud's free capacity for this decision and clears the requests. A cloud is read
     * again only when the chips were allocated since the last decision (free chips and
     * efficiencies change only then) or it prices other accelerators than it did.
     */
    void prepare() {
        boolean allocated = holdings.allocations() != preparedAt;
        preparedAt = holdings.allocations();
        for (int c = 0; c < cloudCount; c++) {
            Cloud cloud = indices.cloud(c);
            // A cloud sells on demand only the accelerators it lists an on-demand price for.
            double[] prices = cloud.onDemandPrices(indices.acceleratorIds());
            if (pricedChanged(c, prices) || allocated) {
                read(c, cloud, prices);
            }
            requestedRaw[c] = 0;
        }
    }

    /** Whether cloud {@code c} prices other accelerators than at the last call; remembers which it prices. */
    private boolean pricedChanged(int c, double[] prices) {
        boolean[] was = priced[c];
        boolean changed = was.length != prices.length;
        if (changed) {
            was = new boolean[prices.length];
            priced[c] = was;
        }
        for (int a = 0; a < prices.length; a++) {
            boolean now = prices[a] > 0;
            changed |= now != was[a];
            was[a] = now;
        }
        return changed;
    }

    private void read(int c, Cloud cloud, double[] prices) {
        double[] free = cloud.freeChips();
        double raw = 0;
        for (int a = 0; a < free.length; a++) {
            raw += prices[a] > 0 ? free[a] * h100e[a] : 0;
        }
        freeRaw[c] = raw;
        double[] up = cloud.upChipsByIndex();
        double upAll = 0;
        double freeAll = 0;
        for (int a = 0; a < up.length; a++) {
            upAll += up[a] * h100e[a];
            freeAll += free[a] * h100e[a];
        }
        upRawAll[c] = upAll;
        freeRawAll[c] = freeAll;
        for (int l = 0; l < labCount; l++) {
            double e = 0;
            for (int a = 0; a < free.length; a++) {
                e += prices[a] > 0 ? free[a] * h100e[a] * efficiency[l][a] : 0;
            }
            eff[l][c] = raw > 0 ? e / raw : 0;
        }
    }

    /** Forgets lab {@code l}'s requests for class {@code k}, before the class is routed. */
    void clear(int l, int k) {
        if (asked[l][k]) {
            Arrays.fill(request[l][k], 0);
            asked[l][k] = false;
        }
    }

    /** Asks for {@code amount} on demand from {@code only} (or every cloud, split by free capacity); returns what is not asked. */
    double request(int l, int k, double amount, int only) {
        if (amount <= 0 || indices.lab(l).inDefault()) {
            // A lab in default has no credit left to buy with.
            return amount;
        }
        if (regional.restricted(l, k)) {
            return requestInRegions(l, k, amount, only);
        }
        double freeEff = 0;
        for (int c = 0; c < cloudCount; c++) {
            if (only < 0 || c == only) {
                freeEff += freeRaw[c] * eff[l][c];
            }
        }
        if (freeEff <= 0) {
            return amount;
        }
        double ask = Math.min(amount, freeEff);
        for (int c = 0; c < cloudCount; c++) {
            if ((only < 0 || c == only) && eff[l][c] > 0) {
                double x = ask * freeRaw[c] * eff[l][c] / freeEff;
                request[l][k][c] += x;
                asked[l][k] = true;
                requestedRaw[c] += x / eff[l][c];
            }
        }
        // What is asked may still be cut back in grant; the remainder is settled there.
        return amount - ask;
    }

    /** Asks for {@code amount} on demand only from free capacity in the class's regions, split by what is free there. */
    private double requestInRegions(int l, int k, double amount, int only) {
        double freeEff = 0;
        for (int c = 0; c < cloudCount; c++) {
            if ((only < 0 || c == only) && eff[l][c] > 0) {
                for (int r = 0; r < regional.regions(c); r++) {
                    freeEff += regional.allows(l, k, c, r) ? regional.freeRaw(c, r) * eff[l][c] : 0;
                }
            }
        }
        if (freeEff <= 0) {
            return amount;
        }
        double ask = Math.min(amount, freeEff);
        for (int c = 0; c < cloudCount; c++) {
            if ((only < 0 || c == only) && eff[l][c] > 0) {
                for (int r = 0; r < regional.regions(c); r++) {
                    if (regional.allows(l, k, c, r)) {
                        double raw = ask * regional.freeRaw(c, r) / freeEff;
                        request[l][k][c] += raw * eff[l][c];
                        asked[l][k] = true;
                        requestedRaw[c] += raw;
                        regional.asked(c, r, raw);
                    }
                }
            }
        }
        return amount - ask;
    }

    /**
     * Grants the requests, adding what is granted to {@code served} and what is cut back to
     * {@code unserved}: where a cloud is oversubscribed, its priority lab (if any) is granted
     * first and the others share what is left in proportion. A lab keeps only the share of its
     * grant its cash rule lets it pay for ({@link OnDemandCash}); what it gives up is offered
     * to the others, so the grant is worked out twice when some lab is cut.
     */
    void grant(double t, double[][][] served, double[][] unserved) {
        for (int l = 0; l < labCount; l++) {
            Arrays.fill(keep[l], 1);
        }
        if (limitToCash(t)) {
            for (int c = 0; c < cloudCount; c++) {
                requestedRaw[c] = 0;
                for (int l = 0; l < labCount; l++) {
                    requestedRaw[c] += rawRequest(l, c);
                }
            }
        }
        for (int c = 0; c < cloudCount; c++) {
            int first = scales(c);
            double grantedAll = 0;
            for (int l = 0; l < labCount; l++) {
                double scale = scale(l, c, first);
                granted[l][c] = scale * keep[l][c];
                double grantedRaw = 0;
                for (int k = 0; k < CLASSES; k++) {
                    double asked = request[l][k][c];
                    if (asked <= 0) {
                        continue;
                    }
                    double granted = asked * keep[l][c] * scale;
                    served[l][k][c] += granted;
                    unserved[l][k] += asked - granted;
                    grantedRaw += granted / eff[l][c];
                }
                usdPerHour[l][c] = grantedRaw;
                grantedAll += grantedRaw;
            }
            // The decision's own sales set its prices: routing reads no price, so nothing circles back.
            Cloud cloud = indices.cloud(c);
            cloud.setSoldShare(soldShare(c, grantedAll));
            double usdPerRawHour = usdPerRawH100eHour(cloud);
            for (int l = 0; l < labCount; l++) {
                usdPerHour[l][c] *= usdPerRawHour;
            }
            double firstRaw = first < 0 ? 0 : rawRequest(first, c);
            pins.priorityMoved(c, t, first < 0 ? 0 : firstRaw * (firstScale[c] - proportional[c]) * eff[first][c]);
        }
    }

    /**
     * Prices each lab's grant as it would be without the cash rule, at the prices those sales
     * would set, and sets {@link #keep} to the share of it each lab can afford (a cut lab asks
     * only that share of its grant). Returns whether some lab was cut. Prices only fall when a
     * lab asks less, so a cut lab never spends more than its budget.
     */
    private boolean limitToCash(double t) {
        if (!someFinancedLabAsks()) {
            return false; // only a lab with a cash rule that asks for something can be cut
        }
        Arrays.fill(labUsdPerHour, 0);
        Arrays.fill(labGrantedH100e, 0);
        for (int c = 0; c < cloudCount; c++) {
            int first = scales(c);
            double grantedAll = 0;
            for (int l = 0; l < labCount; l++) {
                double raw = rawRequest(l, c) * scale(l, c, first);
                pricedRaw[l][c] = raw;
                grantedAll += raw;
                labGrantedH100e[l] += raw * eff[l][c];
            }
            Cloud cloud = indices.cloud(c);
            cloud.setSoldShare(soldShare(c, grantedAll));
            double usdPerRawHour = usdPerRawH100eHour(cloud);
            for (int l = 0; l < labCount; l++) {
                labUsdPerHour[l] += pricedRaw[l][c] * usdPerRawHour;
            }
        }
        boolean cut = false;
        for (int l = 0; l < labCount; l++) {
            double share = cash.affordableShare(t, l, labUsdPerHour[l], labGrantedH100e[l]);
            if (share < 1) {
                for (int c = 0; c < cloudCount; c++) {
                    double raw = rawRequest(l, c);
                    // A cut lab asks for the affordable share of the grant priced above, not of what it first asked.
                    keep[l][c] = raw <= 0 ? 1 : share * pricedRaw[l][c] / raw;
                }
                cut = true;
            }
        }
        return cut;
    }

    /** Whether some lab with a cash rule asks for capacity on demand in this decision. */
    private boolean someFinancedLabAsks() {
        for (int l = 0; l < labCount; l++) {
            if (indices.lab(l).hasFinance()) {
                for (int c = 0; c < cloudCount; c++) {
                    if (rawRequest(l, c) > 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Works out the shares cloud {@code c} grants from its requests as they stand, into
     * {@link #proportional}, {@link #firstScale} and {@link #othersScale}; returns its priority lab or -1.
     */
    private int scales(int c) {
        int first = pins.priorityLab(c);
        double firstRaw = first < 0 ? 0 : rawRequest(first, c);
        proportional[c] = requestedRaw[c] <= freeRaw[c] || requestedRaw[c] <= 0 ? 1 : freeRaw[c] / requestedRaw[c];
        firstScale[c] = firstRaw <= freeRaw[c] || firstRaw <= 0 ? 1 : freeRaw[c] / firstRaw;
        double othersRaw = requestedRaw[c] - firstRaw;
        double left = Math.max(0, freeRaw[c] - firstRaw * firstScale[c]);
        othersScale[c] = othersRaw <= left || othersRaw <= 0 ? 1 : left / othersRaw;
        return first;
    }

    /** The share of lab {@code l}'s request cloud {@code c} grants, by the last {@link #scales}. */
    private double scale(int l, int c, int first) {
        return first < 0 ? proportional[c] : l == first ? firstScale[c] : othersScale[c];
    }

    /** The share of lab {@code l}'s on-demand requests cloud {@code c} granted in the last decision (the same for every class). */
    double grantedShare(int l, int c) {
        return granted[l][c];
    }

    /** Raw H100e lab {@code l} asks of cloud {@code c} on demand in this decision, the part its cash keeps. */
    private double rawRequest(int l, int c) {
        double raw = 0;
        for (int k = 0; k < CLASSES; k++) {
            if (request[l][k][c] > 0) {
                raw += request[l][k][c] / eff[l][c];
            }
        }
        return raw * keep[l][c];
    }

    /** Share of the cloud's up raw H100e that is sold: allocated to contracts, or granted on demand ({@code grantedRaw}). */
    private double soldShare(int c, double grantedRaw) {
        double upRaw = upRawAll[c];
        return upRaw > 0 ? Math.min(1, Math.max(0, (upRaw - freeRawAll[c] + grantedRaw) / upRaw)) : 0;
    }

    /** On-demand dollars per raw H100e-hour of the cloud's free mix. */
    private double usdPerRawH100eHour(Cloud cloud) {
        double[] free = cloud.freeChips();
        double raw = 0;
        double usd = 0;
        double[] prices = cloud.onDemandPrices(indices.acceleratorIds());
        for (int a = 0; a < free.length; a++) {
            if (free[a] <= 0 || prices[a] <= 0) {
                continue;
            }
            raw += free[a] * h100e[a];
            usd += free[a] * prices[a];
        }
        return raw > 0 ? usd / raw : 0;
    }

    /** Pays {@code hours} of the last decision's on-demand sales. */
    void accrue(double hours, Ledger ledger) {
        for (int l = 0; l < labCount; l++) {
            for (int c = 0; c < cloudCount; c++) {
                double usd = usdPerHour[l][c] * hours;
                if (usd > 0) {
                    ledger.transfer(indices.lab(l), indices.cloud(c), usd, Ledger.Cause.ON_DEMAND);
                }
            }
        }
    }
}
