package org.gigasim.model.spec;

import java.util.List;
import java.util.Map;

/**
 * A data-center site of one cloud: facility power brought online by milestones, a PUE,
 * chips installed at the start and chips delivered per quarter, and an optional
 * stochastic outage process.
 *
 * @param installedChips chips per accelerator already installed at the scenario start
 */
public record SiteSpec(String id, String region, Double pue, Map<String, Double> installedChips,
        List<PowerMilestoneSpec> power, List<DeliverySpec> deliveries, OutageModelSpec outages) {

    public SiteSpec {
        Checks.requireId("site id", id);
        region = region == null ? id : Checks.text("site " + id + " region", region, Limits.MAX_TEXT_LENGTH);
        pue = Checks.orDefault(pue, 1.2);
        if (pue < 1.0 || pue > 3.0) {
            throw new IllegalArgumentException("site " + id + " pue must be between 1.0 and 3.0, but was " + pue);
        }
        installedChips = Checks.map(installedChips);
        installedChips.forEach((acc, n) -> Checks.nonNegative("site " + id + " installed_chips." + acc, n));
        power = Checks.list(power);
        deliveries = Checks.list(deliveries);
    }
}
