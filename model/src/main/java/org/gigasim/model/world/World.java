package org.gigasim.model.world;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.gigasim.engine.Simulation;
import org.gigasim.engine.random.RandomStreams;
import org.gigasim.engine.time.SimCalendar;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.cloud.Cloud;
import org.gigasim.model.contract.ActiveClause;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.lab.Lab;
import org.gigasim.model.site.Site;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.ClauseSpec;
import org.gigasim.model.spec.CloudSpec;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.DeliverySpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.PowerMilestoneSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.spec.SiteSpec;

/**
 * One replication of a scenario: the mutable world built from its specs and driven by a
 * {@link Simulation}. Build it, {@link #run()} it, and read the {@link ReplicationResult}.
 *
 * <pre>{@code
 * ReplicationResult result = new World(spec, 0, ClauseRegistry.standard()).run();
 * }</pre>
 */
public final class World {

    final ScenarioSpec spec;
    final int replication;
    final SimCalendar calendar;
    final RandomStreams streams;
    final Simulation sim = new Simulation(4096);
    final ClauseRegistry registry;
    final List<AcceleratorSpec> accelerators;
    final List<String> acceleratorIds = new ArrayList<>();
    final Map<String, Integer> acceleratorIndex = new HashMap<>();
    final List<Cloud> clouds = new ArrayList<>();
    final Map<String, Integer> cloudIndex = new HashMap<>();
    final List<Lab> labs = new ArrayList<>();
    final Map<String, Integer> labIndex = new HashMap<>();
    final Map<String, Site> sites = new LinkedHashMap<>();
    final List<Contract> contracts = new ArrayList<>();
    final Map<String, Contract> contractById = new HashMap<>();
    final List<TraceRecord> trace = new ArrayList<>();
    final ClauseLedger clauseLedger;
    final double endHours;
    final TrainingScheduler training;
    final Pins pins;
    final Router router;
    final Procurement procurement;
    final Sampler sampler;
    final Observation observation;
    private InvariantListener invariantListener;
    private final org.gigasim.engine.Action routeAction = this::route;
    private boolean routePending;
    /** Whether chips, contracts or clauses may have changed since the last routing decision. */
    private boolean capacityChanged = true;
    private double accruedTo;

    /** Builds replication {@code replication} of {@code spec}; nothing runs until {@link #run()}. */
    public World(ScenarioSpec spec, int replication, ClauseRegistry registry) {
        this.spec = spec;
        this.replication = replication;
        this.registry = registry;
        this.calendar = new SimCalendar(spec.start());
        this.streams = new RandomStreams(spec.seed(), replication);
        this.endHours = calendar.hoursAt(spec.end().plusDays(1));
        this.accelerators = spec.accelerators();
        for (AcceleratorSpec a : accelerators) {
            acceleratorIndex.put(a.id(), acceleratorIds.size());
            acceleratorIds.add(a.id());
        }
        for (LabSpec labSpec : spec.labs()) {
            labIndex.put(labSpec.id(), labs.size());
            labs.add(new Lab(labSpec, calendar, streams));
        }
        for (CloudSpec cloudSpec : spec.clouds()) {
            cloudIndex.put(cloudSpec.id(), clouds.size());
            clouds.add(new Cloud(cloudSpec));
        }
        labs.forEach(lab -> lab.startDay(0));
        this.training = new TrainingScheduler(sim, spec.labs(), clouds.size(), streams, this::requestRoute);
        this.pins = new Pins(this);
        this.router = new Router(this, pins);
        this.procurement = new Procurement(this);
        this.sampler = new Sampler(this);
        this.clauseLedger = new ClauseLedger(sampler.probes());
        this.observation = new Observation(this, sampler.probes());
        sampler.scheduleAll();
        for (CloudSpec cloudSpec : spec.clouds()) {
            for (SiteSpec siteSpec : cloudSpec.sites()) {
                addSite(cloudSpec.id(), siteSpec);
            }
        }
        for (ContractSpec contractSpec : spec.contracts()) {
            sign(contractSpec, 0, "scenario");
        }
        new ScenarioEvents(this).scheduleAll();
    }

    /** Checks the model's invariants on every sample; a violation throws {@link IllegalStateException}. */
    public World checkingInvariants() {
        invariantListener = new InvariantListener(this);
        sampler.checkInvariants(invariantListener);
        return this;
    }

    /** Calls {@code listener} around every event of the run, to watch it (progress, tracing); returns this world. */
    public World observing(org.gigasim.engine.EventListener listener) {
        sim.addListener(listener);
        return this;
    }

    /**
     * How many invariant checks passed so far: two per sample (money, then state) when {@link #checkingInvariants()} was called, else zero.
     */
    public long invariantChecksMade() {
        return invariantListener == null ? 0 : invariantListener.checksMade();
    }

