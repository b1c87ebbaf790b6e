package org.gigasim.experiments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.gigasim.results.OutputFiles;
import org.gigasim.results.PartialResultReader;

/** Opens the partial result an output folder keeps, with one message for the user when it cannot. */
final class PartialFolders {

    private PartialFolders() {
    }

    /**
     * The reader of {@code dir}'s {@value OutputFiles#PARTIAL_RESULT}, its header and range read.
     *
     * @throws ExperimentInputException if the folder has none, or it is damaged or of another format
     */
    static PartialResultReader open(Path dir, String what) {
        Path file = dir.resolve(OutputFiles.PARTIAL_RESULT);
        if (!Files.isDirectory(dir)) {
            throw new ExperimentInputException(dir + " is not a folder; give " + what);
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new ExperimentInputException(dir + " holds no " + OutputFiles.PARTIAL_RESULT + "; give " + what);
        }
        try {
            return new PartialResultReader(file);
        } catch (IOException e) {
            throw damaged(file, e);
        }
    }

    static ExperimentInputException damaged(Path file, IOException e) {
        return new ExperimentInputException(file + " cannot be read: " + (e.getMessage() == null
                ? e.getClass().getSimpleName() : e.getMessage()) + "; run those replications again");
    }
}
