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
    final ClauseLedger clauseLedger = new ClauseLedger();
    final double endHours;
    final double stepHours;
    final TrainingScheduler training;
    final Pins pins;
    final Router router;
    final Procurement procurement;
    final Sampler sampler;
    private InvariantListener invariantListener;

    /** Builds replication {@code replication} of {@code spec}; nothing runs until {@link #run()}. */
    public World(ScenarioSpec spec, int replication, ClauseRegistry registry) {
        this.spec = spec;
        this.replication = replication;
        this.registry = registry;
        this.calendar = new SimCalendar(spec.start());
        this.streams = new RandomStreams(spec.seed(), replication);
        this.endHours = calendar.hoursAt(spec.end().plusDays(1));
        this.stepHours = spec.step().toMinutes() / 60.0;
        if (24 % stepHours != 0 && stepHours % 24 != 0) {
            throw new IllegalArgumentException("step must divide a day or be whole days, but was " + spec.step());
        }
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
        this.training = new TrainingScheduler(sim, spec.labs(), clouds.size(), streams);
        this.pins = new Pins(this);
        this.router = new Router(this, pins);
        this.procurement = new Procurement(this);
        this.sampler = new Sampler(this);
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
        return this;
    }

    /**
     * How many invariant checks passed so far: two per sample (money before the routing
     * step, state after it) when {@link #checkingInvariants()} was called, else zero.
     */
    public long invariantChecksMade() {
        return invariantListener == null ? 0 : invariantListener.checksMade();
    }

    /** Runs the replication to the scenario's end and returns what it recorded. */
    public ReplicationResult run() {
        // The first step goes first so the opening sample shows the world as the scenario states it,
        // before any lab's first procurement review signs something.
        sim.scheduleAt(0, this::step);
        training.start(router.held, cloudIds(), endHours);
        procurement.start();
        sim.runUntil(endHours);
        return new ReplicationResult(replication, sampler.recorder(), training.jobs(), contracts, trace,
                sim.eventsRun());
    }

    private List<String> cloudIds() {
        return clouds.stream().map(Cloud::id).toList();
    }

    private void step(Simulation s) {
        double t = s.now();
        if (t % 24 == 0) {
            labs.forEach(Lab::redrawNoise);
        }
        boolean sampleNow = sampler.isSampleTime(t);
        if (sampleNow) {
            router.settleAll(t);
            sampler.settleQuarters(t);
            sampler.sampleMoney(t);
            if (invariantListener != null) {
                invariantListener.checkMoney(t);
            }
        }
        double dt = Math.min(stepHours, endHours - t);
        if (dt > 0) {
            router.route(t, dt);
            for (Cloud cloud : clouds) {
                cloud.advanceOtherBacklog(dt);
            }
        }
        if (sampleNow) {
            sampler.sampleState(t);
            if (invariantListener != null) {
                invariantListener.checkState(t);
            }
        }
        if (t < endHours) {
            s.scheduleAt(Math.min(endHours, t + stepHours), this::step);
        }
    }

    void addSite(String cloudId, SiteSpec siteSpec) {
        Cloud cloud = clouds.get(cloudIndex.get(cloudId));
        Site site = new Site(siteSpec, cloudId, acceleratorMap());
        sites.put(site.id(), site);
        cloud.addSite(site);
        double now = sim.now();
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
        cloud.markCapacityChanged();
    }

    void addMilestone(Site site, PowerMilestoneSpec milestone, String streamName) {
        double delayDays = milestone.delayDays() == null ? 0
                : Math.max(0, milestone.delayDays().sampler(streams.stream(streamName)).sample());
        double at = Math.max(sim.now(), calendar.hoursAt(milestone.from()) + delayDays * 24);
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
        for (LocalDate date = delivery.from(); !date.isAfter(last); date = date.plusMonths(3)) {
            double slipDays = slip == null ? 0 : Math.max(0, slip.sample());
            double at = Math.max(sim.now(), calendar.hoursAt(date) + slipDays * 24);
            if (at <= sim.now()) {
                site.deliver(delivery.accelerator(), delivery.chipsPerQuarter());
            } else if (at < endHours) {
                sim.scheduleAt(at, s -> {
                    site.deliver(delivery.accelerator(), delivery.chipsPerQuarter());
                    capacityChanged(site);
                });
            }
        }
    }

    /** Tells the site's cloud its capacity changed; the next routing step reallocates. */
    void capacityChanged(Site site) {
        clouds.get(cloudIndex.get(site.cloud())).markCapacityChanged();
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
            double until = clauseSpec.until() == null ? Double.POSITIVE_INFINITY : calendar.hoursAt(clauseSpec.until());
            contract.addClause(new ActiveClause(registry.get(clauseSpec.type()).create(clauseSpec.params(), contract),
                    from, until));
        }
        contracts.add(contract);
        contractById.put(contract.contractId(), contract);
        cloud.addContract(contract);
        pins.add(contract);
        labs.get(contract.labIndex()).commit(contract.signedValueUsd());
        return contract;
    }

    private Map<String, AcceleratorSpec> acceleratorMap() {
        Map<String, AcceleratorSpec> map = new HashMap<>();
        accelerators.forEach(a -> map.put(a.id(), a));
        return map;
    }

    /** Takes {@code site} down for {@code hours}; capacity is reallocated at once. */
    void beginOutage(Site site, double hours, String why) {
        site.beginOutage();
        capacityChanged(site);
        router.refreshCapacity(sim.now());
        trace(sim.now(), "outage", null, null, site.cloud(), "site " + site.id() + " down",
                why + " for " + hours + " h", hours);
        sim.schedule(hours, s -> {
            site.endOutage();
            capacityChanged(site);
            router.refreshCapacity(s.now());
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
