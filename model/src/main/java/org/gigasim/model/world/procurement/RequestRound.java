package org.gigasim.model.world.procurement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gigasim.model.clause.Offer;
import org.gigasim.model.clause.ProcurementRound;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.lab.Lab;
import org.gigasim.model.spec.ProcurementSpec;
import org.gigasim.model.world.core.Indices;
import org.gigasim.model.world.decision.DecisionListener;

/**
 * One capacity request as clauses see it. Offers the lab will take are kept in order:
 * offers a clause awarded first, then the rest by the lab's score. It remembers which
 * clause decided each offer, so the contract it becomes can say so.
 */
final class RequestRound implements ProcurementRound {

    private static final double HOURS_PER_YEAR = 8760;

    private final Indices indices;
    private final OfferBook book;
    private final DecisionListener decisions;
    private final Lab lab;
    private final double t;
    private final double requested;
    private final double start;
    private final double horizon;
    private final double trainingShare;
    private final double priceWeight;
    private final List<Offer> awarded = new ArrayList<>();
    private final List<Offer> rest;
    private final Set<Offer> awardedSet = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Offer, String> decidedBy = new IdentityHashMap<>();
    private Contract contract;
    private String actor;
    private double waitedHours;
    private double askedStart;
    private double heldDays;

    RequestRound(Indices indices, OfferBook book, DecisionListener decisions, Lab lab, double t, double requested,
            double start, double horizon, double trainingShare, ProcurementSpec policy) {
        this.indices = indices;
        this.book = book;
        this.decisions = decisions;
        this.lab = lab;
        this.t = t;
        this.requested = requested;
        this.start = start;
        this.horizon = horizon;
        this.trainingShare = trainingShare;
        this.priceWeight = policy.priceWeight();
        this.rest = new ArrayList<>(book.offers(lab, requested, start, horizon));
        this.askedStart = start;
        sort();
    }

    /**
     * Marks this round as the market's turn on a request the lab has waited {@code hours} on,
     * for a start it first asked for at {@code askedStartHours}.
     */
    void waited(double hours, double askedStartHours) {
        this.waitedHours = hours;
        this.askedStart = askedStartHours;
    }

    /** The start the lab first asked for on this request, in hours (the delay of what it signs counts from it). */
    double askedStartHours() {
        return askedStart;
    }

    /** The match window the lab must wait out before the rest of the request goes to the market; 0 if none. */
    double heldDays() {
        return heldDays;
    }

    private void sort() {
        double cheapest = rest.stream().mapToDouble(Offer::effectivePrice).min().orElse(1);
        double w = priceWeight;
        rest.sort(Comparator.comparingDouble((Offer o) -> w * o.effectivePrice() / Math.max(cheapest, 1e-12)
                + (1 - w) * (1 + (o.startHours() - start) / HOURS_PER_YEAR))
                .thenComparingDouble(this::freeOfferRank).thenComparing(Offer::cloud)
                .thenComparing(Offer::accelerator));
    }

    /**
     * Among free offers (an internal allocation), the most effective H100e per facility MW first:
     * power is what the company then runs short of. Priced offers all rank 0 here.
     */
    private double freeOfferRank(Offer o) {
        if (o.effectivePrice() != 0 || o.chips() <= 0) {
            return 0;
        }
        double mwPerChip = indices.accelerator(indices.acceleratorIndex(o.accelerator())).kwItPerChip()
                * indices.cloud(o.cloud()).referencePue() / 1000;
        return -o.effectiveH100e() / o.chips() / mwPerChip;
    }

    /** The clause about to act, so what it does is recorded under its type and contract. */
    void actingFor(Contract contract, String type) {
        this.contract = contract;
        this.actor = type;
    }

    /** The clause type that decided {@code offer}, or {@link DecisionListener#PROCUREMENT}. */
    String decidedBy(Offer offer) {
        return decidedBy.getOrDefault(offer, DecisionListener.PROCUREMENT);
    }

    boolean isAwarded(Offer offer) {
        return awardedSet.contains(offer);
    }

    public String lab() { return lab.id(); }
    public double timeHours() { return t; }
    public double requestedH100e() { return requested; }
    public double requestedStartHours() { return start; }
    public double horizonHours() { return horizon; }
    public double trainingShare() { return trainingShare; }

    public List<Offer> offers() {
        List<Offer> all = new ArrayList<>(awarded);
        all.addAll(rest);
        return Collections.unmodifiableList(all);
    }

