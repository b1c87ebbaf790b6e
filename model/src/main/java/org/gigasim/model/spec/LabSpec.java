package org.gigasim.model.spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An AI lab: its demand per traffic class, its efficiency per accelerator over time
 * (absent means 1.0), its money ({@link FinanceSpec}; absent means unlimited money and no
 * cash recorded), and its procurement policy (absent means it signs no new contracts).
 *
 * @param internalTo the cloud whose company the lab belongs to (Microsoft AI inside Azure), or
 *     null: its procurement asks only that cloud, which allocates it any accelerator it hosts
 *     at price zero (an internal allocation, not a sale, so outside the cloud's backlog)
 */
public record LabSpec(String id, DemandSpec demand, Map<String, List<EfficiencyStepSpec>> efficiency,
        FinanceSpec finance, ProcurementSpec procurement, String internalTo) {

    /** A lab that buys from clouds as a customer. */
    public LabSpec(String id, DemandSpec demand, Map<String, List<EfficiencyStepSpec>> efficiency,
            FinanceSpec finance, ProcurementSpec procurement) {
        this(id, demand, efficiency, finance, procurement, null);
    }

    public LabSpec {
        Checks.requireId("lab id", id);
        demand = demand == null ? new DemandSpec(null, null, null, null) : demand;
        Map<String, List<EfficiencyStepSpec>> steps = new LinkedHashMap<>();
        Checks.map(efficiency).forEach((accelerator, list) -> steps.put(accelerator, List.copyOf(list)));
        efficiency = Checks.map(steps);
    }
}
