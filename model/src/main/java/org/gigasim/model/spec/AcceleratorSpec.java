package org.gigasim.model.spec;

import java.time.LocalDate;
import java.util.List;

/**
 * An accelerator type. A chip draws {@code kwItPerChip} of IT power (server plus network
 * share), times its site's PUE at the facility meter, and provides {@code h100e}
 * H100-equivalents of compute.
 *
 * @param hostableBy cloud ids allowed to host it; empty means any cloud
 */
public record AcceleratorSpec(String id, String vendor, String generation, double kwItPerChip,
        double h100e, Double priceUsd, LocalDate availableFrom, List<String> hostableBy) {

    public AcceleratorSpec {
        Checks.requireId("accelerator id", id);
        Checks.requireId("accelerator " + id + " vendor", vendor);
        Checks.text("accelerator " + id + " generation", generation, Limits.MAX_TEXT_LENGTH);
        Checks.positive("accelerator " + id + " kw_it_per_chip", kwItPerChip);
        Checks.positive("accelerator " + id + " h100e", h100e);
        priceUsd = Checks.nonNegative("accelerator " + id + " price_usd", Checks.orDefault(priceUsd, 0));
        hostableBy = Checks.list(hostableBy);
    }

    /** Whether {@code cloudId} may host this accelerator. */
    public boolean hostableBy(String cloudId) {
        return hostableBy.isEmpty() || hostableBy.contains(cloudId);
    }
}
