package org.gigasim.charts;

import java.io.IOException;

/** An output folder whose files gigasim cannot chart: the message names the file and what is wrong with it. */
public final class DamagedOutputException extends IOException {

    private static final long serialVersionUID = 1L;

    public DamagedOutputException(String message) {
        super(message);
    }
}
