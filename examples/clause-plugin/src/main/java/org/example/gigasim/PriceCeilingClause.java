package org.example.gigasim;

import java.util.Locale;
import org.gigasim.model.clause.Clause;
import org.gigasim.model.clause.ClauseHolder;
import org.gigasim.model.clause.ClauseType;
import org.gigasim.model.clause.Offer;
import org.gigasim.model.clause.ProcurementRound;

/**
 * A price ceiling: while the clause is active, the contract's lab takes no offer from a cloud
 * that asks more than {@code max_usd_per_chip_hour} for any of its offers. It acts in
 * procurement, before the lab chooses, and says why in the trace.
 *
 * <pre>
 * clauses:
 *   - {type: price-ceiling, max_usd_per_chip_hour: 3.75, from: 2026-01-01}
 * </pre>
 */
public final class PriceCeilingClause implements Clause {

    /**
     * The parameters a scenario file binds, in snake_case: {@code max_usd_per_chip_hour}. A
     * key left out arrives as null; an {@code IllegalArgumentException} here becomes an error
     * at the clause's line and column in the file.
     */
    public record Params(Double maxUsdPerChipHour) {
        public Params {
            if (maxUsdPerChipHour == null || !(maxUsdPerChipHour > 0) || maxUsdPerChipHour.isInfinite()) {
                throw new IllegalArgumentException("price-ceiling max_usd_per_chip_hour must be a positive number, but was "
                        + maxUsdPerChipHour);
            }
        }
    }

    /** The type name scenario files use, the parameters record, and how to make one clause per contract. */
    public static final ClauseType<Params> TYPE = new ClauseType<>("price-ceiling", Params.class,
            PriceCeilingClause::new);

    private final double ceilingUsdPerChipHour;
    private final String contractId;

    private PriceCeilingClause(Params params, ClauseHolder contract) {
        this.ceilingUsdPerChipHour = params.maxUsdPerChipHour();
        this.contractId = contract.contractId();
    }

    @Override
    public String type() {
        return TYPE.name();
    }

    @Override
    public void onProcurement(ProcurementRound round) {
        // Collect first, then remove: removing changes round.offers().
        round.offers().stream().filter(o -> o.priceUsdPerChipHour() > ceilingUsdPerChipHour).map(Offer::cloud)
                .distinct().toList()
                .forEach(cloud -> round.removeOffersOf(cloud, String.format(Locale.ROOT,
                        "contract %s caps %s's price at $%.2f per chip-hour; %s asks more", contractId, round.lab(),
                        ceilingUsdPerChipHour, cloud)));
    }
}
