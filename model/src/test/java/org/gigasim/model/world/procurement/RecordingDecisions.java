package org.gigasim.model.world.procurement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gigasim.model.world.decision.DecisionListener;

/** Keeps the procurement decisions in order, each as its name, time and arguments, for exact checks. */
final class RecordingDecisions implements DecisionListener {

    /** One decision: its name, its time and its other arguments in the listener's order. */
    record Call(String name, double t, List<Object> args) {

        double num(int i) {
            return ((Number) args.get(i)).doubleValue();
        }

        String str(int i) {
            return (String) args.get(i);
        }
    }

    final List<Call> calls = new ArrayList<>();
    private final List<String> log;

    RecordingDecisions(List<String> log) {
        this.log = log;
    }

    private void add(String name, double t, Object... args) {
        calls.add(new Call(name, t, Arrays.asList(args)));
        log.add(name);
    }

    /** The decisions named {@code name}, in order. */
    List<Call> named(String name) {
        return calls.stream().filter(c -> c.name().equals(name)).toList();
    }

    /** The only decision named {@code name}. */
    Call only(String name) {
        List<Call> found = named(name);
        if (found.size() != 1) {
            throw new AssertionError("expected one " + name + " decision, found " + found.size() + ": " + calls);
        }
        return found.get(0);
    }

    @Override
    public void offersRemoved(double timeHours, String clauseType, String contract, String lab, String cloud, double h100e, String reason) {
        add("offersRemoved", timeHours, clauseType, contract, lab, cloud, h100e, reason);
    }

    @Override
    public void othersLimited(double timeHours, String clauseType, String contract, String lab, double h100e, String reason) {
        add("othersLimited", timeHours, clauseType, contract, lab, h100e, reason);
    }

    @Override
    public void offerReplaced(double timeHours, String clauseType, String contract, String lab, String cloud, double h100e, String reason) {
        add("offerReplaced", timeHours, clauseType, contract, lab, cloud, h100e, reason);
    }

    @Override
    public void awarded(double timeHours, String clauseType, String contract, String lab, String cloud, double h100e, String reason) {
        add("awarded", timeHours, clauseType, contract, lab, cloud, h100e, reason);
    }

    @Override
    public void noted(double timeHours, String clauseType, String contract, String lab, String cloud, String decision, String reason) {
        add("noted", timeHours, clauseType, contract, lab, cloud, decision, reason);
    }

    @Override
    public void signed(double timeHours, String decidedBy, String contract, String lab, String cloud, String accelerator, double h100e, double shortfallH100e, double effectiveUsdPerH100eHour, double valueUsd) {
        add("signed", timeHours, decidedBy, contract, lab, cloud, accelerator, h100e, shortfallH100e, effectiveUsdPerH100eHour, valueUsd);
    }

    @Override
    public void datedDealCounted(double timeHours, String contract, String lab, String cloud, double h100e, double datedHours, double horizonHours) {
        add("datedDealCounted", timeHours, contract, lab, cloud, h100e, datedHours, horizonHours);
    }

    @Override
    public void commitmentLimited(double timeHours, String lab, String cloud, double offeredH100e, double takenH100e, double headroomUsd) {
        add("commitmentLimited", timeHours, lab, cloud, offeredH100e, takenH100e, headroomUsd);
    }

    @Override
    public void renewed(double timeHours, String contract, String renewal, String lab, String cloud, double h100e, double priceUsdPerChipHour, double valueUsd) {
        add("renewed", timeHours, contract, renewal, lab, cloud, h100e, priceUsdPerChipHour, valueUsd);
    }

    @Override
    public void cancelled(double timeHours, String contract, String lab, String cloud, double h100e, double cancelledUsd, double penaltyUsd) {
        add("cancelled", timeHours, contract, lab, cloud, h100e, cancelledUsd, penaltyUsd);
    }

    @Override
    public void deferred(double timeHours, String contract, String deferredPart, String lab, String cloud, double h100e, double deferredUsd, double feeUsd, int shiftDays) {
        add("deferred", timeHours, contract, deferredPart, lab, cloud, h100e, deferredUsd, feeUsd, shiftDays);
    }

    @Override
    public void matchWindow(double timeHours, String clauseType, String contract, String lab, String holder, double requestedH100e, double takenH100e, double days, String reason) {
        add("matchWindow", timeHours, clauseType, contract, lab, holder, requestedH100e, takenH100e, days, reason);
    }

    @Override
    public void procured(double timeHours, String contract, String lab, String cloud, double h100e, double delayDays, double concessionUsd) {
        add("procured", timeHours, contract, lab, cloud, h100e, delayDays, concessionUsd);
    }
}
