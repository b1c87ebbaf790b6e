package org.gigasim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs {@link Main} in-process and keeps what it printed, for the command tests. */
final class Cli {

    /** The exit status and what went to standard output and standard error, with Unix line ends. */
    record Result(int status, String out, String err) {
    }

    private Cli() {
    }

    static Result gigasim(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(status, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
    }
}