    /** Runs the replication to the scenario's end and returns what it recorded. */
    public ReplicationResult run() {
        sim.scheduleAt(Math.min(24, endHours), this::startDay);
        training.start(router.held, cloudIds(), endHours);
        procurement.start();
        sim.runUntil(endHours);
        return new ReplicationResult(replication, sampler.probes().recorder(), training.jobs(), contracts, trace,
                sim.eventsRun());
    }

    private List<String> cloudIds() {
        return clouds.stream().map(Cloud::id).toList();
    }

    /** Each midnight: every lab draws the day's demand noise and sets its demand levels. */
    private void startDay(Simulation s) {
        double t = s.now();
        for (Lab lab : labs) {
            lab.startDay(t);
        }
        requestRoute();
        if (t + 24 < endHours) {
            s.scheduleAt(t + 24, this::startDay);
        }
    }

    /**
     * Asks for a routing decision now. Requests at the same time share one decision, taken
     * after the events already due at this time, so it sees all of their changes.
     */
    void requestRoute() {
        if (!routePending) {
            routePending = true;
            sim.schedule(0, routeAction);
        }
    }

    /** Asks for a routing decision at {@code t} (a contract's start or ramp step, a clause boundary). */
    void wakeAt(double t) {
        if (t > sim.now() && t < endHours) {
            sim.scheduleAt(t, s -> reallocate());
        } else if (t == sim.now()) {
            reallocate();
        }
    }

    /** Asks for a routing decision that reallocates capacity: chips, contracts or clauses changed. */
    void reallocate() {
        capacityChanged = true;
        requestRoute();
    }

    private void route(Simulation s) {
        routePending = false;
        double t = s.now();
        advanceTo(t);
        boolean changed = capacityChanged;
        capacityChanged = false;
        router.route(t, changed);
        observation.afterRoute(t, changed);
    }

    /** Accrues money and use up to {@code t} at the rates of the last routing decision. */
    void advanceTo(double t) {
        if (t > accruedTo) {
            router.accrue(accruedTo, t);
            accruedTo = t;
        }
    }

    void addSite(String cloudId, SiteSpec siteSpec) {
        Cloud cloud = clouds.get(cloudIndex.get(cloudId));
        Site site = new Site(siteSpec, cloudId, acceleratorMap());
        sites.put(site.id(), site);
        cloud.addSite(site);
        double now = sim.now();
        observation.addSite(site, now);
        List<PowerMilestoneSpec> power = siteSpec.power();
        for (int i = 0; i < power.size(); i++) {
            addMilestone(site, power.get(i), "power/" + site.id() + "/" + i);
        }
        siteSpec.installedChips().forEach((acc, chips) -> site.deliver(acc, chips));
        List<DeliverySpec> deliveries = siteSpec.deliveries();
        for (int i = 0; i < deliveries.size(); i++) {
            scheduleDeliveries(site, deliveries.get(i), "delivery/" + site.id() + "/" + i);
        }
        if (siteSpec.outages() != null) {
            new OutageProcess(this, site, siteSpec.outages()).start(now);
        }
        capacityChanged(site);
    }

    void addMilestone(Site site, PowerMilestoneSpec milestone, String streamName) {
        double delayDays = milestone.delayDays() == null ? 0
                : Math.max(0, milestone.delayDays().sampler(streams.stream(streamName)).sample());
        double nominal = calendar.hoursAt(milestone.from());
        site.addNominalMilestone(nominal, milestone.mw());
        double at = Math.max(sim.now(), nominal + delayDays * 24);
        if (at <= sim.now()) {
            site.addPower(milestone.mw());
        } else if (at < endHours) {
            sim.scheduleAt(at, s -> {
                site.addPower(milestone.mw());
                capacityChanged(site);
            });
        }
    }

    private void scheduleDeliveries(Site site, DeliverySpec delivery, String streamName) {
        ContinuousSampler slip = delivery.slipDays() == null ? null
                : delivery.slipDays().sampler(streams.stream(streamName));
        LocalDate last = delivery.until() == null || delivery.until().isAfter(spec.end()) ? spec.end() : delivery.until();
        List<Double> due = new ArrayList<>();
        for (LocalDate date = delivery.from(); !date.isAfter(last); date = date.plusMonths(3)) {
            double nominal = calendar.hoursAt(date);
            due.add(nominal);
            double slipDays = slip == null ? 0 : Math.max(0, slip.sample());
            double at = Math.max(sim.now(), nominal + slipDays * 24);
            if (at <= sim.now()) {
                site.deliver(delivery.accelerator(), delivery.chipsPerQuarter());
            } else if (at < endHours) {
                sim.scheduleAt(at, s -> {
                    site.deliver(delivery.accelerator(), delivery.chipsPerQuarter());
                    capacityChanged(site);
                });
            }
        }
        site.addNominalDeliveries(new Site.NominalDeliveries(delivery.accelerator(), delivery.chipsPerQuarter(),
                due.stream().mapToDouble(Double::doubleValue).toArray()));
    }

