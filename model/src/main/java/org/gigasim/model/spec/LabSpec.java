package org.gigasim.model.spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An AI lab: its demand per traffic class, its efficiency per accelerator over time
 * (absent means 1.0), its money ({@link FinanceSpec}; absent means unlimited money and no
 * cash recorded), and its procurement policy (absent means it signs no new contracts).
 */
public record LabSpec(String id, DemandSpec demand, Map<String, List<EfficiencyStepSpec>> efficiency,
        FinanceSpec finance, ProcurementSpec procurement) {

    public LabSpec {
        Checks.requireId("lab id", id);
        demand = demand == null ? new DemandSpec(null, null, null, null) : demand;
        Map<String, List<EfficiencyStepSpec>> steps = new LinkedHashMap<>();
        Checks.map(efficiency).forEach((accelerator, list) -> steps.put(accelerator, List.copyOf(list)));
        efficiency = Checks.map(steps);
    }
}
