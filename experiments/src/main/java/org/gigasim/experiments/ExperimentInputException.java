package org.gigasim.experiments;

import java.io.Serial;

/**
 * Input an experiment cannot run with (a scenario the world refuses to build, shards that do
 * not fit together, a folder that cannot be extended), described for the user in one message.
 */
public final class ExperimentInputException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A problem described by {@code message}: what is wrong and what to do. */
    public ExperimentInputException(String message) {
        super(message);
    }
}
