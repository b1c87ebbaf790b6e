package org.gigasim.model.world.settlement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gigasim.engine.time.SimCalendar;
import org.gigasim.model.clause.SettlementRound;
import org.gigasim.model.cloud.Cloud;
import org.gigasim.model.contract.ActiveClause;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.world.core.Indices;
import org.gigasim.model.world.core.Ledger;
import org.gigasim.model.world.decision.DecisionListener;

/**
 * The settlement decision point: at each cloud's fiscal quarter end (the midnight after
 * the quarter's last day), every clause of its contracts that was active in the quarter
 * settles over the part it was active (a take-or-pay shortfall is charged here). Charges
 * move money from the lab to the cloud through the ledger and are told to the listener
 * under the clause's type. Before that, every contract's money is settled up to the time,
 * so revenue, spend and backlog are exact there.
 */
public final class QuarterSettlement {

    private final Indices indices;
    private final Ledger ledger;
    private final DecisionListener decisions;
    private final Map<Double, List<Cloud>> quarterEnds = new HashMap<>();
    private final List<Double> quarterEndHours = new ArrayList<>();
    private final Map<Contract, Double> lastSettlement = new IdentityHashMap<>();
    private final Map<ActiveClause, Double> lastUsed = new IdentityHashMap<>();

    /** Settles the fiscal quarters of every cloud that end from {@code from} to {@code to} (inclusive days). */
    public QuarterSettlement(Indices indices, SimCalendar calendar, LocalDate from, LocalDate to, Ledger ledger,
            DecisionListener decisions) {
        this.indices = indices;
        this.ledger = ledger;
        this.decisions = decisions;
        Map<Double, List<Cloud>> ends = new LinkedHashMap<>();
        for (Cloud cloud : indices.clouds()) {
            for (LocalDate end : cloud.fiscalCalendar().quarterEndsBetween(from, to)) {
                double t = calendar.hoursAt(end.plusDays(1));
                ends.computeIfAbsent(t, k -> new ArrayList<>()).add(cloud);
            }
        }
        quarterEnds.putAll(ends);
        quarterEndHours.addAll(ends.keySet());
    }

    /** Every time (hours) at which some cloud's fiscal quarter ends, so the sampler samples there too. */
    public List<Double> quarterEndHours() {
        return quarterEndHours;
    }

    /** Settles every contract's money up to {@code t}, then the quarters that end at {@code t}. */
    public void settleTo(double t) {
        for (Cloud cloud : indices.clouds()) {
            for (Contract contract : cloud.contracts()) {
                double usd = contract.settleTo(t);
                ledger.transfer(indices.lab(contract.labIndex()), cloud, usd, Ledger.Cause.CONTRACT);
            }
        }
        for (Cloud cloud : quarterEnds.getOrDefault(t, List.of())) {
            for (Contract contract : cloud.contracts()) {
                settleClauses(contract, t);
            }
        }
    }

    private void settleClauses(Contract contract, double t) {
        double since = lastSettlement.getOrDefault(contract, Math.max(0, contract.signedHours()));
        lastSettlement.put(contract, t);
        for (ActiveClause clause : contract.clauses()) {
            double from = Math.max(since, clause.fromHours());
            double until = Math.min(t, clause.untilHours());
            double usedSoFar = clause.usedChipHours();
            double used = usedSoFar - lastUsed.getOrDefault(clause, 0.0);
            lastUsed.put(clause, usedSoFar);
            if (until <= from) {
                continue;
            }
            double reserved = contract.reservedChipHours(from, until);
            clause.clause().onSettlement(new SettlementRound() {
                public double timeHours() { return t; }
                public double quarterHours() { return until - from; }
                public double reservedChipHours() { return reserved; }
                public double usedChipHours() { return used; }
                public double priceUsdPerChipHour() { return contract.priceUsdPerChipHour(); }

                public double charge(double usd, String reason) {
                    double charged = contract.charge(usd);
                    ledger.transfer(indices.lab(contract.labIndex()), indices.cloud(contract.cloud()), charged,
                            Ledger.Cause.CHARGE);
                    decisions.charged(t, clause.clause().type(), contract.contractId(), contract.lab(),
                            contract.cloud(), charged, reason);
                    return charged;
                }
            });
        }
    }
}
