package org.gigasim.scenarios;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.ClauseSpec;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.EventSpec;
import org.gigasim.model.spec.InferenceDemandSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.RevenueEarnedSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.spec.SiteSpec;
import org.gigasim.model.spec.TrafficClass;

/**
 * Checks what binding alone cannot: that every id a scenario mentions is defined once,
 * that accelerators sit only in clouds that may host them, and that nothing is dated after
 * the scenario ends. Reports every problem at once, in file order.
 */
final class ReferenceValidator {

    /** Clause parameter components with these names and a text value refer to these entities. */
    private static final Set<String> REFERENCE_PARAMS = Set.of("cloud", "lab", "site", "accelerator", "contract");

    private final ScenarioSpec spec;
    private final LocationIndex index;
    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, AcceleratorSpec> accelerators = new HashMap<>();
    private final Set<String> clouds = new HashSet<>();
    private final Set<String> sites = new HashSet<>();
    private final Set<String> regions = new HashSet<>();
    /** Each cloud's sites and regions, those added by events included. */
    private final Map<String, Set<String>> cloudSites = new HashMap<>();
    private final Map<String, Set<String>> cloudRegions = new HashMap<>();
    private final Set<String> labs = new HashSet<>();
    private final Map<String, ContractSpec> contracts = new HashMap<>();
    /** The date a sign_contract event signs each of its contracts. */
    private final Map<String, java.time.LocalDate> signedOn = new HashMap<>();

    private ReferenceValidator(ScenarioSpec spec, LocationIndex index, String file) {
        this.spec = spec;
        this.index = index;
        this.file = file;
    }

