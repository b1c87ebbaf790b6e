package org.gigasim.model.site;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.SiteSpec;

/**
 * A site's mutable state. Chips are installed only where facility power is free: a chip
 * of type a draws {@code kwItPerChip(a) × pue} kW. Delivered chips wait, in arrival order,
 * until power frees up; those waiting are stranded chips, and online power no chip uses
 * is stranded power. While an outage holds the site down its chips provide no capacity.
 */
public final class Site {

    private final SiteSpec spec;
    private final String cloud;
    private final Map<String, AcceleratorSpec> accelerators;
    private final Map<String, Double> delivered = new LinkedHashMap<>();
    /** Positions in {@link #accelerators}' order, and per position the facility MW per chip and chips delivered. */
    private final Map<String, Integer> position = new java.util.HashMap<>();
    private final double[] mwPerChipAt;
    private final double[] deliveredAt;
    private final double[] installedAt;
    private final Deque<Batch> waiting = new ArrayDeque<>();
    private double powerOnlineMw;
    private double powerUsedMw;
    private double installedH100e;
    private double[] nominalPowerHours = new double[4];
    private double[] nominalPowerMw = new double[4];
    private double[] expectedPowerDelayHours = new double[4];
    private int nominalPowerCount;
    /**
     * Sums of the first i milestones' MW, added in order ({@code [0]} is 0), and whether the
     * milestones are due (nominally, and as expected) in ascending order. While they are, the
     * milestones online by a time are a prefix of them, and their MW is read from these sums:
     * the same additions in the same order as the loop over all of them.
     */
    private double[] nominalPowerPrefixMw = new double[5];
    private boolean nominalAscending = true;
    private boolean expectedAscending = true;
    private final java.util.List<NominalDeliveries> nominalDeliveries = new java.util.ArrayList<>();
    private final java.util.List<Retirement> retirements = new java.util.ArrayList<>();
    /** The accelerator position of each delivery schedule and planned retirement, in their order. */
    private int[] deliveryPositions = new int[4];
    private int[] retirementPositions = new int[8];

    /**
     * A delivery schedule as planned (without slips): the hours each batch of {@code chips} is
     * due (in ascending order), and the mean slip of a batch in hours.
     */
    public record NominalDeliveries(String accelerator, double chips, double[] hours, double expectedSlipHours) {

        /** A schedule whose batches are expected on time. */
        public NominalDeliveries(String accelerator, double chips, double[] hours) {
            this(accelerator, chips, hours, 0);
        }
    }

    /** {@code chips} of {@code accelerator} due to retire at {@code hours}. */
    public record Retirement(double hours, String accelerator, double chips) {
    }
    private int outagesInForce;
    /** Counts the changes of what the site shows (power, chips, outages): equal counts mean the same state. */
    private long changes;
    /** {@link #strandedChips()} as of {@link #strandedAt} changes (-1: not yet summed). */
    private double strandedChips;
    private long strandedAt = -1;

    private static final class Batch {
        final String accelerator;
        double chips;

        Batch(String accelerator, double chips) {
            this.accelerator = accelerator;
            this.chips = chips;
        }
    }

    /**
     * A site of {@code cloud} with nothing online yet. Its accelerator positions follow the
     * iteration order of {@code accelerators}, which must be the world's index order (an ordered
     * map: the world passes its accelerators in that order).
     */
    public Site(SiteSpec spec, String cloud, Map<String, AcceleratorSpec> accelerators) {
        this.spec = spec;
        this.cloud = cloud;
        this.accelerators = accelerators;
        mwPerChipAt = new double[accelerators.size()];
        deliveredAt = new double[accelerators.size()];
        installedAt = new double[accelerators.size()];
        int i = 0;
        for (AcceleratorSpec acc : accelerators.values()) {
            position.put(acc.id(), i);
            mwPerChipAt[i++] = acc.kwItPerChip() * spec.pue() / 1000.0;
        }
    }

    public String id() {
        return spec.id();
    }

    public String region() {
        return spec.region();
    }

    public String cloud() {
        return cloud;
    }

    public double pue() {
        return spec.pue();
    }

    public SiteSpec spec() {
        return spec;
    }

    /** Brings {@code mw} more facility power online and installs waiting chips it can power. */
    public void addPower(double mw) {
        changes++;
        powerOnlineMw += mw;
        install();
    }

    /** Receives {@code chips} of an accelerator; they are installed as power allows. */
    public void deliver(String accelerator, double chips) {
        if (chips <= 0) {
            return;
        }
        changes++;
        delivered.merge(accelerator, chips, Double::sum);
        deliveredAt[position.get(accelerator)] += chips;
        waiting.addLast(new Batch(accelerator, chips));
        install();
    }

