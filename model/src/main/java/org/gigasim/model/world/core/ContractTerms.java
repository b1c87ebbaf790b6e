package org.gigasim.model.world.core;

import org.gigasim.engine.time.SimCalendar;
import org.gigasim.model.cloud.Cloud;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.ContractSpec;

/**
 * A contract's terms in the model's units, from its spec: chips reserved for its facility
 * MW ({@code MW × 1000 / (kW IT per chip × the cloud's PUE)}), its term in hours (dates are
 * inclusive days, so the end is the midnight after the last day), its ramp in hours, and
 * its price per chip-hour (given, or its total value over the term's chip-hours).
 */
public record ContractTerms(double mw, double chips, double startHours, double endHours, double rampHours,
        double priceUsdPerChipHour) {

    /** The terms of {@code c} for accelerator type {@code acc} on {@code cloud}. */
    public static ContractTerms of(ContractSpec c, AcceleratorSpec acc, Cloud cloud, SimCalendar calendar) {
        double chips = chips(c.mw(), acc, cloud);
        double start = calendar.hoursAt(c.start());
        double end = calendar.hoursAt(c.end().plusDays(1));
        double ramp = Contract.rampHoursOfMonths(c.rampMonths());
        double price = c.priceUsdPerChipHour() != null ? c.priceUsdPerChipHour()
                : c.valueUsd() / Contract.termChipHours(chips, start, end, ramp, start, end);
        return new ContractTerms(c.mw(), chips, start, end, ramp, price);
    }

    /** The contract of {@code c} on these terms, signed at {@code signedHours} ({@code decidedBy}: clause type or policy). */
    public Contract contract(ContractSpec c, Indices indices, double signedHours, String decidedBy) {
        return contract(c, indices, signedHours, decidedBy, c.region());
    }

    /**
     * The contract of {@code c} on these terms, reserved in {@code region} (its site's region for a
     * contract reserved at a site; null for a pooled contract).
     */
    public Contract contract(ContractSpec c, Indices indices, double signedHours, String decidedBy, String region) {
        Contract contract = new Contract(c.id(), c.lab(), c.cloud(), c.accelerator(), indices.labIndex(c.lab()),
                indices.acceleratorIndex(c.accelerator()), mw, chips, startHours, endHours, rampHours,
                priceUsdPerChipHour, signedHours, decidedBy, c.site(), region);
        if (c.deferral() != null) {
            contract.allowDeferral(c.deferral().shiftDays() * 24.0, c.deferral().feeShare());
        }
        return contract;
    }

    /** Chips of {@code acc} that {@code mw} facility MW power on {@code cloud}. */
    public static double chips(double mw, AcceleratorSpec acc, Cloud cloud) {
        return mw * 1000.0 / (acc.kwItPerChip() * cloud.referencePue());
    }

    /** Facility MW that {@code chips} of {@code acc} draw on {@code cloud}. */
    public static double mw(double chips, AcceleratorSpec acc, Cloud cloud) {
        return chips * acc.kwItPerChip() * cloud.referencePue() / 1000.0;
    }

    /** Chips {@code contract} reserves at {@code mw}, at the chips per MW it was signed with. */
    public static double chipsAt(Contract contract, double mw) {
        double chipsPerMw = contract.fullChips() / contract.mw();
        return mw * chipsPerMw;
    }
}
