package org.gigasim.model.world.observation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gigasim.model.cloud.Cloud;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.metrics.Level;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.world.core.Indices;

/**
 * What contracts reserve and what their clouds fail to make available, in raw H100e: per
 * cloud, per region (contracts reserved at a site or in a region only) and, for the lost part,
 * per lab and cloud. Set after each routing decision that reallocated chips; the series of a
 * region or of a lab and cloud join when its first contract reserves something.
 */
final class ReservationLevels {

    private final Indices indices;
    private final Probes probes;
    private final double[] h100e;
    private final Level[] reserved;
    private final Level[] unavailable;
    /** Per cloud and lab, the lost reservation's level (null until the pair reserves something) and its sum. */
    private final Level[][] labLost;
    private final double[][] labSum;
    /** Per cloud, its regions with scoped contracts, their reserved and lost levels and sums. */
    private final List<List<String>> regions = new ArrayList<>();
    private final List<List<Level[]>> regionLevels = new ArrayList<>();
    private final List<List<double[]>> regionSums = new ArrayList<>();
    /**
     * Per cloud and contract (in the cloud's signing order), the index of the contract's region
     * among the cloud's, once it reserved something (-1 before, or without a region).
     */
    private final int[][] regionOf;

    ReservationLevels(Indices indices, Probes probes) {
        this.indices = indices;
        this.probes = probes;
        h100e = indices.accelerators().stream().mapToDouble(AcceleratorSpec::h100e).toArray();
        int clouds = indices.cloudCount();
        reserved = new Level[clouds];
        unavailable = new Level[clouds];
        labLost = new Level[clouds][indices.labCount()];
        labSum = new double[clouds][indices.labCount()];
        regionOf = new int[clouds][0];
        for (int c = 0; c < clouds; c++) {
            SeriesKey key = SeriesKey.of(Metric.RESERVED_H100E).cloud(indices.cloud(c).id());
            reserved[c] = probes.level(key, null, 0);
            unavailable[c] = probes.integralOnly(key.as(Metric.RESERVED_UNAVAILABLE_H100E_HOURS), 0);
            regions.add(new ArrayList<>());
            regionLevels.add(new ArrayList<>());
            regionSums.add(new ArrayList<>());
        }
    }

    /** Sets every level from the contracts' reservations and allocations at {@code t}. */
    void afterAllocation(double t) {
        for (int c = 0; c < reserved.length; c++) {
            Cloud cloud = indices.cloud(c);
            Arrays.fill(labSum[c], 0);
            regionSums.get(c).forEach(row -> Arrays.fill(row, 0));
            double cloudReserved = 0;
            double cloudLost = 0;
            List<Contract> contracts = cloud.contracts();
            if (regionOf[c].length < contracts.size()) {
                int known = regionOf[c].length;
                regionOf[c] = Arrays.copyOf(regionOf[c], contracts.size());
                Arrays.fill(regionOf[c], known, contracts.size(), -1);
            }
            for (int i = 0; i < contracts.size(); i++) {
                Contract contract = contracts.get(i);
                double chips = contract.reservedChips(t);
                if (chips <= 0) {
                    continue;
                }
                double perChip = h100e[contract.acceleratorIndex()];
                double raw = chips * perChip;
                double lost = Math.max(0, chips - contract.allocatedChips()) * perChip;
                cloudReserved += raw;
                cloudLost += lost;
                int l = contract.labIndex();
                if (labLost[c][l] == null) {
                    labLost[c][l] = probes.integralOnly(SeriesKey.of(Metric.RESERVED_UNAVAILABLE_H100E_HOURS)
                            .cloud(cloud.id()).lab(contract.lab()), t);
                }
                labSum[c][l] += lost;
                if (contract.region() != null) {
                    if (regionOf[c][i] < 0) {
                        regionOf[c][i] = region(c, cloud.id(), contract.region(), t);
                    }
                    double[] row = regionSums.get(c).get(regionOf[c][i]);
                    row[0] += raw;
                    row[1] += lost;
                }
            }
            reserved[c].set(t, cloudReserved);
            unavailable[c].set(t, cloudLost);
            for (int l = 0; l < labSum[c].length; l++) {
                if (labLost[c][l] != null) {
                    labLost[c][l].set(t, labSum[c][l]);
                }
            }
            for (int r = 0; r < regions.get(c).size(); r++) {
                Level[] pair = regionLevels.get(c).get(r);
                double[] row = regionSums.get(c).get(r);
                pair[0].set(t, row[0]);
                pair[1].set(t, row[1]);
            }
        }
    }

    /** The index of {@code region} among cloud {@code c}'s, wiring its series the first time. */
    private int region(int c, String cloud, String region, double t) {
        int r = regions.get(c).indexOf(region);
        if (r < 0) {
            r = regions.get(c).size();
            regions.get(c).add(region);
            SeriesKey key = SeriesKey.of(Metric.RESERVED_H100E).cloud(cloud).region(region);
            regionLevels.get(c).add(new Level[] {probes.level(key, null, t),
                probes.integralOnly(key.as(Metric.RESERVED_UNAVAILABLE_H100E_HOURS), t)});
            regionSums.get(c).add(new double[2]);
        }
        return r;
    }
}
