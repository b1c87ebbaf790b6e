package org.gigasim.experiments.sensitivity;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A sensitivity method, named as on the command line and in scenario files. */
public enum Method {
    /** Sobol' first- and total-order indices from Saltelli's design: N·(k + 2) runs. */
    SOBOL,
    /** Morris elementary effects (μ*, σ) from r trajectories: r·(k + 1) runs. */
    MORRIS,
    /** Latin hypercube propagation of input uncertainty: N runs, the output's distribution. */
    LHS;

    /** The lower-case name, such as {@code sobol}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The method called {@code label}, in any case; the message lists the known names. */
    public static Method of(String label) {
        for (Method m : values()) {
            if (m.label().equalsIgnoreCase(label.trim())) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown sensitivity method '" + label + "': use one of "
                + Arrays.stream(values()).map(Method::label).collect(Collectors.joining(", ")));
    }
}
