package org.gigasim.scenarios;

import org.gigasim.model.spec.ScenarioSpec;

/**
 * A loaded scenario with where it came from (a file path as given, or
 * {@code catalog/NAME.yaml}) and the SHA-256 of its bytes in lower-case hex, which outputs
 * record so a result can be traced to the exact file that produced it.
 *
 * @param resolvedYaml the scenario as it runs, after {@code extends:} and overrides, as a
 *     scenario file that loads to the same scenario
 */
public record LoadedScenario(ScenarioSpec spec, String source, String sha256, String resolvedYaml) {

    /** The file name under which run outputs keep {@link #resolvedYaml()}. */
    public static final String RESOLVED_FILE = "scenario.resolved.yaml";
}
