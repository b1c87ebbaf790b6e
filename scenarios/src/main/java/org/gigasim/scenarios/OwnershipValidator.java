package org.gigasim.scenarios;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.gigasim.model.spec.CloudSpec;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.EventSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.ScenarioSpec;

/**
 * Checks who owns what: a cloud of kind {@code self} names a declared lab as its owner and the
 * cost its owner pays to run it, sells nothing (no prices, pricing or supply) and signs no
 * contracts; only such a cloud has an owner; a lab {@code internal_to} a cloud names a declared
 * cloud that sells (not a lab's own), and its contracts with that cloud are internal
 * allocations at price zero, so they stay out of the cloud's backlog.
 */
final class OwnershipValidator {

    private final LocationIndex index;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> labs = new TreeSet<>();
    private final Map<String, CloudSpec> clouds = new LinkedHashMap<>();
    private final Map<String, String> internalTo = new LinkedHashMap<>();

    private OwnershipValidator(LocationIndex index) {
        this.index = index;
    }

    /** Every ownership problem in {@code spec}; empty if there are none. */
    static List<Problem> check(ScenarioSpec spec, LocationIndex index) {
        OwnershipValidator v = new OwnershipValidator(index);
        spec.labs().forEach(l -> v.labs.add(l.id()));
        spec.clouds().forEach(c -> v.clouds.putIfAbsent(c.id(), c));
        for (int i = 0; i < spec.clouds().size(); i++) {
            v.checkCloud(spec.clouds().get(i), "/clouds/" + i);
        }
        for (int i = 0; i < spec.labs().size(); i++) {
            v.checkLab(spec.labs().get(i), "/labs/" + i);
        }
        for (int i = 0; i < spec.contracts().size(); i++) {
            v.checkContract(spec.contracts().get(i), "/contracts/" + i);
        }
        for (int i = 0; i < spec.events().size(); i++) {
            if (spec.events().get(i) instanceof EventSpec.SignContract signed) {
                v.checkContract(signed.contract(), "/events/" + i + "/sign_contract");
            }
        }
        return v.problems;
    }

    private void checkCloud(CloudSpec cloud, String at) {
        if (!cloud.isSelf()) {
            if (cloud.owner() != null) {
                report(at + "/owner", "cloud " + cloud.id() + " is kind " + cloud.kind() + ": only a cloud of kind self"
                        + " (a lab's own capacity) has an owner; set kind: self or delete the owner");
            }
            if (cloud.ownCostUsdPerMwHour() != null) {
                report(at + "/own_cost_usd_per_mw_hour", "cloud " + cloud.id() + " is kind " + cloud.kind()
                        + ": own_cost_usd_per_mw_hour is for a cloud of kind self; it sells at its prices instead");
            }
            return;
        }
        if (cloud.owner() == null) {
            report(at + "/kind", "cloud " + cloud.id() + " is kind self: name the lab whose capacity it is with"
                    + " owner: <lab id>" + known(labs));
        } else if (!labs.contains(cloud.owner())) {
            String hint = Hints.didYouMean(cloud.owner(), labs);
            report(at + "/owner", "cloud " + cloud.id() + " is owned by unknown lab '" + cloud.owner() + "'"
                    + (hint.isEmpty() ? known(labs) : hint));
        }
        if (cloud.ownCostUsdPerMwHour() == null) {
            report(at + "/kind", "cloud " + cloud.id() + " is kind self: state what its owner pays to run it per"
                    + " facility MW-hour of the chips it owns with own_cost_usd_per_mw_hour (0 if it is sunk)");
        }
        if (!cloud.pricesUsdPerChipHour().isEmpty()) {
            report(at + "/prices_usd_per_chip_hour", "cloud " + cloud.id() + " is kind self and sells nothing: delete"
                    + " its prices_usd_per_chip_hour (its owner's cost is own_cost_usd_per_mw_hour)");
        }
        if (cloud.pricing() != null) {
            report(at + "/pricing", "cloud " + cloud.id() + " is kind self and sells nothing: delete its pricing");
        }
        if (cloud.supply() != null) {
            report(at + "/supply", "cloud " + cloud.id() + " is kind self: it builds what its sites plan; delete its"
                    + " supply and state its power milestones and deliveries");
        }
    }

    private void checkLab(LabSpec lab, String at) {
        if (lab.internalTo() == null) {
            return;
        }
        CloudSpec cloud = clouds.get(lab.internalTo());
        if (cloud == null) {
            String hint = Hints.didYouMean(lab.internalTo(), clouds.keySet());
            report(at + "/internal_to", "lab " + lab.id() + " is internal to unknown cloud '" + lab.internalTo() + "'"
                    + (hint.isEmpty() ? known(clouds.keySet()) : hint));
        } else if (cloud.isSelf()) {
            report(at + "/internal_to", "lab " + lab.id() + " is internal to cloud " + cloud.id() + ", which is a lab's"
                    + " own capacity (kind self); name a cloud that sells");
        } else {
            internalTo.put(lab.id(), cloud.id());
        }
    }

    private void checkContract(ContractSpec c, String at) {
        CloudSpec cloud = clouds.get(c.cloud());
        if (cloud != null && cloud.isSelf()) {
            report(at + "/cloud", "contract " + c.id() + " is with cloud " + c.cloud() + ", the own capacity of lab "
                    + cloud.owner() + " (kind self), which signs no contracts: its chips serve its owner without one");
        }
        boolean priced = (c.priceUsdPerChipHour() != null && c.priceUsdPerChipHour() != 0)
                || (c.valueUsd() != null && c.valueUsd() != 0);
        if (c.cloud().equals(internalTo.get(c.lab())) && priced) {
            report(at + (c.valueUsd() != null ? "/value_usd" : "/price_usd_per_chip_hour"), "contract " + c.id()
                    + ": lab " + c.lab() + " is internal to " + c.cloud() + ", so the contract is an internal"
                    + " allocation outside the cloud's backlog; state price_usd_per_chip_hour: 0");
        }
    }

    private static String known(Set<String> ids) {
        return ids.isEmpty() ? "; none is defined" : "; known: " + String.join(", ", new TreeSet<>(ids));
    }

    private void report(String pointer, String message) {
        LocationIndex.Position at = index.value(pointer);
        problems.add(new Problem(at.file(), at.line(), at.column(), message));
    }
}
