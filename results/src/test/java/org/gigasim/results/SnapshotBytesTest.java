package org.gigasim.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.SeriesKey;
import org.junit.jupiter.api.Test;

/** A snapshot Java-serializes in its compact form and comes back equal, value bits included. */
class SnapshotBytesTest {

    @Test
    void aSerializedSnapshotComesBackExactAndSmall() throws Exception {
        double[] grid = new double[400];
        double[] weights = new double[400];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = 24.0 * i;
            weights[i] = i == 0 ? 0 : 24;
        }
        List<SeriesSnapshot> series = new ArrayList<>();
        for (int s = 0; s < 50; s++) {
            double[] values = new double[grid.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = i < 100 ? 0 : (s + 1) * Math.floor(i / 30.0) + 0.1;   // zeros, then steps
            }
            series.add(new SeriesSnapshot(SeriesKey.of(Metric.CAPACITY_H100E).cloud("cloud-" + s).lab("lab"),
                    grid.clone(), values, weights.clone()));
        }
        ReplicationSnapshot snapshot = new ReplicationSnapshot(3, 12345L, series,
                List.<String[]>of(new String[] {"3", "7", "lab"}), List.of(), List.of("{\"replication\":3}"));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(snapshot);
        }
        ReplicationSnapshot back;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = (ReplicationSnapshot) in.readObject();
        }

        assertEquals(3, back.replication());
        assertEquals(12345L, back.eventsRun());
        for (int s = 0; s < series.size(); s++) {
            assertEquals(series.get(s).key(), back.series().get(s).key());
            assertArrayEquals(series.get(s).times(), back.series().get(s).times());
            assertArrayEquals(bits(series.get(s).values()), bits(back.series().get(s).values()));
            assertArrayEquals(series.get(s).weights(), back.series().get(s).weights());
        }
        assertArrayEquals(snapshot.jobRows().get(0), back.jobRows().get(0));
        assertEquals(snapshot.traceLines(), back.traceLines());
        // 50 series x 400 doubles x 3 arrays are 480,000 bytes as plain doubles; grids are written once,
        // and a value series of 14 steps costs about 14 x 5 bytes.
        assertTrue(bytes.size() < 20_000, bytes.size() + " bytes");
    }

    private static long[] bits(double[] values) {
        return Arrays.stream(values).mapToLong(Double::doubleToRawLongBits).toArray();
    }
}
