package org.gigasim.results;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code trace.jsonl}: one JSON object per decision, each replication's written as it arrives. */
final class TraceWriter implements Closeable {

    static final String FILE = OutputFiles.TRACE;

    private final BufferedWriter out;

    TraceWriter(Path directory) throws IOException {
        this.out = Files.newBufferedWriter(directory.resolve(FILE), StandardCharsets.UTF_8);
    }

    /** Writes one replication's lines, formatted when its snapshot was taken. */
    void replication(List<String> lines) throws IOException {
        for (String line : lines) {
            out.write(line);
            out.write('\n');
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
