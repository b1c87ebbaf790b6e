package org.gigasim.model.world.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gigasim.engine.random.RandomStreams;
import org.gigasim.engine.time.SimCalendar;
import org.gigasim.model.cloud.Cloud;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.lab.Lab;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.CloudSpec;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.DeferralSpec;
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
        // Only the on-demand part counts as on-demand revenue.
        assertEquals(25, cloud.onDemandRevenueUsd(), 0);
    }

    @Test
    void revenueAndFundingEnterTheLabFromOutsideTheMarket() {
        Ledger ledger = new Ledger();
        Lab lab = lab();
        ledger.earn(lab, 1_250.5);
        ledger.earn(lab, 0);
        ledger.earn(lab, -3);
        ledger.fund(lab, 2e6);
        ledger.fund(lab, 0);
        ledger.fund(lab, -5);
        ledger.transfer(lab, cloud(), 400, Ledger.Cause.PENALTY);
        assertEquals(1_250.5, ledger.labRevenueUsd(), 0);
        assertEquals(1_250.5, lab.revenueUsd(), 0);
        assertEquals(2e6, ledger.fundingUsd(), 0);
        assertEquals(2e6, lab.raisedUsd(), 0);
        // A lab without finance opens with 0: 1 250.5 + 2 000 000 − 400.
        assertEquals(2_000_850.5, lab.cashUsd(), 1e-9);
        assertEquals(400, ledger.totalUsd(Ledger.Cause.PENALTY), 0);
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

    /**
     * Priced by value with a ramp: 1.26 MW (1 500 chips) from 2026-01-01 to 2026-12-31 (8 760 h),
     * ramping over 3 months (3 × 720 = 2 160 h, three whole steps, each holding the linear ramp's
     * chip-hours), holds 1 500 × (8 760 − 2 160 / 2) = 11 520 000 chip-hours, so $23 040 000 is
     * $2 per chip-hour. The contract it makes keeps those terms, its deferral right in hours, and a
     * region given for it.
     */
    @Test
    void contractTermsIntegrateTheRampAndCarryOverToTheContract() {
        AcceleratorSpec gpu = new AcceleratorSpec("gpu", "nvidia", null, 0.7, 1.0, null, null, List.of());
        Cloud cloud = cloud();
        ContractSpec spec = new ContractSpec("k", "l", "c", "gpu", 1.26, START, LocalDate.of(2026, 12, 31), 3.0, null,
                23_040_000.0, List.of(), new DeferralSpec(90, 0.04));
        ContractTerms terms = ContractTerms.of(spec, gpu, cloud, CALENDAR);
        assertEquals(3 * Contract.RAMP_STEP_HOURS, terms.rampHours(), 1e-9);
        assertEquals(8760, terms.endHours(), 0);
        assertEquals(2.0, terms.priceUsdPerChipHour(), 1e-12);
        Indices indices = new Indices(List.of(lab()), List.of(cloud), List.of(gpu));
        Contract contract = terms.contract(spec, indices, 0, "scenario", "east");
        assertEquals(1500, contract.fullChips(), 1e-9);
        assertEquals(3 * Contract.RAMP_STEP_HOURS, contract.rampHours(), 1e-9);
        assertEquals(23_040_000, contract.signedValueUsd(), 1e-6);
        assertEquals(90 * 24, contract.deferralShiftHours(), 0);
        assertEquals(0.04, contract.deferralFeeShare(), 0);
        assertEquals("east", contract.region());
        assertEquals(0, contract.labIndex());
        // Amended to 0.84 MW at the chips per MW it was signed with: 1 500 / 1.26 × 0.84 = 1 000 chips.
        assertEquals(1000, ContractTerms.chipsAt(contract, 0.84), 1e-9);
        // Without a deferral right the contract has none.
        ContractSpec plain = new ContractSpec("p", "l", "c", "gpu", 1.26, START, START.plusDays(1), null, 3.5, null, List.of());
        Contract none = ContractTerms.of(plain, gpu, cloud, CALENDAR).contract(plain, indices, 0, "scenario");
        assertEquals(0, none.deferralShiftHours(), 0);
        assertEquals(3.5, none.priceUsdPerChipHour(), 0);
    }
}
