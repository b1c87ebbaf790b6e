package org.gigasim.scenarios;

/**
 * One thing wrong with a scenario file, at a 1-based line and column; 0 means the
 * position is unknown (a missing file, say).
 */
public record Problem(String file, int line, int column, String message) {

    /** Reads {@code file:line:column: message}, or {@code file: message} without a position. */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column + ": " + message : file + ": " + message;
    }
}
