package org.gigasim.experiments;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.gigasim.results.OutputDirectory;
import org.gigasim.results.OutputStep;
import org.gigasim.results.PartialHeader;
import org.gigasim.results.PartialResultReader;
import org.gigasim.results.ReplicationSnapshot;

/**
 * {@code gigasim merge} without the command line: the partial results of shards (or of any
 * folders holding consecutive replications of one run) written as the run's outputs,
 * byte-identical to a single run. The shards are checked before anything is written: same
 * scenario content, seed, version and options, and together every replication exactly once.
 */
public final class MergeExperiment implements AutoCloseable {

    private final List<PartialResultReader> readers;
    private final PartialHeader header;

    private MergeExperiment(List<PartialResultReader> readers) {
        this.readers = readers;
        this.header = readers.get(0).header();
    }

    /**
     * Opens and checks the partial results in {@code dirs}.
     *
     * @throws ExperimentInputException naming the folder at fault: no partial result, a damaged
     *     one, one of another run, an overlap, or replications no folder holds
     */
    public static MergeExperiment check(List<Path> dirs) {
        if (dirs.isEmpty()) {
            throw new ExperimentInputException("merge needs the folders that gigasim run --shard I/N wrote");
        }
        List<PartialResultReader> readers = new ArrayList<>();
        try {
            for (Path dir : dirs) {
                readers.add(PartialFolders.open(dir, "the folders that gigasim run --shard I/N wrote"));
            }
            PartialResultReader first = readers.get(0);
            for (PartialResultReader r : readers) {
                String difference = first.header().difference(r.header());
                if (difference != null) {
                    throw new ExperimentInputException(folder(r) + " is not a shard of the same run as " + folder(first)
                            + ": " + difference + "; merge shards of one run only");
                }
            }
            readers.sort(Comparator.comparingInt(PartialResultReader::from));
            int next = 0;
            PartialResultReader previous = null;
            for (PartialResultReader r : readers) {
                if (r.from() < next) {
                    throw new ExperimentInputException(folder(r) + " (replications " + range(r) + ") overlaps "
                            + folder(previous) + " (replications " + range(previous) + "); give each shard once");
                }
                if (r.from() > next) {
                    throw new ExperimentInputException(missing(next, r.from()));
                }
                next = r.to();
                previous = r;
            }
            if (next < first.header().replications()) {
                throw new ExperimentInputException(missing(next, first.header().replications()));
            }
            return new MergeExperiment(readers);
        } catch (RuntimeException e) {
            closeAll(readers);
            throw e;
        }
    }

    /** The run the shards belong to. */
    public PartialHeader header() {
        return header;
    }

    /** Writes the run's outputs into {@code directory}, then {@code last} (charts), and moves it into place. */
    public RunExperiment.Outcome write(OutputDirectory directory, Consumer<String> phase, OutputStep last)
            throws IOException {
        RunPlan plan = RunPlan.of(header);
        long events = 0;
        phase.accept("merging " + header.replications() + " replications and writing the outputs...");
        try (RunOutput output = plan.open(directory)) {
            for (PartialResultReader reader : readers) {
                try {
                    for (ReplicationSnapshot s = reader.next(); s != null; s = reader.next()) {
                        events += s.eventsRun();
                        output.accept(s);
                    }
                } catch (IOException e) {
                    throw PartialFolders.damaged(reader.file(), e);
                }
            }
            output.finish(last);
            return new RunExperiment.Outcome(header.replications(), events, output.percentilesDropped());
        }
    }

    @Override
    public void close() {
        closeAll(readers);
    }

    private static String missing(int from, int to) {
        return "replications " + from + " to " + (to - 1) + " are in none of the folders given; run the shard that"
                + " holds them and merge again";
    }

    private static String folder(PartialResultReader r) {
        return String.valueOf(r.file().getParent());
    }

    private static String range(PartialResultReader r) {
        return r.from() + " to " + (r.to() - 1);
    }

    private static void closeAll(List<PartialResultReader> readers) {
        for (PartialResultReader r : readers) {
            try {
                r.close();
            } catch (IOException e) {
                // Only read from; nothing is lost.
            }
        }
    }
}
