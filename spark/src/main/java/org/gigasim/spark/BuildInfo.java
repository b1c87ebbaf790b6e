package org.gigasim.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The gigasim version and build commit this jar was built from, for {@code manifest.json} and {@code --version}. */
final class BuildInfo implements IVersionProvider {

    /** The version string, such as {@code 0.1.0}. */
    static String version() {
        return property("version");
    }

    /** The commit the jar was built from, or {@code unknown} if it was built without git. */
    static String commit() {
        return property("commit");
    }

    private static String property(String name) {
        try (InputStream in = BuildInfo.class.getResourceAsStream("version.properties")) {
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

    @Override
    public String[] getVersion() {
        return new String[] {"gigasim-spark " + version(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
