/**
 * The {@code gigasim} command line: one picocli command per verb. Exit status 0 on
 * success, 2 on invalid input (one message, no stack trace), 1 on an internal error.
 */
package org.gigasim.cli;
