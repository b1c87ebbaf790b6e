package org.gigasim.model.world;

import org.gigasim.model.contract.ActiveClause;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.lab.Lab;
import org.gigasim.model.site.Site;
import org.gigasim.model.spec.EventSpec;
import org.gigasim.model.spec.TrafficClass;

/** Schedules the scenario's dated events and carries each out when its date comes. */
final class ScenarioEvents {

    private final World world;

    ScenarioEvents(World world) {
        this.world = world;
    }

    void scheduleAll() {
        for (EventSpec event : world.spec.events()) {
            double at = Math.max(0, world.calendar.hoursAt(event.on()));
            if (at < world.endHours) {
                world.sim.scheduleAt(at, s -> {
                apply(event, s.now());
                world.reallocate();
            });
            }
        }
    }

    private void apply(EventSpec event, double t) {
        if (event instanceof EventSpec.Outage o) {
            for (Site site : world.sites.values()) {
                if (site.id().equals(o.site()) || site.region().equals(o.region())) {
                    world.beginOutage(site, o.durationHours(), "scenario outage");
                }
            }
        } else if (event instanceof EventSpec.RelinquishClause r) {
            setClauseUntil(r.contract(), r.type(), t, "relinquish", t);
        } else if (event instanceof EventSpec.AmendClause a) {
            // Dates are inclusive days: the clause stays active through the whole of its new until date.
            setClauseUntil(a.contract(), a.type(), world.calendar.hoursAt(a.until().plusDays(1)), "amend", t);
        } else if (event instanceof EventSpec.AmendContract ac) {
            amendContract(ac, t);
        } else if (event instanceof EventSpec.SignContract sc) {
            world.sign(sc.contract(), t, "scenario");
        } else if (event instanceof EventSpec.AddSite as) {
            world.addSite(as.cloud(), as.site());
        } else if (event instanceof EventSpec.AddMilestone am) {
            Site site = world.sites.get(am.site());
            world.addMilestone(site, am.milestone(), "power/" + site.id() + "/event-" + am.on());
            world.capacityChanged(site);
        } else if (event instanceof EventSpec.ChangeDemand cd) {
            Lab lab = world.labs.get(world.labIndex.get(cd.lab()));
            for (TrafficClass c : TrafficClass.values()) {
                if (cd.classes().isEmpty() || cd.classes().contains(c)) {
                    lab.scaleDemand(c, cd.factor());
                }
            }
            lab.refreshDemand(t);
            world.trace(t, "scenario", null, cd.lab(), null, "change demand",
                    "demand multiplied by " + cd.factor(), cd.factor());
        } else if (event instanceof EventSpec.ChangePrice cp) {
            world.clouds.get(world.cloudIndex.get(cp.cloud())).changePrice(cp.accelerator(), cp.contract(),
                    cp.onDemand());
        }
    }

    private void amendContract(EventSpec.AmendContract ac, double t) {
        Contract contract = world.contractById.get(ac.contract());
        if (contract == null) {
            return;
        }
        double chipsPerMw = contract.fullChips() / contract.mw();
        double mw = ac.mw() != null ? ac.mw() : contract.mw();
        double end = ac.end() != null ? world.calendar.hoursAt(ac.end().plusDays(1)) : contract.endHours();
        double price = ac.priceUsdPerChipHour() != null ? ac.priceUsdPerChipHour() : contract.priceUsdPerChipHour();
        double change = contract.amend(t, mw, mw * chipsPerMw, end, price);
        world.wakeAt(contract.endHours());
        world.lab(contract.labIndex()).commit(change);
        world.trace(t, "scenario", contract.contractId(), contract.lab(), contract.cloud(), "amend contract",
                "scenario event: mw " + mw + ", end " + world.calendar.dateAt(end - 24) + ", price " + price
                        + " $/chip-hour; value changed by $" + Math.round(change), change);
    }

    private void setClauseUntil(String contractId, String type, double until, String verb, double t) {
        Contract contract = world.contractById.get(contractId);
        if (contract == null) {
            return;
        }
        for (ActiveClause clause : contract.clauses()) {
            if (clause.clause().type().equals(type)) {
                clause.setUntilHours(until);
                world.wakeAt(until);
                world.trace(t, type, contractId, contract.lab(), contract.cloud(), verb,
                        "scenario event: " + type + " now active until " + world.calendar.dateTimeAt(until), Double.NaN);
            }
        }
    }
}
