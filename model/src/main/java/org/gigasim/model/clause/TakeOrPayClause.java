package org.gigasim.model.clause;

import java.util.Locale;

/**
 * While active, the contract is billed on the chip-hours the lab uses, and at each fiscal
 * quarter end of the cloud the lab pays for at least {@code min_fraction} of the
 * contracted chip-hours: the shortfall {@code max(0, min_fraction × reserved − used) ×
 * price} is charged, revenue to the cloud and spend of the lab.
 */
public final class TakeOrPayClause implements Clause {

    /** The clause's parameters: {@code min_fraction}, 0 to 1 (default 1: pay for all of it). */
    public record Params(Double minFraction) {
        public Params {
            minFraction = minFraction == null ? 1.0 : minFraction;
            if (!(minFraction >= 0 && minFraction <= 1)) {
                throw new IllegalArgumentException("take-or-pay min_fraction must be 0 to 1, but was " + minFraction);
            }
        }
    }

    /** The registered type. */
    public static final ClauseType<Params> TYPE = new ClauseType<>("take-or-pay", Params.class, TakeOrPayClause::new);

    private final double minFraction;

    private TakeOrPayClause(Params params, ClauseHolder contract) {
        this.minFraction = params.minFraction();
    }

    @Override
    public String type() {
        return TYPE.name();
    }

    @Override
    public boolean billsOnUse() {
        return true;
    }

    @Override
    public void onSettlement(SettlementRound round) {
        double owed = minFraction * round.reservedChipHours();
        double shortfall = owed - round.usedChipHours();
        if (shortfall <= 1e-9 * Math.max(1, owed)) {
            return;
        }
        round.charge(shortfall * round.priceUsdPerChipHour(), String.format(Locale.ROOT,
                "take-or-pay: used %.0f of %.0f reserved chip-hours, below the minimum %.0f%%; shortfall %.0f chip-hours"
                        + " at $%.4f",
                round.usedChipHours(), round.reservedChipHours(), minFraction * 100, shortfall,
                round.priceUsdPerChipHour()));
    }
}
