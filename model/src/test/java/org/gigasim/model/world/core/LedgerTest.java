package org.gigasim.model.world.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gigasim.engine.random.RandomStreams;
import org.gigasim.engine.time.SimCalendar;
import org.gigasim.model.cloud.Cloud;
import org.gigasim.model.lab.Lab;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.CloudSpec;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.DemandSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.PriceSpec;
import org.junit.jupiter.api.Test;

class LedgerTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final SimCalendar CALENDAR = new SimCalendar(START);

    private static Cloud cloud() {
        return new Cloud(new CloudSpec("c", null, null, Map.of("gpu", new PriceSpec(2.0, 3.0)), null, null, null,
                List.of()));
    }

    private static Lab lab() {
        return new Lab(new LabSpec("l", new DemandSpec(null, null, null, null), null, null, null), CALENDAR,
                new RandomStreams(1, 0));
    }

    @Test
    void aTransferIsTheLabsSpendAndTheCloudsRevenueAndIsTotalledByCause() {
        Ledger ledger = new Ledger();
        Cloud cloud = cloud();
        Lab lab = lab();
        ledger.transfer(lab, cloud, 100, Ledger.Cause.CONTRACT);
        ledger.transfer(lab, cloud, 25, Ledger.Cause.ON_DEMAND);
        ledger.transfer(lab, cloud, 5, Ledger.Cause.CONTRACT);
        // Nothing moves for zero or a negative amount (a contract with nothing to bill returns 0).
        ledger.transfer(lab, cloud, 0, Ledger.Cause.CHARGE);
        ledger.transfer(lab, cloud, -7, Ledger.Cause.CHARGE);
        assertEquals(130, cloud.revenueUsd(), 0);
        assertEquals(130, lab.spendUsd(), 0);
        assertEquals(105, ledger.totalUsd(Ledger.Cause.CONTRACT), 0);
        assertEquals(25, ledger.totalUsd(Ledger.Cause.ON_DEMAND), 0);
        assertEquals(0, ledger.totalUsd(Ledger.Cause.CHARGE), 0);
    }

    @Test
    void contractTermsConvertFacilityMegawattsToChipsAndBack() {
        // 0.7 kW IT per chip at the reference PUE of a cloud without sites (1.2): 0.84 kW a chip, so 1.26 MW = 1,500 chips.
        AcceleratorSpec gpu = new AcceleratorSpec("gpu", "nvidia", null, 0.7, 1.0, null, null, List.of());
        Cloud cloud = cloud();
        assertEquals(1500, ContractTerms.chips(1.26, gpu, cloud), 1e-9);
        assertEquals(1.26, ContractTerms.mw(1500, gpu, cloud), 1e-12);
        // Priced by value: $1,000 over 1,500 chips for the two days of 2026-01-01..02 (48 h, no ramp).
        ContractSpec byValue = new ContractSpec("k", "l", "c", "gpu", 1.26, START, START.plusDays(1), 0.0, null,
                1000.0, List.of());
        ContractTerms terms = ContractTerms.of(byValue, gpu, cloud, CALENDAR);
        assertEquals(0, terms.startHours(), 0);
        assertEquals(48, terms.endHours(), 0, "dates are inclusive days: the term ends the midnight after its last day");
        assertEquals(1000.0 / (1500 * 48), terms.priceUsdPerChipHour(), 1e-15);
    }
}
