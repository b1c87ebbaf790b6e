package org.gigasim.model.clause;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Before the lab contracts new capacity elsewhere, the holder (the contract's cloud unless
 * another is named) may take the request.
 *
 * <p>With a {@code match_window_days}, as rights of first refusal are written: the holder
 * may take up to {@code share} of each request, as much as its pipeline holds by the
 * requested start, matching the best rival's price (giving up at most
 * {@code max_concession} of its own quote, else it declines that part) or, with
 * {@code price: own}, at its own quote. The lab waits the window before it may turn to the
 * market, so the rest is requested again when the window ends, with the lab's lead time
 * counted from then: that is the delay the clause costs the lab.
 *
 * <p>Without a window (the original form): if the holder can supply at least
 * {@code fraction} of the requested H100e by the requested start, it gets the request at no
 * more than the best rival's effective price; what it cannot supply by the date it supplies
 * from the earliest month its pipeline allows within the lab's horizon; anything beyond that
 * goes to the market. A holder that cannot supply the fraction by the date refuses.
 */
public final class RightOfFirstRefusalClause implements Clause {

    /**
     * The clause's parameters: {@code holder} (a cloud id); {@code fraction}, the least part of
     * a request the holder must be able to supply by the requested start to take it (above 0 to
     * 1, default 1 without a window; 0 to {@code share}, default 0, with one); with
     * {@code matchWindowDays} (0 to 3650), {@code share} (above 0 to 1, default 1),
     * {@code price} ({@code match}, the default, or {@code own}) and {@code maxConcession} (0 to
     * 1, default 1: the holder matches any cheaper rival).
     */
    public record Params(String holder, Double fraction, Double share, Double matchWindowDays, String price,
            Double maxConcession) {
        public Params {
            if (matchWindowDays == null) {
                if (share != null || price != null || maxConcession != null) {
                    throw new IllegalArgumentException("right-of-first-refusal share, price and max_concession need"
                            + " match_window_days (0 for an answer without waiting)");
                }
                fraction = within("fraction", fraction == null ? 1.0 : fraction, false);
            } else {
                if (!(matchWindowDays >= 0 && matchWindowDays <= 3650)) {
                    throw new IllegalArgumentException("right-of-first-refusal match_window_days must be 0 to 3650,"
                            + " but was " + matchWindowDays);
                }
                share = within("share", share == null ? 1.0 : share, false);
                fraction = within("fraction", fraction == null ? 0.0 : fraction, true);
                if (fraction > share) {
                    throw new IllegalArgumentException("right-of-first-refusal fraction (" + fraction
                            + ") cannot exceed share (" + share + "): the holder may not take that much");
                }
                price = price == null ? "match" : price;
                if (!price.equals("match") && !price.equals("own")) {
                    throw new IllegalArgumentException("right-of-first-refusal price must be match or own, but was "
                            + price);
                }
                if (maxConcession != null && price.equals("own")) {
                    throw new IllegalArgumentException("right-of-first-refusal max_concession applies to price:"
                            + " match only");
                }
                maxConcession = within("max_concession", maxConcession == null ? 1.0 : maxConcession, true);
            }
        }

        /** The original form: {@code fraction} of each request, answered at once. */
        public static Params immediate(String holder, Double fraction) {
            return new Params(holder, fraction, null, null, null, null);
        }

        private static double within(String name, double value, boolean zeroAllowed) {
            if (!((zeroAllowed ? value >= 0 : value > 0) && value <= 1)) {
                throw new IllegalArgumentException("right-of-first-refusal " + name + " must be "
                        + (zeroAllowed ? "0" : "above 0") + " to 1, but was " + value);
            }
            return value;
        }
    }

    /** The registered type. */
    public static final ClauseType<Params> TYPE = new ClauseType<>("right-of-first-refusal", Params.class,
            RightOfFirstRefusalClause::new);

    static final double HOURS_PER_DAY = 24;

    private final String holder;
    private final Params params;

    private RightOfFirstRefusalClause(Params params, ClauseHolder contract) {
        this.holder = params.holder() == null ? contract.cloud() : params.holder();
        this.params = params;
    }

    @Override
    public String type() {
        return TYPE.name();
    }

    @Override
    public void onProcurement(ProcurementRound round) {
        if (round.waitedDays() > 0) {
            return;   // the lab waited out a window on this request: the holder has had its turn
        }
        if (params.matchWindowDays() == null) {
            immediate(round);
        } else {
            withWindow(round);
        }
    }

