package org.gigasim.scenarios.plugin;

import java.util.Locale;
import org.gigasim.model.clause.Clause;
import org.gigasim.model.clause.ClauseHolder;
import org.gigasim.model.clause.ClauseType;
import org.gigasim.model.clause.Offer;
import org.gigasim.model.clause.ProcurementRound;

/**
 * A clause from outside gigasim, found through {@code META-INF/services}: the lab buys only
 * from clouds that ask at most {@code max_usd_per_chip_hour}. Every offer of a cloud that
 * asks more for any of them is withdrawn before the lab chooses.
 */
public final class PriceCapClause implements Clause {

    /** {@code max_usd_per_chip_hour}, required and positive. */
    public record Params(Double maxUsdPerChipHour) {
        public Params {
            if (maxUsdPerChipHour == null || !(maxUsdPerChipHour > 0)) {
                throw new IllegalArgumentException("price-cap max_usd_per_chip_hour must be positive, but was "
                        + maxUsdPerChipHour);
            }
        }
    }

    public static final ClauseType<Params> TYPE = new ClauseType<>("price-cap", Params.class, PriceCapClause::new);

    private final double cap;
    private final String contractId;

    private PriceCapClause(Params params, ClauseHolder contract) {
        this.cap = params.maxUsdPerChipHour();
        this.contractId = contract.contractId();
    }

    @Override
    public String type() {
        return TYPE.name();
    }

    @Override
    public void onProcurement(ProcurementRound round) {
        round.offers().stream().filter(o -> o.priceUsdPerChipHour() > cap).map(Offer::cloud).distinct().toList()
                .forEach(cloud -> round.removeOffersOf(cloud, String.format(Locale.ROOT,
                        "contract %s caps %s's price at $%.2f per chip-hour; %s asks more", contractId, round.lab(),
                        cap, cloud)));
    }
}
