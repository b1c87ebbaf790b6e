package org.gigasim.scenarios;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario file that cannot be used: every problem found, in file order, each naming
 * the file, line and column. The message lists them one per line.
 */
public final class ScenarioException extends RuntimeException {

    private final List<Problem> problems;

    public ScenarioException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a scenario exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public ScenarioException(Problem problem) {
        this(List.of(problem));
    }

    /** The problems, at least one. */
    public List<Problem> problems() {
        return problems;
    }
}
