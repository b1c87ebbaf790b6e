package org.gigasim.results;

import java.io.IOException;
import java.nio.file.Path;

/** Something written into an output folder after its data files and before it moves into place, such as charts. */
@FunctionalInterface
public interface OutputStep {

    /** Writes into {@code dir}, the temporary folder that becomes the output. */
    void writeInto(Path dir) throws IOException;
}