    /**
     * The holder takes, cheapest first, up to its share of the request from what its pipeline
     * holds by the requested start, matching the rival offers it displaces (those the lab
     * would take first for the same H100e) when it is willing to cut its quote that far; the
     * rest waits out the window.
     */
    private void withWindow(ProcurementRound round) {
        double requested = round.requestedH100e();
        double limit = params.share() * requested;
        List<Offer> rivals = round.offers().stream().filter(o -> !o.cloud().equals(holder)).toList();
        List<Offer> taken = new ArrayList<>();
        double inTime = 0;
        double quoted = 0;
        double paid = 0;
        double deepestCut = 0;
        for (Offer offer : round.offersOf(holder)) {
            Offer part = offer.upTo(limit - inTime);
            if (part.effectiveH100e() <= 0) {
                break;
            }
            double rivalPrice = displacedPrice(rivals, inTime, inTime + part.effectiveH100e(), part.effectivePrice());
            inTime += part.effectiveH100e();
            Offer priced = params.price().equals("own") ? part : matched(part, OptionalDouble.of(rivalPrice));
            double cut = 1 - priced.effectivePrice() / part.effectivePrice();
            deepestCut = Math.max(deepestCut, cut);
            if (cut <= params.maxConcession() + 1e-12) {
                taken.add(priced);
                quoted += part.effectivePrice() * part.effectiveH100e();
                paid += priced.effectivePrice() * priced.effectiveH100e();
            }
        }
        double took = taken.stream().mapToDouble(Offer::effectiveH100e).sum();
        if (took < params.fraction() * requested * (1 - 1e-9)) {
            taken.clear();   // less than the least part it exercises for: it declines the whole request
            took = 0;
        }
        String window = number(params.matchWindowDays()) + "-day";
        String terms = String.format(Locale.ROOT, "it may take %s%%, its pipeline holds %.0f by the requested start"
                + " (in %s days), it cuts its quote by at most %s%% to match, and it exercises for no less than %s%%"
                + " of a request", number(params.share() * 100), inTime,
                days(round.requestedStartHours() - round.timeHours()),
                number(params.price().equals("own") ? 0 : params.maxConcession() * 100),
                number(params.fraction() * 100));
        if (took > 0) {
            round.award(taken, String.format(Locale.ROOT, "%s exercises its right of first refusal within the %s"
                    + " window on %.0f of %.0f H100e (%s) at $%.4f per effective H100e-hour against its own quote"
                    + " of $%.4f: a concession of $%.4f per effective H100e-hour", holder, window, took, requested,
                    terms, paid / took, quoted / took, (quoted - paid) / took));
        } else {
            round.note(holder, "decline", String.format(Locale.ROOT, "%s declines within the %s window: it takes"
                    + " none of %.0f H100e (%s; matching the rival offers it would displace needs a cut of %s%%)",
                    holder, window, requested, terms, number(deepestCut * 100)));
        }
        round.matchWindow(holder, params.matchWindowDays(), took >= requested * (1 - 1e-9)
                ? holder + " took the whole request: " + round.lab() + " need not wait"
                : String.format(Locale.ROOT, "%s waits out the %s window for %s's answer; the %.0f H100e %s did"
                        + " not take go to the market then", round.lab(), window, holder, requested - took, holder));
    }

    /**
     * The effective price of the rival offers the lab would take, in its order, from the
     * {@code from}-th to the {@code to}-th H100e: the terms the holder must match. Where no
     * rival offers, there is nothing to match and {@code ownPrice} counts.
     */
    private static double displacedPrice(List<Offer> rivals, double from, double to, double ownPrice) {
        double usd = 0;
        double at = 0;
        for (Offer o : rivals) {
            double lo = Math.max(from, at);
            double hi = Math.min(to, at + o.effectiveH100e());
            if (hi > lo) {
                usd += (hi - lo) * o.effectivePrice();
            }
            at += o.effectiveH100e();
        }
        double covered = Math.max(0, Math.min(to, at) - from);
        return (usd + (to - from - covered) * ownPrice) / (to - from);
    }

    /** The holder matches a cheaper rival, and keeps its own price when it is the cheaper (or there is none). */
    private static Offer matched(Offer offer, OptionalDouble rivalPrice) {
        return rivalPrice.isPresent() && offer.effectivePrice() > rivalPrice.getAsDouble()
                ? offer.withEffectivePrice(rivalPrice.getAsDouble()) : offer;
    }

    private void immediate(ProcurementRound round) {
        double fraction = params.fraction();
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
                awarded.add(matched(part, OptionalDouble.of(rivalPrice)));
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
                awarded.add(matched(later.get(), OptionalDouble.of(rivalPrice)));
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

    /** A number as a reader writes it: no decimals when whole, else up to four. */
    private static String number(double value) {
        String text = String.format(Locale.ROOT, "%.4f", value);
        return text.contains(".") ? text.replaceAll("\\.?0+$", "") : text;
    }

    private static String days(double hours) {
        return String.format(Locale.ROOT, "%.0f", hours / HOURS_PER_DAY);
    }
}
