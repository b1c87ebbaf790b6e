package org.gigasim.model.world.observation;

import java.util.LinkedHashMap;
import java.util.Map;
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
 * region or a lab and cloud join when its first contract reserves something.
 */
final class ReservationLevels {

    private final Indices indices;
    private final Probes probes;
    private final double[] h100e;
    private final Level[] reserved;
    private final Level[] unavailable;
    private final Map<String, Level[]> byRegion = new LinkedHashMap<>();
    private final Map<String, Level> byLab = new LinkedHashMap<>();
    /** Scratch sums of one decision, per series key, in the order the series joined. */
    private final Map<String, double[]> sums = new LinkedHashMap<>();

    ReservationLevels(Indices indices, Probes probes) {
        this.indices = indices;
        this.probes = probes;
        h100e = indices.accelerators().stream().mapToDouble(AcceleratorSpec::h100e).toArray();
        int clouds = indices.cloudCount();
        reserved = new Level[clouds];
        unavailable = new Level[clouds];
        for (int c = 0; c < clouds; c++) {
            SeriesKey key = SeriesKey.of(Metric.RESERVED_H100E).cloud(indices.cloud(c).id());
            reserved[c] = probes.level(key, null, 0);
            unavailable[c] = probes.integralOnly(key.as(Metric.RESERVED_UNAVAILABLE_H100E_HOURS), 0);
        }
    }

    /** Sets every level from the contracts' reservations and allocations at {@code t}. */
    void afterAllocation(double t) {
        sums.values().forEach(row -> java.util.Arrays.fill(row, 0));
        for (int c = 0; c < reserved.length; c++) {
            Cloud cloud = indices.cloud(c);
            double cloudReserved = 0;
            double cloudLost = 0;
            for (Contract contract : cloud.contracts()) {
                double chips = contract.reservedChips(t);
                if (chips <= 0) {
                    continue;
                }
                double raw = chips * h100e[contract.acceleratorIndex()];
                double lost = Math.max(0, chips - contract.allocatedChips()) * h100e[contract.acceleratorIndex()];
                cloudReserved += raw;
                cloudLost += lost;
                add(cloud.id() + "\u0000" + contract.lab(), t, null, contract.lab(), cloud.id())[1] += lost;
                if (contract.region() != null) {
                    double[] row = add(cloud.id() + "\u0001" + contract.region(), t, contract.region(), null, cloud.id());
                    row[0] += raw;
                    row[1] += lost;
                }
            }
            reserved[c].set(t, cloudReserved);
            unavailable[c].set(t, cloudLost);
        }
        for (Map.Entry<String, double[]> sum : sums.entrySet()) {
            Level[] region = byRegion.get(sum.getKey());
            if (region != null) {
                region[0].set(t, sum.getValue()[0]);
                region[1].set(t, sum.getValue()[1]);
            } else {
                byLab.get(sum.getKey()).set(t, sum.getValue()[1]);
            }
        }
    }

    /** The scratch row of a region's or a lab's series, wiring the series the first time. */
    private double[] add(String id, double t, String region, String lab, String cloud) {
        double[] row = sums.get(id);
        if (row == null) {
            row = new double[2];
            sums.put(id, row);
            SeriesKey key = SeriesKey.of(Metric.RESERVED_UNAVAILABLE_H100E_HOURS).cloud(cloud);
            if (region != null) {
                byRegion.put(id, new Level[] {probes.level(SeriesKey.of(Metric.RESERVED_H100E).cloud(cloud)
                        .region(region), null, t), probes.integralOnly(key.region(region), t)});
            } else {
                byLab.put(id, probes.integralOnly(key.lab(lab), t));
            }
        }
        return row;
    }
}
