package org.gigasim.model.spec;

import java.util.Locale;

/**
 * The kinds of demand a lab places: training jobs, and three inference classes that
 * contracts treat differently (a routing clause may pin stateless API calls to one cloud).
 */
public enum TrafficClass {
    TRAINING, STATELESS_API, STATEFUL, FIRST_PARTY;

    /** The inference classes, in their routing order. */
    public static final TrafficClass[] INFERENCE = {STATELESS_API, STATEFUL, FIRST_PARTY};

    /** The name used in scenario files and outputs, such as {@code stateless_api}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The class named {@code id} in a scenario file. */
    public static TrafficClass of(String id) {
        for (TrafficClass c : values()) {
            if (c.id().equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown traffic class '" + id
                + "'; known: training, stateless_api, stateful, first_party");
    }
}
