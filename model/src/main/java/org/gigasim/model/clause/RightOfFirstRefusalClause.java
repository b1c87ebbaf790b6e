package org.gigasim.model.clause;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Before the lab contracts new capacity elsewhere, the holder (the contract's cloud
 * unless another is named) may take the request: if it can supply at least
 * {@code fraction} of the requested H100e by the requested start, it gets the request at
 * no more than the best rival's effective price (it matches a cheaper rival, keeps its own
 * price if cheaper). What it cannot supply by the date it supplies from the earliest month
 * its pipeline allows within the lab's horizon (the delay the lab gives up); anything
 * beyond that goes to the market. A holder that cannot supply the fraction by the date
 * refuses, and the request goes to the market.
 */
public final class RightOfFirstRefusalClause implements Clause {

    /** The clause's parameters: {@code holder} (a cloud id) and {@code fraction} (0 to 1, default 1). */
    public record Params(String holder, Double fraction) {
        public Params {
            fraction = fraction == null ? 1.0 : fraction;
            if (!(fraction > 0 && fraction <= 1)) {
                throw new IllegalArgumentException("right-of-first-refusal fraction must be above 0 and at most 1, but was "
                        + fraction);
            }
        }
    }

    /** The registered type. */
    public static final ClauseType<Params> TYPE = new ClauseType<>("right-of-first-refusal", Params.class,
            RightOfFirstRefusalClause::new);

    private static final double HOURS_PER_DAY = 24;

    private final String holder;
    private final double fraction;

    private RightOfFirstRefusalClause(Params params, ClauseHolder contract) {
        this.holder = params.holder() == null ? contract.cloud() : params.holder();
        this.fraction = params.fraction();
    }

    @Override
    public String type() {
        return TYPE.name();
    }

    @Override
    public void onProcurement(ProcurementRound round) {
        List<Offer> rivals = round.offers().stream().filter(o -> !o.cloud().equals(holder)).toList();
        if (rivals.isEmpty()) {
            return;
        }
        double rivalPrice = rivals.stream().mapToDouble(Offer::effectivePrice).min().orElseThrow();
        double requested = round.requestedH100e();
        List<Offer> awarded = new ArrayList<>();
        double supplied = 0;
        for (Offer offer : round.offersOf(holder)) {
            Offer part = offer.upTo(requested - supplied);
            if (part.effectiveH100e() > 0) {
                awarded.add(matched(part, rivalPrice));
                supplied += part.effectiveH100e();
            }
        }
        String date = "requested start, in " + days(round.requestedStartHours() - round.timeHours()) + " days,";
        if (supplied < fraction * requested * (1 - 1e-9)) {
            Optional<Offer> later = round.earliestOffer(holder, requested);
            round.note(holder, "refuse", String.format(Locale.ROOT,
                    "%s can supply %.0f of %.0f H100e by the %s (needs %.0f%%); %s; the request goes to the market",
                    holder, supplied, requested, date, fraction * 100,
                    later.map(o -> "it could supply all of it only " + days(o.startHours() - round.requestedStartHours())
                            + " days later").orElse("it cannot supply all of it within the horizon")));
            return;
        }
        double delayedH100e = 0;
        double delayDays = 0;
        if (supplied < requested * (1 - 1e-9)) {
            // The pipeline must hold the whole request then: what it supplies by the date is not yet reserved.
            double rest = requested - supplied;
            Optional<Offer> later = round.earliestOffer(holder, requested).map(o -> o.upTo(rest));
            if (later.isPresent()) {
                awarded.add(matched(later.get(), rivalPrice));
                delayedH100e = later.get().effectiveH100e();
                delayDays = (later.get().startHours() - round.requestedStartHours()) / HOURS_PER_DAY;
            }
        }
        double paid = awarded.stream().mapToDouble(o -> o.effectivePrice() * o.effectiveH100e()).sum()
                / awarded.stream().mapToDouble(Offer::effectiveH100e).sum();
        round.award(awarded, String.format(Locale.ROOT,
                "%s exercises its right of first refusal: %.0f of %.0f H100e by the %s at $%.4f per effective"
                        + " H100e-hour (best rival $%.4f); the lab gives up %.0f days of delay on %.0f H100e and"
                        + " $%.4f per effective H100e-hour against the best rival",
                holder, supplied, requested, date, paid, rivalPrice, delayDays, delayedH100e, paid - rivalPrice));
    }

    /** The holder matches a cheaper rival, and keeps its own price when it is the cheaper. */
    private static Offer matched(Offer offer, double rivalPrice) {
        return offer.effectivePrice() > rivalPrice ? offer.withEffectivePrice(rivalPrice) : offer;
    }

    private static String days(double hours) {
        return String.format(Locale.ROOT, "%.0f", hours / HOURS_PER_DAY);
    }
}