    /** Every reference problem in {@code spec}, sorted by position; empty if there are none. */
    static List<Problem> check(ScenarioSpec spec, LocationIndex index, String file) {
        ReferenceValidator validator = new ReferenceValidator(spec, index, file);
        validator.collectIds();
        validator.checkClouds();
        validator.checkLabs();
        validator.checkContracts();
        validator.checkEvents();
        validator.problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column)
                .thenComparing(Problem::message));
        return List.copyOf(validator.problems);
    }

    private void collectIds() {
        forEach(spec.accelerators(), "/accelerators", (a, at) -> {
            if (accelerators.putIfAbsent(a.id(), a) != null) {
                duplicate("accelerator", a.id(), at);
            }
        });
        forEach(spec.clouds(), "/clouds", (c, at) -> {
            unique("cloud", c.id(), clouds, at);
            forEach(c.sites(), at + "/sites", (s, siteAt) -> addSite(c.id(), s, siteAt));
        });
        forEach(spec.labs(), "/labs", (l, at) -> unique("lab", l.id(), labs, at));
        forEach(spec.contracts(), "/contracts", (c, at) -> addContract(c, at));
        forEach(spec.events(), "/events", (e, at) -> {
            if (e instanceof EventSpec.AddSite added) {
                addSite(added.cloud(), added.site(), at + "/add_site/site");
            } else if (e instanceof EventSpec.SignContract signed) {
                addContract(signed.contract(), at + "/sign_contract");
                signedOn.putIfAbsent(signed.contract().id(), signed.on());
            }
        });
    }

    private void addSite(String cloud, SiteSpec site, String at) {
        unique("site", site.id(), sites, at);
        regions.add(site.region());
        cloudSites.computeIfAbsent(cloud, k -> new HashSet<>()).add(site.id());
        cloudRegions.computeIfAbsent(cloud, k -> new HashSet<>()).add(site.region());
    }

    private void addContract(ContractSpec contract, String at) {
        if (contracts.putIfAbsent(contract.id(), contract) != null) {
            duplicate("contract", contract.id(), at);
        }
    }

    private void checkClouds() {
        forEach(spec.clouds(), "/clouds", (cloud, at) -> {
            cloud.pricesUsdPerChipHour().keySet().forEach(acc ->
                    accelerator(acc, at + "/prices_usd_per_chip_hour/" + acc, true, "price list of cloud " + cloud.id()));
            forEach(cloud.sites(), at + "/sites", (site, siteAt) -> checkSite(cloud.id(), site, siteAt));
            if (cloud.supply() != null && cloud.supply().accelerator() != null) {
                String acc = cloud.supply().accelerator();
                String accAt = at + "/supply/accelerator";
                if (accelerator(acc, accAt, false, "supply of cloud " + cloud.id()) && !accelerators.get(acc).hostableBy(cloud.id())) {
                    report(accAt, "supply of cloud " + cloud.id() + " buys " + acc + ", which it may not host (hostable_by "
                            + accelerators.get(acc).hostableBy() + ")");
                }
            }
        });
    }

    private void checkSite(String cloudId, SiteSpec site, String at) {
        site.installedChips().keySet().forEach(acc -> hosted(acc, cloudId, site.id(), at + "/installed_chips/" + acc, true));
        forEach(site.deliveries(), at + "/deliveries", (d, dAt) ->
                hosted(d.accelerator(), cloudId, site.id(), dAt + "/accelerator", false));
    }

    private void checkLabs() {
        forEach(spec.labs(), "/labs", (lab, at) -> {
            lab.efficiency().keySet().forEach(acc ->
                    accelerator(acc, at + "/efficiency/" + acc, true, "efficiency of lab " + lab.id()));
            forEach(lab.demand().reach(), at + "/demand/reach", (reach, reachAt) ->
                    reference("cloud", reach.cloud(), clouds, reachAt + "/cloud"));
            if (!lab.demand().revenuePath().isEmpty() && spec.market() != null && spec.market().through() != null) {
                report(at + "/demand/revenue_path", true, "lab " + lab.id() + " has a revenue_path and market.through is"
                        + " set: both set the growth of its demand; remove one");
            }
            if (!lab.demand().revenuePath().isEmpty() && noInference(lab)) {
                report(at + "/demand/revenue_path", true, "lab " + lab.id() + " has a revenue_path but no inference"
                        + " demand for it to shape; add a class or remove the path");
            }
            RevenueEarnedSpec earned = lab.finance() == null ? null : lab.finance().revenueEarned();
            if (earned != null) {
                String earnedAt = at + "/finance/revenue_earned";
                if (earned.from().isBefore(spec.start())) {
                    report(earnedAt + "/from", "lab " + lab.id() + "'s revenue_earned starts " + earned.from()
                            + ", before the scenario starts " + spec.start() + "; give a period the run covers");
                } else if (earned.through().isAfter(spec.end())) {
                    report(earnedAt + "/through", "lab " + lab.id() + "'s revenue_earned ends " + earned.through()
                            + ", after the scenario ends " + spec.end() + "; give a period the run covers");
                }
                if (noInference(lab)) {
                    report(earnedAt, true, "lab " + lab.id() + " has revenue_earned but no inference demand to earn it;"
                            + " add a class or state revenue_usd_per_h100e_hour");
                }
            }
            for (TrafficClass trafficClass : TrafficClass.INFERENCE) {
                InferenceDemandSpec demand = lab.demand().inference(trafficClass);
                if (demand != null) {
                    forEach(demand.regions(), at + "/demand/" + trafficClass.id() + "/regions",
                            (region, regionAt) -> reference("region", region, regions, regionAt));
                }
            }
        });
    }

    /** Whether the lab has no inference demand at all: no class, or every class at zero. */
    private static boolean noInference(LabSpec lab) {
        return Arrays.stream(TrafficClass.INFERENCE)
                .allMatch(c -> lab.demand().inference(c) == null || !(lab.demand().inference(c).h100e() > 0));
    }

    private void checkContracts() {
        forEach(spec.contracts(), "/contracts", this::checkContract);
    }

    private void checkContract(ContractSpec c, String at) {
        reference("lab", c.lab(), labs, at + "/lab");
        reference("cloud", c.cloud(), clouds, at + "/cloud");
        if (accelerator(c.accelerator(), at + "/accelerator", false, "contract " + c.id())
                && clouds.contains(c.cloud()) && !accelerators.get(c.accelerator()).hostableBy(c.cloud())) {
            report(at + "/accelerator", "contract " + c.id() + ": cloud " + c.cloud() + " may not host "
                    + c.accelerator() + " (hostable_by " + accelerators.get(c.accelerator()).hostableBy() + ")");
        }
        if (c.site() != null && reference("site", c.site(), sites, at + "/site")
                && !cloudSites.getOrDefault(c.cloud(), Set.of()).contains(c.site())) {
            report(at + "/site", "contract " + c.id() + ": site '" + c.site() + "' is not a site of cloud " + c.cloud()
                    + known(c.site(), cloudSites.getOrDefault(c.cloud(), Set.of())));
        }
        if (c.region() != null && reference("region", c.region(), regions, at + "/region")
                && !cloudRegions.getOrDefault(c.cloud(), Set.of()).contains(c.region())) {
            report(at + "/region", "contract " + c.id() + ": cloud " + c.cloud() + " has no site in region '"
                    + c.region() + "'" + known(c.region(), cloudRegions.getOrDefault(c.cloud(), Set.of())));
        }
        if (c.start().isAfter(spec.end())) {
            report(at + "/start", "contract " + c.id() + " starts " + c.start() + ", after the scenario ends " + spec.end());
        }
        forEach(c.clauses(), at + "/clauses", (clause, clauseAt) -> checkClauseParams(clause, clauseAt));
    }

    private void checkClauseParams(ClauseSpec clause, String at) {
        if (clause.params() == null) {
            return;
        }
        for (RecordComponent component : clause.params().getClass().getRecordComponents()) {
            if (!REFERENCE_PARAMS.contains(component.getName()) || component.getType() != String.class) {
                continue;
            }
            try {
                String id = (String) component.getAccessor().invoke(clause.params());
                if (id != null) {
                    String ptr = at + "/" + component.getName();
                    switch (component.getName()) {
                        case "cloud" -> reference("cloud", id, clouds, ptr);
                        case "lab" -> reference("lab", id, labs, ptr);
                        case "site" -> reference("site", id, sites, ptr);
                        case "contract" -> reference("contract", id, contracts.keySet(), ptr);
                        default -> accelerator(id, ptr, false, "clause " + clause.type());
                    }
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component + " of clause " + clause.type(), e);
            }
        }
    }

    private void checkEvents() {
        forEach(spec.events(), "/events", (event, at) -> {
            if (event.on().isAfter(spec.end())) {
                report(at + "/on", event.kind() + " on " + event.on() + " is after the scenario ends " + spec.end());
            }
            checkEvent(event, at + "/" + event.kind());
        });
    }

    private void checkEvent(EventSpec event, String body) {
        if (event instanceof EventSpec.Outage o) {
            if (o.site() != null) {
                reference("site", o.site(), sites, body + "/site");
            } else {
                reference("region", o.region(), regions, body + "/region");
            }
        } else if (event instanceof EventSpec.RelinquishClause r) {
            clauseOf(r.contract(), r.type(), body);
        } else if (event instanceof EventSpec.AmendClause a) {
            clauseOf(a.contract(), a.type(), body);
        } else if (event instanceof EventSpec.SignContract s) {
            checkContract(s.contract(), body);
        } else if (event instanceof EventSpec.AmendContract a) {
            reference("contract", a.contract(), contracts.keySet(), body + "/contract");
        } else if (event instanceof EventSpec.AddSite s) {
            if (reference("cloud", s.cloud(), clouds, body + "/cloud")) {
                checkSite(s.cloud(), s.site(), body + "/site");
            }
        } else if (event instanceof EventSpec.AddMilestone m) {
            reference("site", m.site(), sites, body + "/site");
        } else if (event instanceof EventSpec.ChangeDemand d) {
            reference("lab", d.lab(), labs, body + "/lab");
        } else if (event instanceof EventSpec.ChangePrice p) {
            reference("cloud", p.cloud(), clouds, body + "/cloud");
            accelerator(p.accelerator(), body + "/accelerator", false, "change_price");
        } else if (event instanceof EventSpec.Breach b) {
            checkBreach(b, body);
        }
    }

    /** A breach names a clause that states its terms, and another contract of the same lab that an injunction can still delay. */
    private void checkBreach(EventSpec.Breach b, String body) {
        boolean clauseKnown = clauseOf(b.contract(), b.type(), body);
        if (!reference("contract", b.by(), contracts.keySet(), body + "/by") || !clauseKnown) {
            return;
        }
        ContractSpec held = contracts.get(b.contract());
        ContractSpec by = contracts.get(b.by());
        for (String id : List.of(b.contract(), b.by())) {
            if (signedOn.containsKey(id) && signedOn.get(id).isAfter(b.on())) {
                report(body + (id.equals(b.by()) ? "/by" : "/contract"), "contract " + id + " is signed on "
                        + signedOn.get(id) + ", after the breach on " + b.on() + "; date the breach after it");
                return;
            }
        }
        if (!by.lab().equals(held.lab())) {
            report(body + "/by", "contract " + b.by() + " is lab " + by.lab() + "'s, but the breached contract "
                    + b.contract() + " is lab " + held.lab() + "'s; name a contract of " + held.lab());
        }
        ClauseSpec clause = held.clauses().stream().filter(c -> c.type().equals(b.type())).findFirst().orElseThrow();
        if (clause.breach() == null) {
            report(body + "/type", "the " + b.type() + " clause of contract " + b.contract() + " states no breach"
                    + " terms; add breach: {penalty_usd: ..., injunction_days: ...} to it");
        } else if (clause.breach().injunctionDays() > 0 && !by.start().isAfter(b.on())) {
            report(body + "/by", "contract " + b.by() + " starts " + by.start() + ", not after the breach on "
                    + b.on() + ": an injunction delays only a contract that has not started; name a later contract"
                    + " or set the clause's injunction_days to 0");
        }
    }

    /** Whether contract {@code contractId} exists and has a clause of {@code type}; reports it if not. */
    private boolean clauseOf(String contractId, String type, String at) {
        if (!reference("contract", contractId, contracts.keySet(), at + "/contract")) {
            return false;
        }
        if (contracts.get(contractId).clauses().stream().noneMatch(c -> c.type().equals(type))) {
            report(at + "/type", "contract " + contractId + " has no " + type + " clause");
            return false;
        }
        return true;
    }

    private void hosted(String acc, String cloudId, String siteId, String at, boolean atKey) {
        if (accelerator(acc, at, atKey, "site " + siteId) && !accelerators.get(acc).hostableBy(cloudId)) {
            report(at, atKey, "site " + siteId + " of cloud " + cloudId + " may not host " + acc
                    + " (hostable_by " + accelerators.get(acc).hostableBy() + ")");
        }
    }

    private boolean accelerator(String id, String at, boolean atKey, String where) {
        if (accelerators.containsKey(id)) {
            return true;
        }
        report(at, atKey, where + " names unknown accelerator '" + id + "'" + known(id, accelerators.keySet()));
        return false;
    }

    private boolean reference(String kind, String id, Set<String> known, String at) {
        if (known.contains(id)) {
            return true;
        }
        report(at, false, "unknown " + kind + " '" + id + "'" + known(id, known));
        return false;
    }

    private static String known(String id, Set<String> known) {
        String hint = Hints.didYouMean(id, known);
        return !hint.isEmpty() ? hint : known.isEmpty() ? "; none is defined" : "; known: " + String.join(", ", known.stream().sorted().toList());
    }

    private void unique(String kind, String id, Set<String> seen, String at) {
        if (!seen.add(id)) {
            duplicate(kind, id, at);
        }
    }

    private void duplicate(String kind, String id, String at) {
        report(at + "/id", kind + " id '" + id + "' is defined more than once");
    }

    private void report(String pointer, String message) {
        report(pointer, false, message);
    }

    private void report(String pointer, boolean atKey, String message) {
        LocationIndex.Position at = atKey ? index.key(pointer) : index.value(pointer);
        problems.add(new Problem(at.file(), at.line(), at.column(), message));
    }

    private interface Visitor<T> {
        void visit(T item, String pointer);
    }

    private static <T> void forEach(List<T> items, String pointer, Visitor<T> visitor) {
        for (int i = 0; i < items.size(); i++) {
            visitor.visit(items.get(i), pointer + "/" + i);
        }
    }
}
