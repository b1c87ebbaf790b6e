package org.gigasim.scenarios;

import org.gigasim.model.spec.ScenarioSpec;

/**
 * A loaded scenario with where it came from (a file path as given, or
 * {@code catalog/NAME.yaml}) and the SHA-256 of its bytes in lower-case hex, which outputs
 * record so a result can be traced to the exact file that produced it.
 */
public record LoadedScenario(ScenarioSpec spec, String source, String sha256) {
}
