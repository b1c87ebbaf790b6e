package org.gigasim.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.SeriesKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code partial-result.bin} gives back exactly what was written, and says when it is cut short or foreign. */
class PartialResultFileTest {

    private static final PartialHeader HEADER = new PartialHeader("s", "abc", "name: s\n", 7, 5, "1.0", true, false,
            List.of("labs.a.x=1"));
    private static final double[] GRID = {0, 24, 48};

    @TempDir
    Path dir;

    @Test
    void everyBitComesBack() throws IOException {
        Path file = dir.resolve("p.bin");
        PartialResult written = new PartialResult(HEADER, 2, List.of(snapshot(2, 0.1 + 0.2), snapshot(3, -0.0)));
        PartialResultFile.write(file, written);
        PartialResult read = PartialResultFile.read(file);
        assertEquals(HEADER, read.header());
        assertEquals(2, read.from());
        assertEquals(4, read.to());
        for (int i = 0; i < 2; i++) {
            ReplicationSnapshot a = written.replications().get(i);
            ReplicationSnapshot b = read.replications().get(i);
            assertEquals(a.replication(), b.replication());
            assertEquals(a.eventsRun(), b.eventsRun());
            assertEquals(a.series().size(), b.series().size());
            for (int s = 0; s < a.series().size(); s++) {
                assertEquals(a.series().get(s).key(), b.series().get(s).key());
                assertArrayEquals(a.series().get(s).times(), b.series().get(s).times());
                // Bit for bit: 0.1 + 0.2 stays 0.30000000000000004, -0.0 stays negative.
                assertArrayEquals(bits(a.series().get(s).values()), bits(b.series().get(s).values()));
            }
            assertEquals(a.traceLines(), b.traceLines());
            assertArrayEquals(a.jobRows().get(0), b.jobRows().get(0));
        }
        // The grid is written once and shared on reading.
        assertSame(read.replications().get(0).series().get(0).times(), read.replications().get(1).series().get(1).times());
    }

