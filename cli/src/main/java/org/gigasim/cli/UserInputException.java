package org.gigasim.cli;

/**
 * A failure the user can fix: the message names the option or file (with line and column)
 * and says what to do. Reported as one line with exit status 2, never a stack trace.
 */
public final class UserInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure described by {@code message}. */
    public UserInputException(String message) {
        super(message);
    }
}
