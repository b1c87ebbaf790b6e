package org.gigasim.spark;

/** A problem with what the user gave (an option, a scenario, an output folder): one message, exit status 2. */
final class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InvalidInputException(String message) {
        super(message);
    }
}
