package org.gigasim.model.world;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.junit.jupiter.api.Test;

/**
 * A ramped contract in a running world: routing is decided again at each ramp step, so the lab
 * uses each step's chips from the hour it begins. 1 MW of unit chips (1 000 chips) ramping over
 * two months (1 440 h): 1 000 × 720 / 2 880 = 250 chips in [0, 720), 1 000 × 2 160 / 2 880 = 750
 * in [720, 1 440), all 1 000 after. The lab wants 1 000 H100e, more than the contract gives
 * during the ramp, for 90 days (2 160 h).
 */
class RampedContractTest {

    @Test
    void theLabUsesEachRampStepFromItsFirstHour() {
        ContractSpec ramped = new ContractSpec("k", "lab", "a", "chip", 1.0, Specs.START, Specs.START.plusYears(1),
                2.0, 1.5, null, List.of());
        ScenarioSpec spec = Specs.scenario(Specs.START.plusDays(89), Duration.ofDays(1),
                List.of(Specs.cloud("a", Specs.site("sa", 2, 2000))), List.of(Specs.inferenceLab("lab", 1000, 0)),
                List.of(ramped), List.of());
        Contract k = new World(spec, 0, ClauseRegistry.standard()).checkingInvariants().run().contracts().get(0);
        // 250 × 720 + 750 × 720 + 1 000 × 720 = 180 000 + 540 000 + 720 000 chip-hours.
        assertEquals(1_440_000, k.usedChipHours(), 1e-6);
        // Recognised as reserved, at 1.5 USD: the same chip-hours.
        assertEquals(1.5 * 1_440_000, k.recognisedUsd(), 1e-6);
    }
}