    /** Tells the site's cloud its capacity changed, and asks for a routing decision that reallocates. */
    void capacityChanged(Site site) {
        clouds.get(cloudIndex.get(site.cloud())).markCapacityChanged();
        reallocate();
    }

    /** Signs a contract now: it enters its cloud's backlog and its clauses take effect. */
    Contract sign(ContractSpec c, double signedHours, String decidedBy) {
        Cloud cloud = clouds.get(cloudIndex.get(c.cloud()));
        AcceleratorSpec acc = accelerators.get(acceleratorIndex.get(c.accelerator()));
        double chips = c.mw() * 1000.0 / (acc.kwItPerChip() * cloud.referencePue());
        double start = calendar.hoursAt(c.start());
        double end = calendar.hoursAt(c.end().plusDays(1));
        double ramp = c.rampMonths() * 730.0;
        double price = c.priceUsdPerChipHour() != null ? c.priceUsdPerChipHour()
                : c.valueUsd() / Contract.termChipHours(chips, start, end, ramp, start, end);
        Contract contract = new Contract(c.id(), c.lab(), c.cloud(), c.accelerator(), labIndex.get(c.lab()),
                acceleratorIndex.get(c.accelerator()), c.mw(), chips, start, end, ramp, price, signedHours, decidedBy);
        for (ClauseSpec clauseSpec : c.clauses()) {
            double from = clauseSpec.from() == null ? Double.NEGATIVE_INFINITY : calendar.hoursAt(clauseSpec.from());
            // Dates are inclusive days: a clause is active through the whole of its until date.
            double until = clauseSpec.until() == null ? Double.POSITIVE_INFINITY
                    : calendar.hoursAt(clauseSpec.until().plusDays(1));
            contract.addClause(new ActiveClause(registry.get(clauseSpec.type()).create(clauseSpec.params(), contract),
                    from, until));
            wakeAt(from);
            wakeAt(until);
        }
        contracts.add(contract);
        contractById.put(contract.contractId(), contract);
        cloud.addContract(contract);
        pins.add(contract);
        labs.get(contract.labIndex()).commit(contract.signedValueUsd());
        // The next decision sizes the allocation to the new contract list, whenever the contract starts.
        capacityChanged = true;
        wakeAt(Math.max(start, sim.now()));
        for (double step : contract.rampStepTimes()) {
            wakeAt(step);
        }
        wakeAt(end);
        return contract;
    }

    private Map<String, AcceleratorSpec> acceleratorMap() {
        Map<String, AcceleratorSpec> map = new LinkedHashMap<>();
        accelerators.forEach(a -> map.put(a.id(), a));
        return map;
    }

    /** Takes {@code site} down for {@code hours}; routing is decided again at once. */
    void beginOutage(Site site, double hours, String why) {
        site.beginOutage();
        capacityChanged(site);
        trace(sim.now(), "outage", null, null, site.cloud(), "site " + site.id() + " down",
                why + " for " + hours + " h", hours);
        sim.schedule(hours, s -> {
            site.endOutage();
            capacityChanged(site);
        });
    }

    /** Records a decision in the trace. */
    void trace(double t, String actor, String contract, String lab, String cloud, String decision, String reason,
            double quantity) {
        trace.add(new TraceRecord(t, calendar.dateTimeAt(t).toString(), actor, contract, lab, cloud, decision, reason,
                quantity));
    }

    /**
     * Records a clause's decision: in the trace (with {@code quantity}, H100e or USD as the
     * decision says) and in the count of its type's actions.
     */
    void clauseAction(double t, String type, String contract, String lab, String cloud, String decision,
            String reason, double quantity) {
        trace(t, type, contract, lab, cloud, decision, reason, quantity);
        clauseLedger.action(type, lab, cloud);
    }

    /** Adds capacity (effective H100e) and money (USD) a clause of {@code type} moved. */
    void clauseMoved(String type, String lab, String cloud, double h100e, double usd) {
        clauseLedger.moved(type, lab, cloud, h100e, usd);
    }

    Cloud cloud(String id) {
        return clouds.get(cloudIndex.get(id));
    }

    Lab lab(int index) {
        return labs.get(index);
    }

    /** The scenario's calendar (hours since its start ↔ dates). */
    public SimCalendar calendar() {
        return calendar;
    }
}
