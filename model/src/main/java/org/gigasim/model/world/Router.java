package org.gigasim.model.world;

import java.util.Arrays;
import java.util.List;
import org.gigasim.model.cloud.Cloud;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.lab.Lab;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.TrafficClass;

/**
 * The routing decision, taken whenever something that affects it changes. Clouds allocate
 * their up chips to contracts; each lab's contracted chips become its held capacity
 * (effective H100e); training takes its share first; each inference class is then placed
 * on held capacity of the clouds it may use (pinned classes first, as they have fewest
 * options), and what remains is requested on demand from free capacity, granted in
 * proportion when a cloud is oversubscribed. The decision holds until the next one, so
 * money accrues at its rates in between: contracts ratably, on-demand by chip-hours used.
 */
final class Router {

    private static final int CLASSES = TrafficClass.INFERENCE.length;

    private final World world;
    private final int labCount;
    private final int cloudCount;
    private final int accCount;
    private final double[] h100e;
    /** Per cloud, the chips allocated to each of its contracts. */
    private double[][] allocation;
    /** Effective H100e each lab holds on each cloud through contracts. */
    final double[][] held;
    private final double[][] remaining;
    private final double[][] efficiency;
    /** The last decision's figures: demand and unserved per lab and class, served per cloud too. */
    final double[][] demand;
    final double[][] unserved;
    final double[][][] served;
    private final double[][][] onDemandRequest;
    private final double[][] onDemandEff;
    private final double[] freeRaw;
    private final double[] requestedRaw;
    /** On-demand dollars per hour each lab pays each cloud under the last decision. */
    private final double[][] onDemandUsdPerHour;
    private final Pins pins;
    private double efficiencyDay = Double.NaN;

    Router(World world, Pins pins) {
        this.world = world;
        this.pins = pins;
        labCount = world.labs.size();
        cloudCount = world.clouds.size();
        accCount = world.accelerators.size();
        h100e = world.accelerators.stream().mapToDouble(AcceleratorSpec::h100e).toArray();
        allocation = new double[cloudCount][0];
        held = new double[labCount][cloudCount];
        remaining = new double[labCount][cloudCount];
        efficiency = new double[labCount][accCount];
        demand = new double[labCount][CLASSES + 1];
        unserved = new double[labCount][CLASSES + 1];
        served = new double[labCount][CLASSES + 1][cloudCount];
        onDemandRequest = new double[labCount][CLASSES][cloudCount];
        onDemandEff = new double[labCount][cloudCount];
        freeRaw = new double[cloudCount];
        requestedRaw = new double[cloudCount];
        onDemandUsdPerHour = new double[labCount][cloudCount];
    }

    /**
     * Reallocates chips to contracts and recomputes held capacity when {@code capacityChanged}
     * or an efficiency changed; then interrupts training that no longer fits and starts what
     * now fits. Most decisions follow a demand draw, which leaves capacity as it was.
     */
    void refreshCapacity(double t, boolean capacityChanged) {
        if (updateEfficiency(t) || capacityChanged) {
            allocate(t);
        }
        for (int l = 0; l < labCount; l++) {
            for (int c = 0; c < cloudCount; c++) {
                world.training.ensureFits(l, c);
            }
            world.training.tryStart(l);
        }
    }

    /** Efficiency steps are dated, so they can only change at midnight; returns whether any changed. */
    private boolean updateEfficiency(double t) {
        double day = Math.floor(t / 24);
        if (day == efficiencyDay) {
            return false;
        }
        efficiencyDay = day;
        boolean changed = false;
        for (int l = 0; l < labCount; l++) {
            for (int a = 0; a < accCount; a++) {
                double e = world.labs.get(l).efficiency(world.acceleratorIds.get(a), t);
                changed |= e != efficiency[l][a];
                efficiency[l][a] = e;
            }
        }
        return changed;
    }

    private void allocate(double t) {
        for (int l = 0; l < labCount; l++) {
            Arrays.fill(held[l], 0);
        }
        for (int c = 0; c < cloudCount; c++) {
            Cloud cloud = world.clouds.get(c);
            List<Contract> contracts = cloud.contracts();
            if (allocation[c].length < contracts.size()) {
                allocation[c] = new double[contracts.size() * 2];
            }
            cloud.allocate(t, allocation[c], world.acceleratorIds);
            for (int i = 0; i < contracts.size(); i++) {
                Contract contract = contracts.get(i);
                int l = contract.labIndex();
                int a = contract.acceleratorIndex();
                held[l][c] += allocation[c][i] * h100e[a] * efficiency[l][a];
            }
        }
    }

