package org.gigasim.results;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The gigasim version and the commit this build came from, as {@code manifest.json},
 * {@code summary.json} and {@code --version} record them: read from a resource the build writes
 * into this module, so every command line (gigasim, gigasim-spark) reports the same.
 */
public final class BuildInfo {

    private static final String RESOURCE = "build.properties";

    private BuildInfo() {
    }

    /** The version string, such as {@code 0.1.0}. */
    public static String version() {
        return property("version");
    }

    /** The commit the build came from, or {@code unknown} if it was built without git. */
    public static String commit() {
        return property("commit");
    }

    /** The version line and the Java running it, as {@code --version} prints them for {@code program}. */
    public static String[] versionLines(String program) {
        return new String[] {program + " " + version(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }

    private static String property(String name) {
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            String value = properties.getProperty(name, "unknown").trim();
            return value.isEmpty() || value.startsWith("${") ? "unknown" : value;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