    private void install() {
        while (!waiting.isEmpty()) {
            Batch batch = waiting.peekFirst();
            double mwPerChip = facilityMwPerChip(batch.accelerator);
            double freeMw = Math.max(0, powerOnlineMw - powerUsedMw);
            double fit = Math.min(batch.chips, freeMw / mwPerChip);
            if (fit <= 0) {
                return;
            }
            installedAt[position.get(batch.accelerator)] += fit;
            installedH100e += fit * accelerators.get(batch.accelerator).h100e();
            powerUsedMw = Math.min(powerOnlineMw, powerUsedMw + fit * mwPerChip);
            batch.chips -= fit;
            if (batch.chips > 1e-9 * Math.max(1, fit)) {
                return;
            }
            waiting.removeFirst();
        }
    }

    /** Facility megawatts one chip of {@code accelerator} draws here. */
    public double facilityMwPerChip(String accelerator) {
        // The same product the constructor stored, so the same bits, without recomputing it.
        return mwPerChipAt[position.get(accelerator)];
    }

    /**
     * Facility megawatts one chip of the accelerator at position {@code a} draws here; positions
     * follow the order of the accelerator map the site was built with (the world's index order).
     */
    public double facilityMwPerChip(int a) {
        return mwPerChipAt[a];
    }

    /** Starts an outage; outages may overlap, and the site is down while any holds. */
    public void beginOutage() {
        changes++;
        outagesInForce++;
    }

    /** Ends one outage. */
    public void endOutage() {
        changes++;
        outagesInForce = Math.max(0, outagesInForce - 1);
    }

    public boolean isUp() {
        return outagesInForce == 0;
    }

    public double powerOnlineMw() {
        return powerOnlineMw;
    }

    public double powerUsedMw() {
        return powerUsedMw;
    }

    public double strandedPowerMw() {
        return Math.max(0, powerOnlineMw - powerUsedMw);
    }

    /** Records a power milestone as planned: {@code mw} due at {@code hours}, before any delay. */
    public void addNominalMilestone(double hours, double mw) {
        addNominalMilestone(hours, mw, 0);
    }

    /** Records a power milestone as planned, due at {@code hours} and expected {@code expectedDelayHours} later. */
    public void addNominalMilestone(double hours, double mw, double expectedDelayHours) {
        if (nominalPowerCount == nominalPowerHours.length) {
            nominalPowerHours = java.util.Arrays.copyOf(nominalPowerHours, nominalPowerCount * 2);
            nominalPowerMw = java.util.Arrays.copyOf(nominalPowerMw, nominalPowerCount * 2);
            expectedPowerDelayHours = java.util.Arrays.copyOf(expectedPowerDelayHours, nominalPowerCount * 2);
            nominalPowerPrefixMw = java.util.Arrays.copyOf(nominalPowerPrefixMw, nominalPowerCount * 2 + 1);
        }
        int i = nominalPowerCount;
        if (i > 0) {
            nominalAscending &= nominalPowerHours[i - 1] <= hours;
            expectedAscending &= nominalPowerHours[i - 1] + expectedPowerDelayHours[i - 1] <= hours + expectedDelayHours;
        }
        nominalPowerHours[i] = hours;
        nominalPowerMw[i] = mw;
        expectedPowerDelayHours[i] = expectedDelayHours;
        nominalPowerPrefixMw[i + 1] = nominalPowerPrefixMw[i] + mw;
        nominalPowerCount++;
    }

    /** Facility MW the planned milestones are expected to bring online by {@code t}: each due date plus its mean delay. */
    public double expectedPowerMwAt(double t) {
        if (expectedAscending) {
            int lo = 0;
            int hi = nominalPowerCount;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (nominalPowerHours[mid] + expectedPowerDelayHours[mid] <= t) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return nominalPowerPrefixMw[lo];
        }
        double mw = 0;
        for (int i = 0; i < nominalPowerCount; i++) {
            if (nominalPowerHours[i] + expectedPowerDelayHours[i] <= t) {
                mw += nominalPowerMw[i];
            }
        }
        return mw;
    }

    /** Plans the retirement of {@code chips} of {@code accelerator} at {@code hours}; {@link #retire} carries it out. */
    public void planRetirement(double hours, String accelerator, double chips) {
        if (retirements.size() == retirementPositions.length) {
            retirementPositions = java.util.Arrays.copyOf(retirementPositions, 2 * retirements.size());
        }
        retirementPositions[retirements.size()] = position.getOrDefault(accelerator, -1);
        retirements.add(new Retirement(hours, accelerator, chips));
    }

    /** The accelerator position (see {@link #deliveredChips(int)}) of retirement {@code i}, or -1 if not one of the site's. */
    public int retirementPosition(int i) {
        return retirementPositions[i];
    }

