package org.gigasim.results;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a partial result belongs to: the run whose replications it holds. Partial results
 * merge only if their headers are equal, so shards of different scenarios, seeds, versions or
 * options never mix.
 *
 * @param scenario the scenario's name
 * @param contentSha256 the SHA-256 of the scenario's resolved content, as in {@code manifest.json}
 * @param resolvedYaml the scenario as it ran ({@code scenario.resolved.yaml}), from which it is run again
 * @param seed the run's seed
 * @param replications how many replications the whole run has
 * @param gigasimVersion the version that ran the replications
 * @param trace whether the replications traced their decisions ({@code --trace})
 * @param keepReplications whether {@code timeseries_replications.csv} is written
 * @param overrides the {@code --set} values, as in {@code manifest.json}
 */
public record PartialHeader(String scenario, String contentSha256, String resolvedYaml, long seed, int replications,
        String gigasimVersion, boolean trace, boolean keepReplications, List<String> overrides)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Requires the names; copies the overrides. */
    public PartialHeader {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(contentSha256, "contentSha256");
        Objects.requireNonNull(resolvedYaml, "resolvedYaml");
        Objects.requireNonNull(gigasimVersion, "gigasimVersion");
        overrides = new ArrayList<>(overrides);
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be at least 1, was " + replications);
        }
    }

    /** The same run with another number of replications in all (to extend it). */
    public PartialHeader withReplications(int newReplications) {
        return new PartialHeader(scenario, contentSha256, resolvedYaml, seed, newReplications, gigasimVersion, trace,
                keepReplications, overrides);
    }

    /** The first field in which {@code other} differs, in words, or null if the two are equal. */
    public String difference(PartialHeader other) {
        if (!scenario.equals(other.scenario)) {
            return "scenario " + scenario + " vs " + other.scenario;
        }
        if (!contentSha256.equals(other.contentSha256) || !resolvedYaml.equals(other.resolvedYaml)) {
            return "scenario content (SHA-256 " + contentSha256 + " vs " + other.contentSha256 + ")";
        }
        if (seed != other.seed) {
            return "seed " + seed + " vs " + other.seed;
        }
        if (replications != other.replications) {
            return "replications in all " + replications + " vs " + other.replications;
        }
        if (!gigasimVersion.equals(other.gigasimVersion)) {
            return "gigasim version " + gigasimVersion + " vs " + other.gigasimVersion;
        }
        if (trace != other.trace) {
            return "--trace " + (trace ? "given" : "not given") + " vs " + (other.trace ? "given" : "not given");
        }
        if (keepReplications != other.keepReplications) {
            return "--keep-replications " + (keepReplications ? "given" : "not given") + " vs "
                    + (other.keepReplications ? "given" : "not given");
        }
        if (!overrides.equals(other.overrides)) {
            return "--set " + overrides + " vs " + other.overrides;
        }
        return null;
    }
}
