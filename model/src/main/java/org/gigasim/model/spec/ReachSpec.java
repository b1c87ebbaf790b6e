package org.gigasim.model.spec;

/**
 * Demand of one inference class that only one cloud's marketplace reaches (enterprises that
 * buy models only through that cloud, as through AWS Bedrock): {@code h100e} effective
 * H100-equivalents at the scenario start, compounding at {@code growthPerYear}, with the
 * class's daily noise and demand factors. The lab may serve it only on {@code cloud}, and
 * only while no active clause confines the whole class to another cloud.
 */
public record ReachSpec(TrafficClass trafficClass, String cloud, double h100e, Double growthPerYear) {

    public ReachSpec {
        Checks.require("reach traffic_class", trafficClass);
        if (trafficClass == TrafficClass.TRAINING) {
            throw new IllegalArgumentException("reach is demand of an inference class (stateless_api, stateful or"
                    + " first_party), not training");
        }
        Checks.require("reach cloud", cloud);
        Checks.nonNegative("reach h100e", h100e);
        growthPerYear = Checks.orDefault(growthPerYear, 0);
        if (!(growthPerYear > -1) || growthPerYear > 100) {
            throw new IllegalArgumentException("reach growth_per_year must be above -1 and at most 100, but was "
                    + growthPerYear);
        }
    }
}