    /**
     * Routes every lab's demand at {@code t}; the decision holds until the next one.
     * {@code capacityChanged} says whether chips, contracts or clauses may have changed since
     * the last decision (otherwise only demand or training did).
     */
    void route(double t, boolean capacityChanged) {
        refreshCapacity(t, capacityChanged);
        TrainingScheduler training = world.training;
        for (int l = 0; l < labCount; l++) {
            for (int c = 0; c < cloudCount; c++) {
                remaining[l][c] = Math.max(0, held[l][c] - training.use[l][c]);
                served[l][CLASSES][c] = training.use[l][c];
            }
            double queued = training.queuedH100e(l);
            double running = 0;
            for (double use : training.use[l]) {
                running += use;
            }
            demand[l][CLASSES] = running + queued;
            unserved[l][CLASSES] = queued;
        }
        prepareOnDemand();
        pins.beginStep();
        for (int l = 0; l < labCount; l++) {
            pins.evaluate(l, t);
            Lab lab = world.labs.get(l);
            for (int k : pins.order(l)) {
                routeClass(l, k, lab.demand(TrafficClass.INFERENCE[k]));
            }
        }
        grantOnDemand(t);
        allocateContracts(t);
    }

    /**
     * Accrues the money and use of [{@code from}, {@code to}), over which the last decision
     * held: on-demand sales at their rates, and each contract's use.
     */
    void accrue(double from, double to) {
        double hours = to - from;
        for (int l = 0; l < labCount; l++) {
            for (int c = 0; c < cloudCount; c++) {
                double usd = onDemandUsdPerHour[l][c] * hours;
                if (usd > 0) {
                    world.clouds.get(c).recognise(usd);
                    world.labs.get(l).spend(usd);
                }
            }
        }
        for (Contract contract : world.contracts) {
            contract.accrueUse(from, to);
        }
    }

    private void routeClass(int l, int k, double amount) {
        demand[l][k] = amount;
        Arrays.fill(served[l][k], 0);
        Arrays.fill(onDemandRequest[l][k], 0);
        int pinned = pins.cloud(l, k);
        double rest = amount;
        double stuck = 0;
        if (pinned >= 0) {
            double confined = Math.min(amount, pins.part(l, k));
            double left = requestOnDemand(l, k, placeHeld(l, k, confined, pinned), pinned);
            rest = amount - confined;
            if (pins.failover(l, k)) {
                rest += left;
            } else {
                stuck = left;
            }
        }
        rest = placeHeld(l, k, rest, -1);
        rest = requestOnDemand(l, k, rest, -1);
        unserved[l][k] = rest + stuck;
    }

    /** Places demand on held capacity of {@code only} (or of every cloud if -1), in proportion to room. */
    private double placeHeld(int l, int k, double amount, int only) {
        double room = 0;
        for (int c = 0; c < cloudCount; c++) {
            if (only < 0 || c == only) {
                room += remaining[l][c];
            }
        }
        if (room <= 0 || amount <= 0) {
            return amount;
        }
        double take = Math.min(amount, room);
        for (int c = 0; c < cloudCount; c++) {
            if (only < 0 || c == only) {
                double x = take * remaining[l][c] / room;
                served[l][k][c] += x;
                remaining[l][c] -= x;
            }
        }
        return amount - take;
    }

    private void prepareOnDemand() {
        for (int c = 0; c < cloudCount; c++) {
            Cloud cloud = world.clouds.get(c);
            double[] free = cloud.freeChips();
            // A cloud sells on demand only the accelerators it lists an on-demand price for.
            double[] prices = cloud.onDemandPrices(world.acceleratorIds);
            double raw = 0;
            for (int a = 0; a < free.length; a++) {
                raw += prices[a] > 0 ? free[a] * h100e[a] : 0;
            }
            freeRaw[c] = raw;
            for (int l = 0; l < labCount; l++) {
                double eff = 0;
                for (int a = 0; a < free.length; a++) {
                    eff += prices[a] > 0 ? free[a] * h100e[a] * efficiency[l][a] : 0;
                }
                onDemandEff[l][c] = raw > 0 ? eff / raw : 0;
            }
            requestedRaw[c] = 0;
        }
    }

    /** Asks for {@code amount} on demand from {@code only} (or every cloud, split by free capacity). */
    private double requestOnDemand(int l, int k, double amount, int only) {
        if (amount <= 0) {
            return amount;
        }
        double freeEff = 0;
        for (int c = 0; c < cloudCount; c++) {
            if (only < 0 || c == only) {
                freeEff += freeRaw[c] * onDemandEff[l][c];
            }
        }
        if (freeEff <= 0) {
            return amount;
        }
        double ask = Math.min(amount, freeEff);
        for (int c = 0; c < cloudCount; c++) {
            if ((only < 0 || c == only) && onDemandEff[l][c] > 0) {
                double x = ask * freeRaw[c] * onDemandEff[l][c] / freeEff;
                onDemandRequest[l][k][c] += x;
                requestedRaw[c] += x / onDemandEff[l][c];
            }
        }
        // What is asked may still be cut back in grantOnDemand; the remainder is settled there.
        return amount - ask;
    }

