package org.gigasim.results;

import java.io.IOException;

/**
 * An output folder gigasim will not write: it holds someone else's files, another run is
 * writing it, or it is not a folder. The message says what to do; nothing was changed.
 */
public final class OutputRefusedException extends IOException {

    private static final long serialVersionUID = 1L;

    public OutputRefusedException(String message) {
        super(message);
    }
}
