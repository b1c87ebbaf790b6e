package org.gigasim.model.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.lab.Lab;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.world.core.Ledger;
import org.gigasim.model.world.observation.InvariantListener;
import org.gigasim.model.world.routing.RoutingState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The money checks {@code InvariantListenerTest} leaves out, and the checker's tolerances: money
 * a cloud recognised or a lab spent outside the ledger breaks conservation, while rounding far
 * below the relative tolerance (1e-9 for money, 1e-7 for demand) in large totals passes.
 */
class InvariantToleranceTest {

    /** 2026-01-01 to 2026-01-09: 216 h. */
    private static final double END_HOURS = 216;

    /**
     * One cloud of 1 MW (1,000 unit chips), a lab needing 300 + 200 H100e, and a contract for the
     * 1,000 chips at 1 $/chip-hour: the ledger moves 1,000 × 216 = 216,000 $, all by contract.
     */
    private static final ScenarioSpec SPEC = Specs.scenario(Specs.START.plusDays(8), Duration.ofDays(1),
            List.of(Specs.cloud("a", Specs.site("sa", 1, 1000))), List.of(Specs.inferenceLab("lab", 300, 200)),
            List.of(Specs.contract("k", "lab", "a", 1000, List.of())), List.of());

    private World world;
    private InvariantListener checker;
    private double extraDemand;

    @BeforeEach
    void runASmallWorld() {
        world = new World(SPEC, 0, ClauseRegistry.standard());
        world.run();
        InvariantListener.Parts parts = world.invariantParts();
        RoutingState routed = parts.routed();
        RoutingState tampered = new RoutingState() {
            public double demandH100e(int l, int k) { return routed.demandH100e(l, k) + (k == 0 ? extraDemand : 0); }
            public double unservedH100e(int l, int k) { return routed.unservedH100e(l, k); }
            public double servedH100e(int l, int k, int c) { return routed.servedH100e(l, k, c); }
            public double capacityRaw(int c, int a) { return routed.capacityRaw(c, a); }
            public double capacityRaw(int c) { return routed.capacityRaw(c); }
            public double queuedTrainingH100e(int l) { return 0; }
            public double trainingWaitHours(int l) { return 0; }
            public double trainingStarts(int l) { return 0; }
        };
        checker = new InvariantListener(new InvariantListener.Parts(parts.indices(), parts.sites(), parts.contracts(),
                tampered, parts.ledger(), parts.calendar(), parts.replication()));
    }

    private Ledger ledger() {
        return world.invariantParts().ledger();
    }

    private Lab lab() {
        return world.indices().lab(0);
    }

    @Test
    void theLedgerMovedWhatTheContractBilled() {
        assertEquals(216_000, ledger().totalUsd(Ledger.Cause.CONTRACT), 1e-6);
        checker.checkMoney(END_HOURS);
        assertEquals(1, checker.checksMade());
    }

    @Test
    void revenueACloudRecognisedOutsideTheLedgerBreaksConservation() {
        world.indices().cloud(0).recognise(500);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> checker.checkMoney(END_HOURS));
        assertTrue(e.getMessage().contains("clouds recognised (or their owners paid) $216500.0 and labs spent $216000.0"), e.getMessage());
    }

    @Test
    void spendALabPaidOutsideTheLedgerBreaksConservation() {
        // The lab's own books stay balanced (spend leaves its cash), so only the ledger's total can fail.
        lab().spend(500);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> checker.checkMoney(END_HOURS));
        assertTrue(e.getMessage().contains("clouds recognised (or their owners paid) $216000.0 and labs spent $216500.0"), e.getMessage());
    }

    @Test
    void roundingFarBelowTheRelativeToleranceOfLargeTotalsPasses() {
        // 2.5 M$ booked through the ledger, then a thousandth of a dollar outside it: 4e-10 of the
        // total, within 1e-9 of it (though far above 1e-9 of a dollar).
        ledger().fund(lab(), 2_500_000);
        lab().raise(0.001);
        ledger().earn(lab(), 2_500_000);
        lab().earn(0.001);
        world.indices().cloud(0).recognise(0.0001);
        lab().spend(0.0001);
        checker.checkMoney(END_HOURS);
        // Stateless demand is 300 H100e: 1e-5 more is 3.3e-8 of it, within 1e-7.
        extraDemand = 1e-5;
        checker.checkState(END_HOURS);
        assertEquals(2, checker.checksMade());
        // Ten times the tolerance fails.
        lab().raise(0.03);
        assertThrows(IllegalStateException.class, () -> checker.checkMoney(END_HOURS));
        extraDemand = 3e-4;
        assertThrows(IllegalStateException.class, () -> checker.checkState(END_HOURS));
    }
}
