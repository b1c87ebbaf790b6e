package org.gigasim.model.world.settlement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.gigasim.engine.random.RandomStreams;
import org.gigasim.engine.time.SimCalendar;
import org.gigasim.model.clause.Clause;
import org.gigasim.model.clause.SettlementRound;
import org.gigasim.model.cloud.Cloud;
import org.gigasim.model.contract.ActiveClause;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.lab.Lab;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.CloudSpec;
import org.gigasim.model.spec.DemandSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.PriceSpec;
import org.gigasim.model.world.core.Indices;
import org.gigasim.model.world.core.Ledger;
import org.gigasim.model.world.decision.DecisionListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The settlement round a clause is given at each quarter end, read by a clause that records
 * it and asks for a charge. One lab holds a contract of 1 000 chips at 2.5 USD per chip-hour
 * for 2026 on cloud "c", whose fiscal quarters are the calendar's (they end at hours 2 160,
 * 4 344, 6 552 and 8 760). The clause bills on use, so what the lab does not use is forfeited
 * until a charge recognises it.
 */
class QuarterSettlementTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final SimCalendar CALENDAR = new SimCalendar(START);

    private Lab lab;
    private Cloud cloud;
    private Cloud oracle;
    private Ledger ledger;
    private List<String> charges;
    private QuarterSettlement settlement;

    /** Records each round as "t quarterHours reserved used price charged" and asks for {@code askUsd}. */
    private static final class Recording implements Clause {
        final List<String> rounds = new ArrayList<>();
        final double askUsd;

        Recording(double askUsd) {
            this.askUsd = askUsd;
        }

        @Override
        public String type() {
            return "recording";
        }

        @Override
        public boolean billsOnUse() {
            return true;
        }

        @Override
        public void onSettlement(SettlementRound round) {
            double charged = round.charge(askUsd, "asked");
            rounds.add(round.timeHours() + " " + round.quarterHours() + " " + round.reservedChipHours() + " "
                    + round.usedChipHours() + " " + round.priceUsdPerChipHour() + " " + charged);
        }
    }

    @BeforeEach
    void setUp() {
        lab = new Lab(new LabSpec("l", new DemandSpec(null, null, null, null), null, null, null), CALENDAR,
                new RandomStreams(1, 0));
        cloud = new Cloud(new CloudSpec("c", null, null, Map.of("gpu", new PriceSpec(2.5, 4.0)), null, null, null,
                List.of()));
        // Fiscal years from June: quarters end on 28 February, 31 May, 31 August and 30 November.
        oracle = new Cloud(new CloudSpec("o", null, 6, Map.of("gpu", new PriceSpec(2.5, 4.0)), null, null, null,
                List.of()));
        AcceleratorSpec gpu = new AcceleratorSpec("gpu", "nvidia", null, 0.7, 1.0, null, null, List.of());
        Indices indices = new Indices(List.of(lab), List.of(cloud, oracle), List.of(gpu));
        ledger = new Ledger();
        charges = new ArrayList<>();
        DecisionListener listener = new DecisionListener() {
            @Override
            public void charged(double t, String clauseType, String contract, String labId, String cloudId, double usd,
                    String reason) {
                charges.add(t + " " + clauseType + " " + contract + " " + labId + " " + cloudId + " " + usd + " "
                        + reason);
            }
        };
        settlement = new QuarterSettlement(indices, CALENDAR, START, LocalDate.of(2026, 12, 31), ledger, listener);
    }

    private Contract contract(double signedHours, Clause clause, double fromHours, double untilHours) {
        Contract contract = new Contract("k", "l", "c", "gpu", 0, 0, 1.0, 1000, 0, 8760, 0, 2.5, signedHours, "spec");
        contract.addClause(new ActiveClause(clause, fromHours, untilHours));
        cloud.addContract(contract);
        return contract;
    }

    @Test
    void everyCloudsQuarterEndsAreSettlementTimes() {
        // Calendar quarters: 1 April (2 160 h), 1 July (4 344), 1 October (6 552), 1 January 2027 (8 760). Fiscal
        // years from June: 1 March (59 days, 1 416 h), 1 June (151 days, 3 624), 1 September (243 days, 5 832),
        // 1 December (334 days, 8 016).
        assertEquals(List.of(1416.0, 2160.0, 3624.0, 4344.0, 5832.0, 6552.0, 8016.0, 8760.0),
                List.copyOf(new TreeSet<>(settlement.quarterEndHours())));
        assertEquals(8, settlement.quarterEndHours().size());
    }

    @Test
    void eachRoundCarriesTheQuartersTimeLengthReservationAndUseAndWhatWasCharged() {
        Recording clause = new Recording(4_000_000);
        Contract contract = contract(0, clause, 0, 8760);
        // 400 chips used in the first quarter, 250 in the second.
        contract.allocate(0, 1000, 400);
        contract.accrueUse(0, 2160);
        settlement.settleTo(2160);
        contract.allocate(2160, 1000, 250);
        contract.accrueUse(2160, 4344);
        settlement.settleTo(4344);
        // Q1: reserved 1 000 × 2 160 = 2 160 000 chip-hours, used 400 × 2 160 = 864 000, billed 864 000 × 2.5 =
        // 2 160 000 USD; forfeited 1 296 000 × 2.5 = 3 240 000, so the 4 000 000 asked is capped at 3 240 000.
        // Q2: reserved 1 000 × 2 184 = 2 184 000, used 250 × 2 184 = 546 000 (only this quarter's use), forfeited
        // 1 638 000 × 2.5 = 4 095 000, and 4 000 000 is charged in full.
        assertEquals(List.of("2160.0 2160.0 2160000.0 864000.0 2.5 3240000.0",
                "4344.0 2184.0 2184000.0 546000.0 2.5 4000000.0"), clause.rounds);
        assertEquals(List.of("2160.0 recording k l c 3240000.0 asked", "4344.0 recording k l c 4000000.0 asked"), charges);
        assertEquals(7_240_000, ledger.totalUsd(Ledger.Cause.CHARGE), 1e-6);
        // Billed on use: (864 000 + 546 000) × 2.5 = 3 525 000.
        assertEquals(3_525_000, ledger.totalUsd(Ledger.Cause.CONTRACT), 1e-6);
        assertEquals(3_525_000 + 7_240_000, lab.spendUsd(), 1e-6);
        assertEquals(3_525_000 + 7_240_000, cloud.revenueUsd(), 1e-6);
        // Forfeited 3 240 000 + 4 095 000 − 7 240 000 = 95 000 left.
        assertEquals(95_000, contract.forfeitedUsd(), 1e-6);
    }

    @Test
    void aContractSignedInTheQuarterSettlesFromItsSigning() {
        Recording clause = new Recording(0);
        contract(1000, clause, 0, 8760);
        settlement.settleTo(2160);
        // From the signing at 1 000 h to 2 160 h: 1 160 h, 1 160 000 chip-hours reserved, none used.
        assertEquals(List.of("2160.0 1160.0 1160000.0 0.0 2.5 0.0"), clause.rounds);
    }

    @Test
    void aClauseThatEndedAtTheLastQuarterEndIsNotSettledAgain() {
        Recording clause = new Recording(0);
        contract(0, clause, 0, 2160);
        settlement.settleTo(2160);
        settlement.settleTo(4344);
        // Active over [0, 2 160) only: the second quarter holds none of it.
        assertEquals(List.of("2160.0 2160.0 2160000.0 0.0 2.5 0.0"), clause.rounds);
    }

    @Test
    void aClauseThatStartsInTheQuarterSettlesFromItsStart() {
        Recording clause = new Recording(0);
        contract(0, clause, 1416, 8760);
        settlement.settleTo(1416);
        settlement.settleTo(2160);
        // Settled at 2 160 only (1 416 is the other cloud's quarter end): 744 h of 1 000 chips.
        assertEquals(List.of("2160.0 744.0 744000.0 0.0 2.5 0.0"), clause.rounds);
    }
}
