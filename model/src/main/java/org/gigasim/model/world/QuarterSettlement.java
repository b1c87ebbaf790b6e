package org.gigasim.model.world;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.gigasim.model.clause.SettlementRound;
import org.gigasim.model.cloud.Cloud;
import org.gigasim.model.contract.ActiveClause;
import org.gigasim.model.contract.Contract;

/**
 * The settlement decision point: at each cloud's fiscal quarter end, every clause of its
 * contracts that was active in the quarter settles over the part it was active (a
 * take-or-pay shortfall is charged here). Charges move money from the lab to the cloud
 * and are traced under the clause's type.
 */
final class QuarterSettlement {

    private final World world;
    private final Map<Double, List<Cloud>> quarterEnds;
    private final Map<Contract, Double> lastSettlement = new IdentityHashMap<>();
    private final Map<ActiveClause, Double> lastUsed = new IdentityHashMap<>();

    /** @param quarterEnds the clouds whose fiscal quarter ends at each time (hours) */
    QuarterSettlement(World world, Map<Double, List<Cloud>> quarterEnds) {
        this.world = world;
        this.quarterEnds = new HashMap<>(quarterEnds);
    }

    /** Settles the quarters that end at {@code t}; money is settled up to {@code t} already. */
    void settle(double t) {
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
                    if (charged > 0) {
                        world.cloud(contract.cloud()).recognise(charged);
                        world.labs.get(contract.labIndex()).spend(charged);
                    }
                    String type = clause.clause().type();
                    world.clauseAction(t, type, contract.contractId(), contract.lab(), contract.cloud(), "charge",
                            reason, charged);
                    world.clauseMoved(type, contract.lab(), contract.cloud(), 0, charged);
                    return charged;
                }
            });
        }
    }
}
