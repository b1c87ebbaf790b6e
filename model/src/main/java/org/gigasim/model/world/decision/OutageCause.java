package org.gigasim.model.world.decision;

/** Why a site went down. */
public enum OutageCause {
    /** An outage event of the scenario file. */
    SCENARIO("scenario outage"),
    /** A random failure of the site's outage model. */
    RANDOM("random failure");

    private final String description;

    OutageCause(String description) {
        this.description = description;
    }

    /** A few words for people, such as {@code random failure}. */
    public String description() {
        return description;
    }
}
