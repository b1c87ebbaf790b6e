package org.gigasim.spark;

import org.gigasim.results.BuildInfo;
import picocli.CommandLine.IVersionProvider;

/** What {@code --version} prints: the gigasim version of {@link BuildInfo} and the Java running it. */
final class SparkVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return BuildInfo.versionLines("gigasim-spark");
    }
}