    public List<Offer> offersOf(String cloud) {
        List<Offer> offers = new ArrayList<>(book.offersOf(indices.cloud(cloud), lab, requested, start, horizon));
        offers.sort(Comparator.comparingDouble(Offer::effectivePrice).thenComparing(Offer::accelerator));
        return offers;
    }

    public Optional<Offer> earliestOffer(String cloud, double h100e) {
        return book.earliest(indices.cloud(cloud), lab, h100e, start, horizon);
    }

    public void removeOffersOf(String cloud, String reason) {
        boolean topGone = !rest.isEmpty() && rest.get(0).cloud().equals(cloud);
        double removed = rest.stream().filter(o -> o.cloud().equals(cloud)).mapToDouble(Offer::effectiveH100e).sum();
        if (rest.removeIf(o -> o.cloud().equals(cloud))) {
            decisions.offersRemoved(t, actor, contractId(), lab.id(), cloud, removed, reason);
            if (topGone) {
                rest.forEach(o -> decidedBy.putIfAbsent(o, actor));
            }
        }
    }

    public void limitOthers(String cloud, double maxH100e, String reason) {
        double allowed = Math.max(0, maxH100e);
        double cut = 0;
        boolean cutBeforeHolder = false;
        boolean holderSeen = false;
        for (int i = 0; i < rest.size(); i++) {
            Offer o = rest.get(i);
            if (o.cloud().equals(cloud)) {
                holderSeen = true;
                continue;
            }
            Offer kept = o.upTo(allowed);
            allowed -= kept.effectiveH100e();
            if (kept != o) {
                cut += o.effectiveH100e() - kept.effectiveH100e();
                cutBeforeHolder |= !holderSeen;
                rest.set(i, kept);
            }
        }
        rest.removeIf(o -> o.effectiveH100e() <= 0);
        if (cut > 0) {
            decisions.othersLimited(t, actor, contractId(), lab.id(), cut, reason);
            if (cutBeforeHolder) {
                rest.stream().filter(o -> o.cloud().equals(cloud)).forEach(o -> decidedBy.putIfAbsent(o, actor));
            }
        }
    }

    public void replaceOffer(Offer old, Offer replacement, String reason) {
        for (List<Offer> list : List.of(awarded, rest)) {
            int i = list.indexOf(old);
            if (i >= 0) {
                list.set(i, replacement);
                if (awardedSet.remove(old)) {
                    awardedSet.add(replacement);
                }
                String by = decidedBy.remove(old);
                decidedBy.put(replacement, by == null ? actor : by);
                sort();
                decisions.offerReplaced(t, actor, contractId(), lab.id(), old.cloud(), replacement.effectiveH100e(),
                        reason);
                return;
            }
        }
    }

    public void awardTo(String cloud, String reason) {
        rest.removeIf(o -> !o.cloud().equals(cloud));
        rest.forEach(o -> decidedBy.putIfAbsent(o, actor));
        decisions.awarded(t, actor, contractId(), lab.id(), cloud, requested, reason);
    }

    public void award(List<Offer> offers, String reason) {
        if (offers.isEmpty()) {
            return;
        }
        String cloud = offers.get(0).cloud();
        rest.removeIf(o -> o.cloud().equals(cloud));
        for (Offer o : offers) {
            awarded.add(o);
            awardedSet.add(o);
            decidedBy.put(o, actor);
        }
        decisions.awarded(t, actor, contractId(), lab.id(), cloud, offers.stream().mapToDouble(Offer::effectiveH100e).sum(),
                reason);
    }

    public void note(String cloud, String decision, String reason) {
        decisions.noted(t, actor, contractId(), lab.id(), cloud, decision, reason);
    }

    public double waitedDays() {
        return waitedHours / 24;
    }

    public void matchWindow(String holder, double days, String reason) {
        if (!(days >= 0 && days < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("a match window must be 0 days or more, but was " + days);
        }
        double taken = awarded.stream().filter(o -> o.cloud().equals(holder)).mapToDouble(Offer::effectiveH100e).sum();
        decisions.matchWindow(t, actor, contractId(), lab.id(), holder, requested, taken, days, reason);
        if (days > 0 && taken < requested * (1 - 1e-9)) {
            // The lab may not sign with the rest of the market before the window ends.
            heldDays = Math.max(heldDays, days);
            rest.clear();
        }
    }

    private String contractId() {
        return contract == null ? null : contract.contractId();
    }
}
