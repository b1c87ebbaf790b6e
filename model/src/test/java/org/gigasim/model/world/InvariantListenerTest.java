package org.gigasim.model.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.site.Site;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.world.observation.InvariantListener;
import org.gigasim.model.world.routing.RoutingState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The invariant checker checked: a world run to its end passes, and the same world with one
 * quantity tampered with makes the checker throw a message that names the broken invariant.
 */
class InvariantListenerTest {

    /** 2026-01-01 to 2026-01-09 inclusive: the run ends at hour 9 × 24 = 216. */
    private static final double END_HOURS = 216;

    /**
     * One cloud with 1 MW (1 000 unit chips, all installed), one lab asking 300 + 200 H100e
     * of inference, and a contract for the 1 000 chips.
     */
    private static final ScenarioSpec SPEC = Specs.scenario(Specs.START.plusDays(8), Duration.ofDays(1),
            List.of(Specs.cloud("a", Specs.site("sa", 1, 1000))), List.of(Specs.inferenceLab("lab", 300, 200)),
            List.of(Specs.contract("k", "lab", "a", 1000, List.of())), List.of());

    private World world;
    private InvariantListener checker;
    /** Amounts added to what the last routing decision reports, per lab and class (served: on cloud 0). */
    private final double[][] extraServed = new double[1][4];
    private final double[][] extraDemand = new double[1][4];
    private final double[][] extraUnserved = new double[1][4];

    @BeforeEach
    void runASmallWorld() {
        world = new World(SPEC, 0, ClauseRegistry.standard());
        world.run();
        InvariantListener.Parts parts = world.invariantParts();
        checker = new InvariantListener(new InvariantListener.Parts(parts.indices(), parts.sites(), parts.contracts(),
                tampered(parts.routed()), parts.ledger(), parts.calendar(), parts.replication()));
    }

    /** The router's last decision as the checker reads it, with this test's amounts added. */
    private RoutingState tampered(RoutingState routed) {
        return new RoutingState() {
            public double demandH100e(int l, int k) { return routed.demandH100e(l, k) + extraDemand[l][k]; }
            public double unservedH100e(int l, int k) { return routed.unservedH100e(l, k) + extraUnserved[l][k]; }
            public double servedH100e(int l, int k, int c) {
                return routed.servedH100e(l, k, c) + (c == 0 ? extraServed[l][k] : 0);
            }
            public double capacityRaw(int c, int a) { return routed.capacityRaw(c, a); }
            public double capacityRaw(int c) { return routed.capacityRaw(c); }
            public double queuedTrainingH100e(int l) { return routed.queuedTrainingH100e(l); }
            public double trainingWaitHours(int l) { return routed.trainingWaitHours(l); }
            public double trainingStarts(int l) { return routed.trainingStarts(l); }
        };
    }

    @Test
    void theUntamperedWorldPassesBothChecks() {
        checker.checkMoney(END_HOURS);
        checker.checkState(END_HOURS);
        assertEquals(2, checker.checksMade());
    }

    @Test
    void powerUsedAboveOnlineBreaksThePowerInvariant() {
        Site site = world.sites().get("sa");
        site.addPower(-0.4); // 0.6 MW online, 1 MW still drawn by the installed chips
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> checker.checkState(END_HOURS));
        assertMessage(e, "site sa uses 1.0 MW of 0.6", "online");
        assertEquals(0, checker.checksMade(), "a failed check is not counted");
    }

    @Test
    void servedAboveCapacityBreaksTheCapacityInvariant() {
        // Serve 1 500 H100e of stateless traffic on a cloud of 1 000, with demand raised to match,
        // so demand = served + unserved still holds and only the capacity check can fail.
        double extra = 1500 - world.invariantParts().routed().servedH100e(0, 0, 0);
        extraServed[0][0] += extra;
        extraDemand[0][0] += extra;
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> checker.checkState(END_HOURS));
        assertMessage(e, "cloud a served", "with capacity 1000");
    }

    @Test
    void demandNotServedPlusUnservedBreaksTheDemandInvariant() {
        extraDemand[0][1] += 50; // stateful demand 250, served 200, unserved 0
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> checker.checkState(END_HOURS));
        assertMessage(e, "lab lab class 1: demand 250.0 != served 200.0 + unserved 0.0");
    }

    @Test
    void unservedDemandCountsOnlyOnce() {
        extraUnserved[0][0] += 10; // unserved traffic on top of a fully served class
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> checker.checkState(END_HOURS));
        assertMessage(e, "lab lab class 0", "unserved 10.0");
    }

    @Test
    void moneyRecognisedAheadOfTheClockBreaksConservation() {
        // The run settled every contract up to its end. Recognising the next 24 h early counts 1 000 chips × 24 h × 1 USD = 24 000 USD both as
        // recognised and as remaining: signed ≠ recognised + forfeited + remaining.
        Contract k = world.contracts().all().get(0);
        double t = END_HOURS;
        k.settleTo(t + 24);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> checker.checkMoney(t));
        assertMessage(e, "contract k signed", "recognised + forfeited + remaining");
        assertEquals(24_000, k.recognisedUsd() + k.forfeitedUsd() + k.remainingUsd(t) - k.signedValueUsd(), 1e-6);
    }

    @Test
    void aRoundTheLedgerNeverBookedBreaksTheCashInvariant() {
        // The lab's own books stay balanced (a round adds to both raised and cash), but the
        // ledger never booked these $2.5M, so the labs' rounds no longer match it.
        world.indices().lab(0).raise(2_500_000);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> checker.checkMoney(END_HOURS));
        assertMessage(e, "labs raised $2500000.0", "the ledger booked $0.0");
    }

    @Test
    void revenueTheLedgerNeverBookedBreaksTheCashInvariant() {
        world.indices().lab(0).earn(1_000);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> checker.checkMoney(END_HOURS));
        assertMessage(e, "earned $1000.0 but the ledger booked");
    }

    @Test
    void theMessageSaysWhenAndInWhichReplication() {
        extraDemand[0][1] += 50;
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> checker.checkState(48));
        assertMessage(e, "invariant broken at 2026-01-03T00:00", "(replication 0)");
    }

    @Test
    void aCheckedRunCountsTwoChecksPerSample() {
        // Daily samples from hour 0 to hour 216: 10 samples (no quarter ends inside), 2 checks each.
        World checked = new World(SPEC, 0, ClauseRegistry.standard()).checkingInvariants();
        assertEquals(0, checked.invariantChecksMade());
        checked.run();
        assertEquals(20, checked.invariantChecksMade());
        assertEquals(0, world.invariantChecksMade(), "an unchecked world counts nothing");
    }

    private static void assertMessage(IllegalStateException e, String... parts) {
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "'" + part + "' missing from: " + e.getMessage());
        }
    }
}
