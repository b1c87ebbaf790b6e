package org.gigasim.model.clause.example;

import java.util.Locale;
import org.gigasim.model.clause.Clause;
import org.gigasim.model.clause.ClauseHolder;
import org.gigasim.model.clause.ClauseType;
import org.gigasim.model.clause.Offer;
import org.gigasim.model.clause.ProcurementRound;

/**
 * Most-favoured-nation pricing, the cookbook's worked example: the holder cloud (the
 * contract's unless named) never offers this lab more than {@code margin} above the
 * cheapest rival's effective price; a dearer offer is cut to that price.
 */
public final class MostFavouredNationClause implements Clause {

    /** {@code cloud} (default the contract's) and {@code margin}, a fraction (default 0). */
    public record Params(String cloud, Double margin) {
        public Params {
            margin = margin == null ? 0.0 : margin;
            if (margin < 0) {
                throw new IllegalArgumentException("most-favoured-nation margin must not be negative, but was " + margin);
            }
        }
    }

    public static final ClauseType<Params> TYPE = new ClauseType<>("most-favoured-nation", Params.class,
            MostFavouredNationClause::new);

    private final String cloud;
    private final double margin;

    private MostFavouredNationClause(Params params, ClauseHolder contract) {
        this.cloud = params.cloud() == null ? contract.cloud() : params.cloud();
        this.margin = params.margin();
    }

    @Override
    public String type() {
        return TYPE.name();
    }

    @Override
    public void onProcurement(ProcurementRound round) {
        double cheapestRival = round.offers().stream().filter(o -> !o.cloud().equals(cloud))
                .mapToDouble(Offer::effectivePrice).min().orElse(Double.NaN);
        if (Double.isNaN(cheapestRival)) {
            return;
        }
        double ceiling = cheapestRival * (1 + margin);
        for (Offer offer : round.offers()) {
            if (offer.cloud().equals(cloud) && offer.effectivePrice() > ceiling) {
                round.replaceOffer(offer, offer.withEffectivePrice(ceiling), String.format(Locale.ROOT,
                        "most-favoured-nation: %s cuts $%.4f to $%.4f per effective H100e-hour", cloud,
                        offer.effectivePrice(), ceiling));
            }
        }
    }
}