    @Test
    void aCutShortOrForeignFileIsRefused() throws IOException {
        Path file = dir.resolve("p.bin");
        PartialResultFile.write(file, new PartialResult(HEADER, 0, List.of(snapshot(0, 1), snapshot(1, 2))));
        byte[] bytes = Files.readAllBytes(file);
        Path cut = dir.resolve("cut.bin");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length - 30));
        assertThrows(IOException.class, () -> PartialResultFile.read(cut));
        Path foreign = dir.resolve("foreign.bin");
        Files.writeString(foreign, "summary.json is not a partial result, whatever its length may be");
        IOException e = assertThrows(IOException.class, () -> PartialResultFile.read(foreign));
        assertTrue(e.getMessage().contains("cut short") || e.getMessage().contains("not a gigasim partial result"),
                e.getMessage());
    }

    /**
     * Every part of the file is covered by a CRC-32C (the header, each replication's record, the
     * end mark), which catches every burst of errors within 32 bits: so a damaged byte anywhere,
     * whichever it is, makes the file refused, never read as other figures.
     */
    @Test
    void aDamagedByteAnywhereIsRefusedNotReadAsOtherFigures() throws IOException {
        Path file = dir.resolve("p.bin");
        PartialResultFile.write(file, new PartialResult(HEADER, 0, List.of(snapshot(0, 1.5), snapshot(1, 2.25))));
        byte[] bytes = Files.readAllBytes(file);
        Path damaged = dir.resolve("damaged.bin");
        for (int at = 0; at < bytes.length; at++) {
            byte[] copy = bytes.clone();
            copy[at] ^= 0x5A;
            Files.write(damaged, copy);
            int position = at;
            IOException e = assertThrows(IOException.class, () -> PartialResultFile.read(damaged),
                    "byte " + position + " of " + bytes.length + " damaged, yet the file was read");
            assertTrue(e.getMessage() != null && !e.getMessage().isEmpty(), "byte " + at);
        }
        // Where the damage is, is said: a value inside replication 1's record.
        byte[] copy = bytes.clone();
        copy[bytes.length - 40] ^= 0x01;
        Files.write(damaged, copy);
        IOException e = assertThrows(IOException.class, () -> PartialResultFile.read(damaged));
        assertEquals("damaged (the record of replication 1 fails its checksum)", e.getMessage());
    }

    @Test
    void aReaderStopsAfterTheLastReplication() throws IOException {
        Path file = dir.resolve("p.bin");
        PartialResultFile.write(file, new PartialResult(HEADER, 4, List.of(snapshot(4, 1))));
        try (PartialResultReader reader = new PartialResultReader(file)) {
            assertEquals(5, reader.header().replications());
            assertEquals(4, reader.next().replication());
            assertNull(reader.next());
            assertNull(reader.next());
        }
    }

    @Test
    void keyStringsPastAFullTableComeBack() throws IOException {
        // The first snapshot's job cells fill the string table, so the keys after it are written
        // out in full each time, in consecutive series at the same place of the key.
        List<String[]> cells = new ArrayList<>();
        for (int i = 0; i < SnapshotEncoder.MAX_STRINGS; i += 4) {
            cells.add(new String[] {"a" + i, "a" + (i + 1), "a" + (i + 2), "a" + (i + 3)});
        }
        ReplicationSnapshot filling = new ReplicationSnapshot(0, 1L, List.of(), cells, List.of(), List.of());
        String late = "site-past-the-table";
        List<SeriesSnapshot> series = List.of(
                new SeriesSnapshot(SeriesKey.of(Metric.CAPACITY_H100E).site(late).cloud("c"), GRID.clone(),
                        new double[] {1, 2, 3}, new double[] {0, 24, 24}),
                new SeriesSnapshot(SeriesKey.of(Metric.CAPACITY_H100E).site(late).cloud("d"), GRID.clone(),
                        new double[] {4, 5, 6}, new double[] {0, 24, 24}));
        Path file = dir.resolve("full.bin");
        PartialResultFile.write(file, new PartialResult(HEADER, 0, List.of(filling,
                new ReplicationSnapshot(1, 2L, series, List.of(), List.of(), List.of()),
                new ReplicationSnapshot(2, 3L, series, List.of(), List.of(), List.of()))));
        PartialResult read = PartialResultFile.read(file);
        assertEquals(cells.get(cells.size() - 1)[3], read.replications().get(0).jobRows().get(cells.size() - 1)[3]);
        for (int r = 1; r < 3; r++) {
            List<SeriesSnapshot> back = read.replications().get(r).series();
            assertEquals(series.get(0).key(), back.get(0).key());
            assertEquals(series.get(1).key(), back.get(1).key());
            assertEquals(late, back.get(1).key().site());
        }
    }

    private static ReplicationSnapshot snapshot(int replication, double value) {
        SeriesSnapshot revenue = new SeriesSnapshot(SeriesKey.of(Metric.REVENUE_USD).cloud("c"), GRID.clone(),
                new double[] {value, 2 * value, 3 * value}, new double[] {0, 24, 24});
        SeriesSnapshot capacity = new SeriesSnapshot(SeriesKey.of(Metric.CAPACITY_H100E).cloud("c"), GRID.clone(),
                new double[] {1, 2, 3}, new double[] {0, 24, 24});
        String label = Integer.toString(replication);
        return new ReplicationSnapshot(replication, 100L + replication, List.of(capacity, revenue),
                List.<String[]>of(new String[] {label, "1", "lab, with comma"}), List.of(),
                List.of("{\"replication\":" + label + ",\"reason\":\"é\"}"));
    }

    private static long[] bits(double[] values) {
        return Arrays.stream(values).mapToLong(Double::doubleToRawLongBits).toArray();
    }
}
