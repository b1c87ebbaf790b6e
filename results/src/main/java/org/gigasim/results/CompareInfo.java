package org.gigasim.results;

import java.util.List;
import java.util.Objects;
import org.gigasim.model.spec.AnswerSpec;

/**
 * What identifies a comparison in {@code compare.json}: both scenarios, their questions and
 * the hashes of their content, the seed both ran with, the replications, the gigasim version,
 * and the figures that answer the question (B's answer entries, then A's not already named).
 */
public record CompareInfo(String scenarioA, String contentSha256A, String scenarioB, String contentSha256B, long seed,
        int replications, String gigasimVersion, String questionA, String questionB, List<AnswerSpec> answer) {

    /** Rejects missing names and fewer than one replication. */
    public CompareInfo {
        Objects.requireNonNull(scenarioA, "scenarioA");
        Objects.requireNonNull(scenarioB, "scenarioB");
        Objects.requireNonNull(contentSha256A, "contentSha256A");
        Objects.requireNonNull(contentSha256B, "contentSha256B");
        Objects.requireNonNull(gigasimVersion, "gigasimVersion");
        questionA = questionA == null ? "" : questionA;
        questionB = questionB == null ? "" : questionB;
        answer = answer == null ? List.of() : List.copyOf(answer);
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be at least 1, but was " + replications);
        }
    }

    /** A comparison without questions or answer figures. */
    public CompareInfo(String scenarioA, String contentSha256A, String scenarioB, String contentSha256B, long seed,
            int replications, String gigasimVersion) {
        this(scenarioA, contentSha256A, scenarioB, contentSha256B, seed, replications, gigasimVersion, "", "",
                List.of());
    }
}