    /** Retirements planned so far, in the order they were planned. */
    public java.util.List<Retirement> retirements() {
        return retirements;
    }

    /**
     * Retires {@code chips} of {@code accelerator}: first those still waiting for power (oldest
     * first), then installed ones; the power they free installs waiting chips.
     */
    public void retire(String accelerator, double chips) {
        changes++;
        double left = Math.min(chips, deliveredChips(accelerator));
        for (java.util.Iterator<Batch> it = waiting.iterator(); it.hasNext() && left > 0;) {
            Batch batch = it.next();
            if (batch.accelerator.equals(accelerator)) {
                double cut = Math.min(left, batch.chips);
                batch.chips -= cut;
                left -= cut;
                delivered.merge(accelerator, -cut, Double::sum);
                deliveredAt[position.get(accelerator)] += -cut;
                if (batch.chips <= 0) {
                    it.remove();
                }
            }
        }
        double out = Math.min(left, installedChips(accelerator));
        if (out > 0) {
            installedAt[position.get(accelerator)] += -out;
            delivered.merge(accelerator, -out, Double::sum);
            deliveredAt[position.get(accelerator)] += -out;
            installedH100e -= out * accelerators.get(accelerator).h100e();
            powerUsedMw = Math.max(0, powerUsedMw - out * facilityMwPerChip(accelerator));
        }
        install();
    }

    /** Facility MW the planned milestones (the scenario's and those added by events) bring online by {@code t}. */
    public double nominalPowerMwAt(double t) {
        if (nominalAscending) {
            int lo = 0;
            int hi = nominalPowerCount;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (nominalPowerHours[mid] <= t) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return nominalPowerPrefixMw[lo];
        }
        double mw = 0;
        for (int i = 0; i < nominalPowerCount; i++) {
            if (nominalPowerHours[i] <= t) {
                mw += nominalPowerMw[i];
            }
        }
        return mw;
    }

    /** Records a delivery schedule as planned. */
    public void addNominalDeliveries(NominalDeliveries schedule) {
        if (nominalDeliveries.size() == deliveryPositions.length) {
            deliveryPositions = java.util.Arrays.copyOf(deliveryPositions, 2 * nominalDeliveries.size());
        }
        deliveryPositions[nominalDeliveries.size()] = position.getOrDefault(schedule.accelerator(), -1);
        nominalDeliveries.add(schedule);
    }

    /** The accelerator position (see {@link #deliveredChips(int)}) of delivery schedule {@code i}, or -1 if not one of the site's. */
    public int nominalDeliveryPosition(int i) {
        return deliveryPositions[i];
    }

    /** The planned delivery schedules, in the order they were added. */
    public java.util.List<NominalDeliveries> nominalDeliveries() {
        return nominalDeliveries;
    }

    /** Raw H100e of the chips installed (whether or not the site is up). */
    public double installedH100e() {
        return installedH100e;
    }

    /**
     * How many times the site's state changed: power brought online, chips delivered or
     * retired, an outage begun or ended. Everything the site reports (power, chips, whether it
     * is up) is the same while this count is.
     */
    public long changes() {
        return changes;
    }

    /** Chips delivered and waiting for power. */
    public double strandedChips() {
        if (strandedAt != changes) {
            // Summed in arrival order as always, once per change of the waiting batches.
            double sum = 0;
            for (Batch batch : waiting) {
                sum += batch.chips;
            }
            strandedChips = sum;
            strandedAt = changes;
        }
        return strandedChips;
    }

    /** Chips of {@code accelerator} installed (whether or not the site is up). */
    public double installedChips(String accelerator) {
        // The array kept beside the map holds the same sums: read it without boxing a default.
        Integer at = position.get(accelerator);
        return at == null ? 0.0 : installedAt[at];
    }

    /** Chips of {@code accelerator} delivered so far and not retired, installed or waiting. */
    public double deliveredChips(String accelerator) {
        Integer at = position.get(accelerator);
        return at == null ? 0.0 : deliveredAt[at];
    }

    /** Chips of the accelerator at position {@code a} (see {@link #facilityMwPerChip(int)}) delivered and not retired. */
    public double deliveredChips(int a) {
        return deliveredAt[a];
    }

    /** Chips of the accelerator at position {@code a} (see {@link #facilityMwPerChip(int)}) providing capacity now. */
    public double upChips(int a) {
        return isUp() ? installedAt[a] : 0.0;
    }

    /** Chips of {@code accelerator} providing capacity now: installed, and the site up. */
    public double upChips(String accelerator) {
        return isUp() ? installedChips(accelerator) : 0.0;
    }

    /** Accelerator ids with chips delivered here, in first-delivery order. */
    public Iterable<String> acceleratorsDelivered() {
        return delivered.keySet();
    }
}
