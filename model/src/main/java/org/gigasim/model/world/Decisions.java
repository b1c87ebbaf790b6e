package org.gigasim.model.world;

import java.time.LocalDate;
import java.util.Arrays;
import org.gigasim.model.spec.TrafficClass;
import org.gigasim.model.world.decision.DecisionListener;
import org.gigasim.model.world.decision.OutageCause;

/** Passes every decision on to each listener attached, in the order they were attached. */
final class Decisions implements DecisionListener {

    private DecisionListener[] listeners = new DecisionListener[0];

    void add(DecisionListener listener) {
        listeners = Arrays.copyOf(listeners, listeners.length + 1);
        listeners[listeners.length - 1] = listener;
    }

    @Override
    public void pinned(double t, String type, String contract, String lab, String cloud, TrafficClass trafficClass,
            double h100e, String reason) {
        for (DecisionListener l : listeners) {
            l.pinned(t, type, contract, lab, cloud, trafficClass, h100e, reason);
        }
    }

    @Override
    public void unpinned(double t, String type, String lab, String cloud, TrafficClass trafficClass) {
        for (DecisionListener l : listeners) {
            l.unpinned(t, type, lab, cloud, trafficClass);
        }
    }

    @Override
    public void trainingConfined(double t, String type, String contract, String lab, String cloud, double load,
            String reason) {
        for (DecisionListener l : listeners) {
            l.trainingConfined(t, type, contract, lab, cloud, load, reason);
        }
    }

    @Override
    public void trainingReleased(double t, String type, String lab, String cloud) {
        for (DecisionListener l : listeners) {
            l.trainingReleased(t, type, lab, cloud);
        }
    }

    @Override
    public void prioritised(double t, String type, String contract, String lab, String cloud, double extraH100e,
            String reason) {
        for (DecisionListener l : listeners) {
            l.prioritised(t, type, contract, lab, cloud, extraH100e, reason);
        }
    }

    @Override
    public void priorityIdle(double t, String type, String contract, String cloud) {
        for (DecisionListener l : listeners) {
            l.priorityIdle(t, type, contract, cloud);
        }
    }

    @Override
    public void offersRemoved(double t, String type, String contract, String lab, String cloud, double h100e,
            String reason) {
        for (DecisionListener l : listeners) {
            l.offersRemoved(t, type, contract, lab, cloud, h100e, reason);
        }
    }

    @Override
    public void othersLimited(double t, String type, String contract, String lab, double h100e, String reason) {
        for (DecisionListener l : listeners) {
            l.othersLimited(t, type, contract, lab, h100e, reason);
        }
    }

    @Override
    public void offerReplaced(double t, String type, String contract, String lab, String cloud, double h100e,
            String reason) {
        for (DecisionListener l : listeners) {
            l.offerReplaced(t, type, contract, lab, cloud, h100e, reason);
        }
    }

    @Override
    public void awarded(double t, String type, String contract, String lab, String cloud, double h100e,
            String reason) {
        for (DecisionListener l : listeners) {
            l.awarded(t, type, contract, lab, cloud, h100e, reason);
        }
    }

    @Override
    public void noted(double t, String type, String contract, String lab, String cloud, String decision,
            String reason) {
        for (DecisionListener l : listeners) {
            l.noted(t, type, contract, lab, cloud, decision, reason);
        }
    }

    @Override
    public void signed(double t, String decidedBy, String contract, String lab, String cloud, String accelerator,
            double h100e, double shortfallH100e, double effectiveUsdPerH100eHour, double valueUsd) {
        for (DecisionListener l : listeners) {
            l.signed(t, decidedBy, contract, lab, cloud, accelerator, h100e, shortfallH100e, effectiveUsdPerH100eHour,
                    valueUsd);
        }
    }

    @Override
    public void charged(double t, String type, String contract, String lab, String cloud, double usd, String reason) {
        for (DecisionListener l : listeners) {
            l.charged(t, type, contract, lab, cloud, usd, reason);
        }
    }

    @Override
    public void outage(double t, String site, String cloud, double hours, OutageCause cause) {
        for (DecisionListener l : listeners) {
            l.outage(t, site, cloud, hours, cause);
        }
    }

    @Override
    public void demandChanged(double t, String lab, double factor) {
        for (DecisionListener l : listeners) {
            l.demandChanged(t, lab, factor);
        }
    }

    @Override
    public void contractAmended(double t, String contract, String lab, String cloud, double mw, double endHours,
            double priceUsdPerChipHour, double valueChangeUsd) {
        for (DecisionListener l : listeners) {
            l.contractAmended(t, contract, lab, cloud, mw, endHours, priceUsdPerChipHour, valueChangeUsd);
        }
    }

    @Override
    public void clauseRelinquished(double t, String type, String contract, String lab, String cloud,
            double untilHours) {
        for (DecisionListener l : listeners) {
            l.clauseRelinquished(t, type, contract, lab, cloud, untilHours);
        }
    }

