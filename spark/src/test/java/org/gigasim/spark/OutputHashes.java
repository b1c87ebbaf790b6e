package org.gigasim.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;
import org.gigasim.cli.Main;
import org.gigasim.results.OutputDirectory;

/** Runs gigasim and gigasim-spark into the same folder in turn and fingerprints what each wrote. */
final class OutputHashes {

    private OutputHashes() {
    }

    /** The SHA-256 of every file {@code gigasim ARGS} writes into {@code out} (the last two arguments are {@code --out out}). */
    static Map<String, String> ofGigasim(Path out, String... args) throws IOException {
        StringWriter err = new StringWriter();
        int status = Main.execute(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        if (status != 0) {
            throw new AssertionError("gigasim " + String.join(" ", args) + " exited " + status + ": " + err);
        }
        return takeAway(out);
    }

    /** Like {@link #ofGigasim}, for {@code gigasim-spark ARGS} on {@code spark}. */
    static Map<String, String> ofSpark(JavaSparkContext spark, Path out, String... args) throws IOException {
        return ofSpark(spark, out, new StringWriter(), args);
    }

    /** Like {@link #ofSpark(JavaSparkContext, Path, String...)}, keeping what the command printed in {@code console}. */
    static Map<String, String> ofSpark(JavaSparkContext spark, Path out, StringWriter console, String... args)
            throws IOException {
        StringWriter err = new StringWriter();
        int status = SparkMain.execute(args, SparkContexts.shared(spark), new PrintWriter(console, true),
                new PrintWriter(err, true));
        if (status != 0) {
            throw new AssertionError("gigasim-spark " + String.join(" ", args) + " exited " + status + ": " + err);
        }
        return takeAway(out);
    }

    /** The hashes of the files under {@code out} by relative path; the folder is deleted, ready for the next run. */
    private static Map<String, String> takeAway(Path out) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                hashes.put(out.relativize(file).toString(), sha256(Files.readAllBytes(file)));
            }
        }
        OutputDirectory.deleteTree(out);
        return hashes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
