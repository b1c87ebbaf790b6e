package org.gigasim.model.clause;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gigasim.model.spec.TrafficClass;

/** Recording stand-ins for the contexts the model hands a clause, so a test sees each decision a clause makes. */
final class ClauseFakes {

    private ClauseFakes() {
    }

    /** The contract carrying the clause. */
    record Holder(String contractId, String lab, String cloud) implements ClauseHolder {
    }

    /** Routing rules that record each call as a line such as {@code pin stateful a failover=false}. */
    static final class Rules implements RoutingRules {
        final List<String> calls = new ArrayList<>();
        final List<String> reasons = new ArrayList<>();
        final Map<TrafficClass, Double> forecast = new EnumMap<>(TrafficClass.class);
        double timeHours;

        @Override
        public String lab() {
            return "lab";
        }

        @Override
        public double timeHours() {
            return timeHours;
        }

        @Override
        public double forecastH100e(TrafficClass trafficClass) {
            return forecast.getOrDefault(trafficClass, 0.0);
        }

        @Override
        public void pin(TrafficClass trafficClass, String cloud, boolean failover, String reason) {
            record("pin " + trafficClass.id() + " " + cloud + " failover=" + failover, reason);
        }

        @Override
        public void pinPart(TrafficClass trafficClass, String cloud, double h100e, String reason) {
            record("pinPart " + trafficClass.id() + " " + cloud + " " + h100e, reason);
        }

        @Override
        public void confineTraining(String cloud, String reason) {
            record("confineTraining " + cloud, reason);
        }

        @Override
        public void prioritise(String lab, String cloud, String reason) {
            record("prioritise " + lab + " " + cloud, reason);
        }

        private void record(String call, String reason) {
            calls.add(call);
            reasons.add(reason);
        }
    }

    /** A procurement round with fixed offers that records every change a clause asks for. */
    static final class Round implements ProcurementRound {
        final double requestedH100e;
        final double requestedStartHours;
        final double trainingShare;
        final List<Offer> offers = new ArrayList<>();
        final Map<String, List<Offer>> offersByCloud = new LinkedHashMap<>();
        final Map<String, Offer> earliest = new LinkedHashMap<>();
        final List<String> calls = new ArrayList<>();
        final List<String> reasons = new ArrayList<>();
        List<Offer> awarded;
        double timeHours;

        Round(double requestedH100e, double requestedStartHours, double trainingShare) {
            this.requestedH100e = requestedH100e;
            this.requestedStartHours = requestedStartHours;
            this.trainingShare = trainingShare;
        }

        /** Adds a standing offer, also among those its cloud offers at the requested start. */
        Round offer(Offer offer) {
            offers.add(offer);
            offersByCloud.computeIfAbsent(offer.cloud(), c -> new ArrayList<>()).add(offer);
            return this;
        }

        @Override
        public String lab() {
            return "lab";
        }

        @Override
        public double timeHours() {
            return timeHours;
        }

        @Override
        public double requestedH100e() {
            return requestedH100e;
        }

        @Override
        public double requestedStartHours() {
            return requestedStartHours;
        }

        @Override
        public double horizonHours() {
            return requestedStartHours + 8_760;
        }

        @Override
        public double trainingShare() {
            return trainingShare;
        }

        @Override
        public List<Offer> offers() {
            return List.copyOf(offers);
        }

        @Override
        public List<Offer> offersOf(String cloud) {
            return offersByCloud.getOrDefault(cloud, List.of());
        }

        @Override
        public Optional<Offer> earliestOffer(String cloud, double h100e) {
            Offer offer = earliest.get(cloud);
            return offer == null || offer.effectiveH100e() < h100e ? Optional.empty() : Optional.of(offer);
        }

        @Override
        public void removeOffersOf(String cloud, String reason) {
            record("removeOffersOf " + cloud, reason);
        }

        @Override
        public void limitOthers(String cloud, double maxH100e, String reason) {
            record("limitOthers " + cloud + " " + maxH100e, reason);
        }

        @Override
        public void replaceOffer(Offer old, Offer replacement, String reason) {
            record("replaceOffer", reason);
        }

        @Override
        public void awardTo(String cloud, String reason) {
            record("awardTo " + cloud, reason);
        }

        @Override
        public void award(List<Offer> offers, String reason) {
            awarded = offers;
            record("award " + offers.size(), reason);
        }

        @Override
        public void note(String cloud, String decision, String reason) {
            record("note " + cloud + " " + decision, reason);
        }

        @Override
        public double waitedDays() {
            return 0;
        }

        @Override
        public void matchWindow(String holder, double days, String reason) {
            record("matchWindow " + holder + " " + days, reason);
        }

        private void record(String call, String reason) {
            calls.add(call);
            reasons.add(reason);
        }
    }

    /** A quarter end with fixed figures that records the charges. */
    static final class Settlement implements SettlementRound {
        final double reservedChipHours;
        final double usedChipHours;
        final double priceUsdPerChipHour;
        final List<Double> charges = new ArrayList<>();
        final List<String> reasons = new ArrayList<>();

        Settlement(double reservedChipHours, double usedChipHours, double priceUsdPerChipHour) {
            this.reservedChipHours = reservedChipHours;
            this.usedChipHours = usedChipHours;
            this.priceUsdPerChipHour = priceUsdPerChipHour;
        }

        @Override
        public double timeHours() {
            return 2_184;
        }

        @Override
        public double quarterHours() {
            return 2_184;
        }

        @Override
        public double reservedChipHours() {
            return reservedChipHours;
        }

        @Override
        public double usedChipHours() {
            return usedChipHours;
        }

        @Override
        public double priceUsdPerChipHour() {
            return priceUsdPerChipHour;
        }

        @Override
        public double charge(double usd, String reason) {
            charges.add(usd);
            reasons.add(reason);
            return usd;
        }
    }
}