    /**
     * Grants on-demand requests: where a cloud is oversubscribed, its priority lab (if any)
     * is granted first and the others share what is left in proportion.
     */
    private void grantOnDemand(double t) {
        for (int c = 0; c < cloudCount; c++) {
            int first = pins.priorityLab(c);
            double firstRaw = first < 0 ? 0 : rawRequest(first, c);
            double proportional = requestedRaw[c] <= freeRaw[c] || requestedRaw[c] <= 0 ? 1 : freeRaw[c] / requestedRaw[c];
            double firstScale = firstRaw <= freeRaw[c] || firstRaw <= 0 ? 1 : freeRaw[c] / firstRaw;
            double othersRaw = requestedRaw[c] - firstRaw;
            double left = Math.max(0, freeRaw[c] - firstRaw * firstScale);
            double othersScale = othersRaw <= left || othersRaw <= 0 ? 1 : left / othersRaw;
            Cloud cloud = world.clouds.get(c);
            double usdPerRawHour = onDemandUsdPerRawH100eHour(cloud);
            for (int l = 0; l < labCount; l++) {
                double scale = first < 0 ? proportional : l == first ? firstScale : othersScale;
                double grantedRaw = 0;
                for (int k = 0; k < CLASSES; k++) {
                    double asked = onDemandRequest[l][k][c];
                    if (asked <= 0) {
                        continue;
                    }
                    double granted = asked * scale;
                    served[l][k][c] += granted;
                    unserved[l][k] += asked - granted;
                    grantedRaw += granted / onDemandEff[l][c];
                }
                onDemandUsdPerHour[l][c] = grantedRaw * usdPerRawHour;
            }
            pins.priorityMoved(c, t, first < 0 ? 0 : firstRaw * (firstScale - proportional) * onDemandEff[first][c]);
        }
    }

    /** Raw H100e lab {@code l} asked of cloud {@code c} on demand in this decision. */
    private double rawRequest(int l, int c) {
        double raw = 0;
        for (int k = 0; k < CLASSES; k++) {
            if (onDemandRequest[l][k][c] > 0) {
                raw += onDemandRequest[l][k][c] / onDemandEff[l][c];
            }
        }
        return raw;
    }

    /** On-demand dollars per raw H100e-hour of the cloud's free mix. */
    private double onDemandUsdPerRawH100eHour(Cloud cloud) {
        double[] free = cloud.freeChips();
        double raw = 0;
        double usd = 0;
        double[] prices = cloud.onDemandPrices(world.acceleratorIds);
        for (int a = 0; a < free.length; a++) {
            if (free[a] <= 0 || prices[a] <= 0) {
                continue;
            }
            raw += free[a] * h100e[a];
            usd += free[a] * prices[a];
        }
        return raw > 0 ? usd / raw : 0;
    }

    /** Tells each contract what its cloud makes available from {@code t} on and how much of it the lab uses. */
    private void allocateContracts(double t) {
        for (int c = 0; c < cloudCount; c++) {
            Cloud cloud = world.clouds.get(c);
            List<Contract> contracts = cloud.contracts();
            for (int i = 0; i < contracts.size(); i++) {
                Contract contract = contracts.get(i);
                int l = contract.labIndex();
                double used = 0;
                if (held[l][c] > 0) {
                    double usedHeld = held[l][c] - remaining[l][c];
                    used = allocation[c][i] * Math.min(1, usedHeld / held[l][c]);
                }
                double usd = contract.allocate(t, allocation[c][i], used);
                if (usd > 0) {
                    cloud.recognise(usd);
                    world.labs.get(l).spend(usd);
                }
            }
        }
    }

    /** Settles every contract's money up to {@code t}, so revenue, spend and backlog are exact there. */
    void settleAll(double t) {
        for (Cloud cloud : world.clouds) {
            for (Contract contract : cloud.contracts()) {
                double usd = contract.settleTo(t);
                if (usd > 0) {
                    cloud.recognise(usd);
                    world.labs.get(contract.labIndex()).spend(usd);
                }
            }
        }
    }

    /** Raw H100e of up chips on cloud {@code c} at the last decision. */
    double capacityRaw(int c) {
        double sum = 0;
        for (int a = 0; a < accCount; a++) {
            sum += capacityRaw(c, a);
        }
        return sum;
    }

    /** Raw H100e of up chips of accelerator {@code a} on cloud {@code c} at the last decision. */
    double capacityRaw(int c, int a) {
        double[] up = world.clouds.get(c).upChipsByIndex();
        return a < up.length ? up[a] * h100e[a] : 0;
    }

    /** Raw H100e of the up chips at {@code site}. */
    double siteCapacityRaw(org.gigasim.model.site.Site site) {
        return site.isUp() ? site.installedH100e() : 0;
    }
}
