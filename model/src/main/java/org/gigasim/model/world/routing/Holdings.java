package org.gigasim.model.world.routing;

import java.util.Arrays;
import java.util.List;
import org.gigasim.model.cloud.Cloud;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.world.core.Indices;
import org.gigasim.model.world.core.Ledger;

/**
 * What each lab holds: every cloud allocates its up chips to its contracts, and each lab's
 * contracted chips become its held capacity on that cloud (effective H100e, through the
 * lab's efficiency on each accelerator); a lab's own clouds add all their up chips
 * ({@link OwnCapacity}). After routing, each contract learns what its cloud
 * makes available and how much of it the lab uses, and bills accordingly.
 */
final class Holdings {

    private final Indices indices;
    private final Ledger ledger;
    private final int labCount;
    private final int cloudCount;
    private final int accCount;
    /** Raw H100e per chip, by accelerator index. */
    final double[] h100e;
    /** Per cloud, the chips allocated to each of its contracts. */
    private double[][] allocation;
    /** Effective H100e each lab holds on each cloud through contracts. */
    final double[][] held;
    /** Each lab's efficiency on each accelerator, as of the current day. */
    final double[][] efficiency;
    private double efficiencyDay = Double.NaN;
    /** Per lab, the time of its next efficiency step after they were last read: they hold until then. */
    private final double[] efficiencyUntil;
    /** Scratch: per lab, the share of its held capacity on one cloud it uses (when it holds some there). */
    private final double[] usedShare;
    /** Scratch: one lab's efficiencies as read today. */
    private final double[] today;
    /** Labs' own clouds: held by their owners, paid for as owned. */
    final OwnCapacity own;
    /** How many times the clouds' chips were allocated: their free chips and the efficiencies change only then. */
    private long allocations;

    Holdings(Indices indices, Ledger ledger) {
        this.indices = indices;
        this.ledger = ledger;
        labCount = indices.labCount();
        cloudCount = indices.cloudCount();
        accCount = indices.acceleratorCount();
        h100e = indices.accelerators().stream().mapToDouble(AcceleratorSpec::h100e).toArray();
        allocation = new double[cloudCount][0];
        held = new double[labCount][cloudCount];
        efficiency = new double[labCount][accCount];
        efficiencyUntil = new double[labCount];
        Arrays.fill(efficiencyUntil, Double.NEGATIVE_INFINITY);
        today = new double[accCount];
        usedShare = new double[labCount];
        own = new OwnCapacity(indices);
    }

    /** Reallocates chips when {@code capacityChanged} or an efficiency changed. */
    void refresh(double t, boolean capacityChanged) {
        if (updateEfficiency(t) || capacityChanged) {
            allocate(t);
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
        List<String> ids = indices.acceleratorIds();
        for (int l = 0; l < labCount; l++) {
            if (t < efficiencyUntil[l]) {
                continue; // no step of this lab's took effect since its efficiencies were read
            }
            efficiencyUntil[l] = indices.lab(l).nextEfficiencyStepAfter(t);
            indices.lab(l).efficiencies(ids, t, today);
            for (int a = 0; a < accCount; a++) {
                changed |= today[a] != efficiency[l][a];
                efficiency[l][a] = today[a];
            }
        }
        return changed;
    }

    private void allocate(double t) {
        allocations++;
        for (int l = 0; l < labCount; l++) {
            Arrays.fill(held[l], 0);
        }
        for (int c = 0; c < cloudCount; c++) {
            Cloud cloud = indices.cloud(c);
            List<Contract> contracts = cloud.contracts();
            if (allocation[c].length < contracts.size()) {
                allocation[c] = new double[contracts.size() * 2];
            }
            cloud.allocate(t, allocation[c], indices.acceleratorIds());
            for (int i = 0; i < contracts.size(); i++) {
                Contract contract = contracts.get(i);
                int l = contract.labIndex();
                int a = contract.acceleratorIndex();
                held[l][c] += allocation[c][i] * h100e[a] * efficiency[l][a];
            }
        }
        own.hold(held, h100e, efficiency);
    }

    /**
     * Tells each contract what its cloud makes available from {@code t} on and how much of
     * it the lab uses (in proportion to the held capacity routing used: {@code remaining}
     * is what it left), and moves what the contract bills now.
     */
    void allocateContracts(double t, double[][] remaining) {
        for (int c = 0; c < cloudCount; c++) {
            // The share of its held capacity each lab uses on this cloud, once per lab rather than per contract.
            for (int l = 0; l < labCount; l++) {
                usedShare[l] = held[l][c] > 0 ? Math.min(1, (held[l][c] - remaining[l][c]) / held[l][c]) : 0;
            }
            Cloud cloud = indices.cloud(c);
            List<Contract> contracts = cloud.contracts();
            for (int i = 0; i < contracts.size(); i++) {
                Contract contract = contracts.get(i);
                int l = contract.labIndex();
                double used = held[l][c] > 0 ? allocation[c][i] * usedShare[l] : 0;
                if (contract.keepAllocation(t, allocation[c][i], used)) {
                    continue; // only its use moved: no money does (most contracts, at a change of demand alone)
                }
                double usd = contract.allocate(t, allocation[c][i], used);
                ledger.transfer(indices.lab(l), cloud, usd, Ledger.Cause.CONTRACT);
            }
        }
    }

    /** How many allocations there were so far: equal counts mean the same free chips and efficiencies. */
    long allocations() {
        return allocations;
    }

    /** Raw H100e of up chips of accelerator {@code a} on cloud {@code c} at the last allocation. */
    double capacityRaw(int c, int a) {
        double[] up = indices.cloud(c).upChipsByIndex();
        return a < up.length ? up[a] * h100e[a] : 0;
    }
}