    @Override
    public void clauseAmended(double t, String type, String contract, String lab, String cloud, double untilHours) {
        for (DecisionListener l : listeners) {
            l.clauseAmended(t, type, contract, lab, cloud, untilHours);
        }
    }

    @Override
    public void revenueRateFitted(double t, String lab, double usdPerH100eHour, double earnedUsd,
            LocalDate from, LocalDate through) {
        for (DecisionListener l : listeners) {
            l.revenueRateFitted(t, lab, usdPerH100eHour, earnedUsd, from, through);
        }
    }

    @Override
    public void fundingRaised(double t, String lab, double usd, double cashUsd) {
        for (DecisionListener l : listeners) {
            l.fundingRaised(t, lab, usd, cashUsd);
        }
    }

    @Override
    public void datedDealCounted(double t, String contract, String lab, String cloud, double h100e,
            double datedHours, double horizonHours) {
        for (DecisionListener l : listeners) {
            l.datedDealCounted(t, contract, lab, cloud, h100e, datedHours, horizonHours);
        }
    }

    @Override
    public void commitmentLimited(double t, String lab, String cloud, double offeredH100e, double takenH100e,
            double headroomUsd) {
        for (DecisionListener l : listeners) {
            l.commitmentLimited(t, lab, cloud, offeredH100e, takenH100e, headroomUsd);
        }
    }

    @Override
    public void onDemandCashLimited(double t, String lab, double grantedH100e, double affordableH100e,
            double budgetUsdPerHour) {
        for (DecisionListener l : listeners) {
            l.onDemandCashLimited(t, lab, grantedH100e, affordableH100e, budgetUsdPerHour);
        }
    }

    @Override
    public void onDemandCashFreed(double t, String lab) {
        for (DecisionListener l : listeners) {
            l.onDemandCashFreed(t, lab);
        }
    }

    @Override
    public void renewed(double t, String contract, String renewal, String lab, String cloud, double h100e,
            double priceUsdPerChipHour, double valueUsd) {
        for (DecisionListener l : listeners) {
            l.renewed(t, contract, renewal, lab, cloud, h100e, priceUsdPerChipHour, valueUsd);
        }
    }

    @Override
    public void cancelled(double t, String contract, String lab, String cloud, double h100e, double cancelledUsd,
            double penaltyUsd) {
        for (DecisionListener l : listeners) {
            l.cancelled(t, contract, lab, cloud, h100e, cancelledUsd, penaltyUsd);
        }
    }

    @Override
    public void defaulted(double t, String contract, String lab, String cloud, double cashUsd, double defaultedUsd) {
        for (DecisionListener l : listeners) {
            l.defaulted(t, contract, lab, cloud, cashUsd, defaultedUsd);
        }
    }

    @Override
    public void deferred(double t, String contract, String deferredPart, String lab, String cloud, double h100e,
            double deferredUsd, double feeUsd, int shiftDays) {
        for (DecisionListener l : listeners) {
            l.deferred(t, contract, deferredPart, lab, cloud, h100e, deferredUsd, feeUsd, shiftDays);
        }
    }

    @Override
    public void reachBlocked(double t, String type, String contract, String lab, String cloud,
            TrafficClass trafficClass, double h100e, String reason) {
        for (DecisionListener l : listeners) {
            l.reachBlocked(t, type, contract, lab, cloud, trafficClass, h100e, reason);
        }
    }

    @Override
    public void reachOpened(double t, String lab, String cloud, TrafficClass trafficClass, double h100e) {
        for (DecisionListener l : listeners) {
            l.reachOpened(t, lab, cloud, trafficClass, h100e);
        }
    }

    @Override
    public void breached(double t, String type, String contract, String lab, String cloud, String byContract,
            double penaltyUsd, boolean active) {
        for (DecisionListener l : listeners) {
            l.breached(t, type, contract, lab, cloud, byContract, penaltyUsd, active);
        }
    }

    @Override
    public void enjoined(double t, String type, String contract, String lab, String cloud, double delayDays,
            double startHours) {
        for (DecisionListener l : listeners) {
            l.enjoined(t, type, contract, lab, cloud, delayDays, startHours);
        }
    }

    @Override
    public void matchWindow(double t, String type, String contract, String lab, String holder, double requestedH100e,
            double takenH100e, double days, String reason) {
        for (DecisionListener l : listeners) {
            l.matchWindow(t, type, contract, lab, holder, requestedH100e, takenH100e, days, reason);
        }
    }

    @Override
    public void procured(double t, String contract, String lab, String cloud, double h100e, double delayDays,
            double concessionUsd) {
        for (DecisionListener l : listeners) {
            l.procured(t, contract, lab, cloud, h100e, delayDays, concessionUsd);
        }
    }
}
