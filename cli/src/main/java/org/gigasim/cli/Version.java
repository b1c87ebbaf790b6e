package org.gigasim.cli;

import org.gigasim.results.BuildInfo;
import picocli.CommandLine.IVersionProvider;

/** What {@code --version} prints: the gigasim version of {@link BuildInfo} and the Java running it. */
public final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return BuildInfo.versionLines("gigasim");
    }
}
