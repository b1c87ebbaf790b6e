package org.gigasim.model.world;

import java.util.List;
import org.gigasim.model.contract.ActiveClause;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.lab.Lab;
import org.gigasim.model.site.Site;
import org.gigasim.model.spec.EventSpec;
import org.gigasim.model.spec.TrafficClass;
import org.gigasim.model.world.core.Clock;
import org.gigasim.model.world.core.ContractTerms;
import org.gigasim.model.world.core.Indices;
import org.gigasim.model.world.core.Ledger;
import org.gigasim.model.world.decision.OutageCause;

/** Schedules the scenario's dated events and carries each out when its date comes. */
final class ScenarioEvents {

    private final World world;
    private final List<EventSpec> events;
    private final Clock clock;
    private final Indices indices;
    private final Supply supply;

    ScenarioEvents(World world, List<EventSpec> events, Supply supply) {
        this.world = world;
        this.events = events;
        this.supply = supply;
        this.clock = world.clock();
        this.indices = world.indices();
    }

    void scheduleAll() {
        for (EventSpec event : events) {
            double at = Math.max(0, clock.calendar().hoursAt(event.on()));
            if (clock.before(at)) {
                clock.sim().scheduleAt(at, s -> {
                    apply(event, s.now());
                    world.reallocate();
                });
            }
        }
    }

    private void apply(EventSpec event, double t) {
        if (event instanceof EventSpec.Outage o) {
            for (Site site : world.sites().all()) {
                if (site.id().equals(o.site()) || site.region().equals(o.region())) {
                    world.beginOutage(site, o.durationHours(), OutageCause.SCENARIO);
                }
            }
        } else if (event instanceof EventSpec.RelinquishClause r) {
            setClauseUntil(r.contract(), r.type(), t, true, t);
        } else if (event instanceof EventSpec.AmendClause a) {
            // Dates are inclusive days: the clause stays active through the whole of its new until date.
            setClauseUntil(a.contract(), a.type(), clock.calendar().hoursAt(a.until().plusDays(1)), false, t);
        } else if (event instanceof EventSpec.AmendContract ac) {
            amendContract(ac, t);
        } else if (event instanceof EventSpec.SignContract sc) {
            world.sign(sc.contract(), t, "scenario");
        } else if (event instanceof EventSpec.AddSite as) {
            world.addSite(as.cloud(), as.site());
        } else if (event instanceof EventSpec.AddMilestone am) {
            Site site = world.sites().get(am.site());
            supply.addMilestone(site, am.milestone(), "power/" + site.id() + "/event-" + am.on());
            world.capacityChanged(site);
        } else if (event instanceof EventSpec.ChangeDemand cd) {
            Lab lab = indices.lab(indices.labIndex(cd.lab()));
            double needBefore = world.procurement().plannedNeedH100e(lab, t);
            for (TrafficClass c : TrafficClass.values()) {
                if (cd.classes().isEmpty() || cd.classes().contains(c)) {
                    lab.scaleDemand(c, cd.factor());
                }
            }
            lab.refreshDemand(t);
            world.decisions().demandChanged(t, cd.lab(), cd.factor());
            if (cd.factor() < 1) {
                world.procurement().forecastCut(lab, t, needBefore);
            }
        } else if (event instanceof EventSpec.ChangePrice cp) {
            indices.cloud(cp.cloud()).changePrice(cp.accelerator(), cp.contract(), cp.onDemand());
        } else if (event instanceof EventSpec.Breach b) {
            breach(b, t);
        }
    }

    /**
     * The lab breaches a clause: if the clause is in force, the lab pays the penalty it states
     * to the contract's cloud through the ledger, and an injunction delays the contract in
     * breach by the days it states (only one that has not started can be delayed).
     */
    private void breach(EventSpec.Breach b, double t) {
        Contract contract = world.contracts().get(b.contract());
        Contract by = world.contracts().get(b.by());
        if (contract == null || by == null) {
            return;
        }
        for (ActiveClause clause : contract.clauses()) {
            if (!clause.clause().type().equals(b.type())) {
                continue;
            }
            boolean active = clause.isActiveAt(t) && clause.breach() != null;
            double penalty = active ? clause.breach().penaltyUsd() : 0;
            if (penalty > 0) {
                world.ledger().transfer(indices.lab(contract.labIndex()), indices.cloud(contract.cloud()), penalty,
                        Ledger.Cause.BREACH);
            }
            world.decisions().breached(t, b.type(), contract.contractId(), contract.lab(), contract.cloud(),
                    by.contractId(), penalty, active);
            double days = active ? clause.breach().injunctionDays() : 0;
            if (days > 0 && by.postpone(t, days * 24)) {
                world.wakeAtTerm(by);
                world.decisions().enjoined(t, b.type(), by.contractId(), by.lab(), by.cloud(), days, by.startHours());
            }
            return;
        }
    }

    private void amendContract(EventSpec.AmendContract ac, double t) {
        Contract contract = world.contracts().get(ac.contract());
        if (contract == null) {
            return;
        }
        double mw = ac.mw() != null ? ac.mw() : contract.mw();
        double chips = ContractTerms.chipsAt(contract, mw);
        double end = ac.end() != null ? clock.calendar().hoursAt(ac.end().plusDays(1)) : contract.endHours();
        double price = ac.priceUsdPerChipHour() != null ? ac.priceUsdPerChipHour() : contract.priceUsdPerChipHour();
        double change = contract.amend(t, mw, chips, end, price);
        world.wakeAt(contract.endHours());
        world.decisions().contractAmended(t, contract.contractId(), contract.lab(), contract.cloud(), mw, end, price,
                change);
    }

    private void setClauseUntil(String contractId, String type, double until, boolean relinquished, double t) {
        Contract contract = world.contracts().get(contractId);
        if (contract == null) {
            return;
        }
        for (ActiveClause clause : contract.clauses()) {
            if (clause.clause().type().equals(type)) {
                clause.setUntilHours(until);
                world.wakeAt(until);
                if (relinquished) {
                    world.decisions().clauseRelinquished(t, type, contractId, contract.lab(), contract.cloud(), until);
                } else {
                    world.decisions().clauseAmended(t, type, contractId, contract.lab(), contract.cloud(), until);
                }
            }
        }
    }
}
