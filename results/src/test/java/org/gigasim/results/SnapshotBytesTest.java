package org.gigasim.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.Recorder;
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

    @Test
    void seriesSampledAlikeShareTheirGridsAndEncodeAsCopiesWould() {
        Recorder recorder = new Recorder();
        SeriesKey a = SeriesKey.of(Metric.CAPACITY_H100E).cloud("a");
        SeriesKey b = SeriesKey.of(Metric.CAPACITY_H100E).cloud("b");
        SeriesKey c = SeriesKey.of(Metric.CAPACITY_H100E).cloud("c");
        for (int day = 0; day < 5; day++) {
            recorder.record(a, 24.0 * day, 1.5 * day, 24);
            recorder.record(b, 24.0 * day, -2.25 * day, 24);
            // Same times as a and b, other weights; then -0.0 against 0.0, equal as numbers, not as bits.
            recorder.record(c, 24.0 * day, 7, day == 4 ? 12 : 24);
        }
        List<SeriesSnapshot> shared = SeriesSnapshot.of(recorder);
        assertSame(shared.get(0).times(), shared.get(1).times());
        assertSame(shared.get(0).weights(), shared.get(1).weights());
        assertSame(shared.get(1).times(), shared.get(2).times());
        assertNotSame(shared.get(1).weights(), shared.get(2).weights());
        assertArrayEquals(new double[] {24, 24, 24, 24, 12}, shared.get(2).weights());
        assertArrayEquals(new double[] {-0.0, -2.25, -4.5, -6.75, -9}, shared.get(1).values());

        // The encoder writes a shared grid exactly as it writes equal copies, within and across snapshots.
        List<SeriesSnapshot> copies = new ArrayList<>();
        for (SeriesSnapshot one : shared) {
            copies.add(new SeriesSnapshot(one.key(), one.times().clone(), one.values(), one.weights().clone()));
        }
        SnapshotEncoder sharing = new SnapshotEncoder();
        SnapshotEncoder copying = new SnapshotEncoder();
        for (int replication = 0; replication < 2; replication++) {
            assertArrayEquals(copying.encode(snapshot(replication, copies)), sharing.encode(snapshot(replication, shared)));
        }

        Recorder signed = new Recorder();
        signed.record(a, 0, 1, 0.0);
        signed.record(b, 0, 1, -0.0);
        List<SeriesSnapshot> zeros = SeriesSnapshot.of(signed);
        assertNotSame(zeros.get(0).weights(), zeros.get(1).weights());
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(zeros.get(1).weights()[0]));
    }

    private static ReplicationSnapshot snapshot(int replication, List<SeriesSnapshot> series) {
        return new ReplicationSnapshot(replication, 10L, series, List.of(), List.of(), List.of());
    }

    private static long[] bits(double[] values) {
        return Arrays.stream(values).mapToLong(Double::doubleToRawLongBits).toArray();
    }
}
