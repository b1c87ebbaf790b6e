package org.gigasim.model.spec;

import java.util.List;

/**
 * One entry of a scenario's {@code answer:} list: a metric and the dimension values that pick
 * the figures answering the scenario's question, such as unserved demand of one lab's
 * stateless API traffic. A dimension left out is not fixed; {@code by} names dimensions to
 * break the figures down by beyond those given (the metric's coarsest level otherwise).
 * Which metric ids and dimension combinations exist is checked where the catalog is known.
 * {@code expect}, when given, states how the figure differs from another scenario's.
 */
public record AnswerSpec(String metric, String lab, String cloud, String region, String site, String accelerator,
        String vendor, String trafficClass, String clause, List<String> by, ExpectSpec expect) {

    /** Requires the metric and copies {@code by}. */
    public AnswerSpec {
        Checks.require("answer metric", metric);
        by = Checks.list(by);
    }

    /** An entry that states no expectation. */
    public AnswerSpec(String metric, String lab, String cloud, String region, String site, String accelerator,
            String vendor, String trafficClass, String clause, List<String> by) {
        this(metric, lab, cloud, region, site, accelerator, vendor, trafficClass, clause, by, null);
    }
}
