package org.gigasim.model.world;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gigasim.engine.Action;
import org.gigasim.engine.EventListener;
import org.gigasim.engine.Simulation;
import org.gigasim.engine.random.RandomStreams;
import org.gigasim.engine.time.SimCalendar;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.cloud.Cloud;
import org.gigasim.model.contract.ActiveClause;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.lab.Lab;
import org.gigasim.model.site.Site;
import org.gigasim.model.spec.ClauseSpec;
import org.gigasim.model.spec.CloudSpec;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.EventSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.RevenueEarnedSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.spec.SiteSpec;
import org.gigasim.model.world.core.Clock;
import org.gigasim.model.world.core.ContractTerms;
import org.gigasim.model.world.core.Contracts;
import org.gigasim.model.world.core.Indices;
import org.gigasim.model.world.core.Ledger;
import org.gigasim.model.world.core.Sites;
import org.gigasim.model.world.decision.DecisionListener;
import org.gigasim.model.world.decision.OutageCause;
import org.gigasim.model.world.observation.InvariantListener;
import org.gigasim.model.world.observation.Observation;
import org.gigasim.model.world.observation.Sampler;
import org.gigasim.model.world.procurement.Procurement;
import org.gigasim.model.world.routing.OnDemandBudget;
import org.gigasim.model.world.routing.Router;
import org.gigasim.model.world.settlement.LabCash;
import org.gigasim.model.world.settlement.QuarterSettlement;

/**
 * One replication of a scenario: the mutable world built from its specs and driven by a
 * {@link Simulation}. Build it, {@link #run()} it, and read the {@link ReplicationResult}.
 * The world wires its parts (routing, procurement, settlement, observation) to shared
 * typed objects and decides when routing runs; the parts never reach back into it.
 *
 * <pre>{@code
 * ReplicationResult result = new World(spec, 0, ClauseRegistry.standard()).tracing(true).run();
 * }</pre>
 */
public final class World {

    private final int replication;
    private final Clock clock;
    private final Simulation sim;
    private final ClauseRegistry registry;
    private final Indices indices;
    private final Sites sites = new Sites();
    private final Contracts contracts;
    private final Ledger ledger = new Ledger();
    private final Decisions decisions = new Decisions();
    private final Router router;
    private final Procurement procurement;
    private final QuarterSettlement settlement;
    private final LabCash cash;
    private final Observation observation;
    private final Supply supply;
    private final SupplyPlanner supplyPlanner;
    private final Action routeAction = this::route;
    private TraceRecorder trace;
    private InvariantListener invariants;
    private boolean started;
    private boolean routePending;
    /** Whether chips, contracts or clauses may have changed since the last routing decision. */
    private boolean capacityChanged = true;
    private double accruedTo;
    /** The region of every site the scenario names, those added by events included. */
    private final Map<String, String> siteRegions = new HashMap<>();

    /**
     * Builds replication {@code replication} of {@code spec}; nothing runs until {@link #run()}.
     * A lab whose finance states {@code revenue_earned} gets the revenue rate that pilot runs of
     * the scenario found for it ({@link ServedRevenueCalibration}), the same in every replication.
     */
    public World(ScenarioSpec spec, int replication, ClauseRegistry registry) {
        this(spec, replication, registry, ServedRevenueCalibration.rates(spec, registry));
    }

    /**
     * Builds replication 0 of {@code spec} with every check a run makes at its start, except that
     * a lab's {@code revenue_earned} is not fitted by pilot runs (its rate stays 0): a cheap check
     * that a scenario builds, for points of a sweep or design that are fitted when they run.
     */
    public static World unfitted(ScenarioSpec spec, ClauseRegistry registry) {
        double[] none = new double[spec.labs().size()];
        Arrays.fill(none, Double.NaN);
        return new World(spec, 0, registry, none);
    }

    /**
     * Builds a replication in which every lab {@code l} with a number at {@code revenueRates[l]}
     * earns that revenue per H100e-hour at the start (the others keep theirs); {@code null} sets none.
     */
    World(ScenarioSpec spec, int replication, ClauseRegistry registry, double[] revenueRates) {
        this.replication = replication;
        this.registry = registry;
        SimCalendar calendar = new SimCalendar(spec.start());
        RandomStreams streams = new RandomStreams(spec.seed(), replication);
        this.sim = new Simulation(4096);
        this.clock = new Clock(sim, calendar, calendar.hoursAt(spec.end().plusDays(1)));
        List<Lab> labs = new ArrayList<>();
        for (LabSpec labSpec : spec.labs()) {
            labs.add(new Lab(labSpec, calendar, streams));
        }
        List<Cloud> clouds = new ArrayList<>();
        for (CloudSpec cloudSpec : spec.clouds()) {
            clouds.add(new Cloud(cloudSpec));
        }
        this.indices = new Indices(labs, clouds, spec.accelerators());
        this.contracts = new Contracts(labs.size());
        labs.forEach(lab -> lab.startDay(0));
        this.router = new Router(indices, clock, streams, contracts, ledger, decisions, this::requestRoute,
                new OnDemandBudget() {
                    @Override
                    public double usdPerHour(int lab, double timeHours) {
                        return procurement.onDemandBudgetUsdPerHour(lab, timeHours);
                    }

                    @Override
                    public double usdPerHourUpTo(int lab, double timeHours, double usdPerHour) {
                        return procurement.onDemandBudgetUpTo(lab, timeHours, usdPerHour);
                    }
                });
        this.procurement = new Procurement(indices, clock, contracts, router::expectedTrainingLoadH100e,
                this::servedInferenceH100e, this::sign, ledger, decisions, spec.events());
        procurement.drawFirstReviews(streams);
        this.cash = new LabCash(indices, clock, contracts, ledger, this::servedInferenceH100e, decisions,
                this::reallocate);
        this.settlement = new QuarterSettlement(indices, calendar, spec.start(), spec.end(), ledger, decisions);
        Sampler sampler = new Sampler(spec.sample(), spec.start(), spec.end(), clock, settlement.quarterEndHours());
        this.observation = new Observation(indices, router, sampler.times());
        decisions.add(observation.clauseLedger());
        decisions.add(observation.contractLedger());
        decisions.add(observation.procurementLedger());
        sampler.scheduleAll(sim, this::sample);
        this.supply = new Supply(this, clock, streams, spec.end(), observation);
        for (CloudSpec cloudSpec : spec.clouds()) {
            for (SiteSpec siteSpec : cloudSpec.sites()) {
                addSite(cloudSpec.id(), siteSpec);
            }
        }
        spec.clouds().forEach(c -> c.sites().forEach(site -> siteRegions.put(site.id(), site.region())));
        spec.events().forEach(e -> {
            if (e instanceof EventSpec.AddSite added) {
                siteRegions.putIfAbsent(added.site().id(), added.site().region());
            }
        });
        RevenuePath.apply(spec.market(), indices, calendar);
        MarketCalibration.apply(spec, indices, calendar);
        RevenueCalibration.apply(indices, calendar);
        if (revenueRates != null) {
            for (int l = 0; l < revenueRates.length; l++) {
                if (!Double.isNaN(revenueRates[l])) {
                    indices.lab(l).setRevenueUsdPerH100eHour(revenueRates[l]);
                }
            }
        }
        for (ContractSpec contractSpec : spec.contracts()) {
            sign(contractSpec, 0, "scenario");
        }
        new ScenarioEvents(this, spec.events(), supply).scheduleAll();
        cash.scheduleRounds();
        this.supplyPlanner = new SupplyPlanner(this, clock, indices, supply);
    }

    /** Effective H100e of inference lab {@code l} was served at the last routing decision (what earns revenue). */
    private double servedInferenceH100e(int l) {
        return router.servedInferenceH100e(l);
    }

    /** Checks the model's invariants on every sample; a violation throws {@link IllegalStateException}. */
    public World checkingInvariants() {
        invariants = new InvariantListener(invariantParts());
        observation.checkInvariants(invariants);
        return this;
    }

    /** How many invariant checks passed so far: two per sample (money, then state) when checking, else zero. */
    public long invariantChecksMade() {
        return invariants == null ? 0 : invariants.checksMade();
    }

    /** What the invariant checks read of this world. */
    InvariantListener.Parts invariantParts() {
        return new InvariantListener.Parts(indices, sites, contracts, router, ledger, clock.calendar(), replication);
    }

    /** Calls {@code listener} around every event of the run, to watch it (progress, timing); returns this world. */
    public World observing(EventListener listener) {
        sim.addListener(listener);
        return this;
    }

    /** Tells {@code listener} of every decision the run takes; attach it before {@link #run()}. */
    public World listening(DecisionListener listener) {
        if (started) {
            throw new IllegalStateException("attach decision listeners before the run starts");
        }
        decisions.add(listener);
        return this;
    }

    /** Whether to keep the decision trace in the result; without it no trace record is built (clause metrics stay). */
    public World tracing(boolean wanted) {
        if (wanted && trace == null) {
            trace = new TraceRecorder(clock.calendar());
            listening(trace);
        }
        return this;
    }

    /** Runs the replication to the scenario's end and returns what it recorded. */
    public ReplicationResult run() {
        start();
        sim.runUntil(clock.endHours());
        observation.finish();
        return new ReplicationResult(replication, observation.recorder(), router.trainingJobs(),
                List.copyOf(contracts.all()), trace == null ? List.of() : trace.records(), sim.eventsRun());
    }

    private void start() {
        started = true;
        for (Lab lab : indices.labs()) {
            RevenueEarnedSpec earned = lab.spec().finance() == null ? null : lab.spec().finance().revenueEarned();
            if (earned != null) {
                decisions.revenueRateFitted(0, lab.id(), lab.revenueUsdPerH100eHour(0), earned.usd(), earned.from(),
                        earned.through());
            }
        }
        double endHours = clock.endHours();
        sim.scheduleAt(Math.min(24, endHours), this::startDay);
        router.start(endHours);
        procurement.start();
        supplyPlanner.start();
    }

    /**
     * Runs the replication up to {@code hours} (starting it the first time) with the money
     * accrued to then, for a pilot run that reads the labs part of the way; a world run so
     * far is not {@link #run()} to its end afterwards.
     */
    void runTo(double hours) {
        if (!started) {
            start();
        }
        sim.runUntil(hours);
        advanceTo(hours);
    }

    /**
     * Each midnight: the labs' cash is brought up to the day (a lab out of cash and credit
     * defaults), then every lab draws the day's demand noise and sets its demand levels.
     */
    private void startDay(Simulation s) {
        double t = s.now();
        advanceTo(t);
        cash.check(t);
        for (Lab lab : indices.labs()) {
            lab.startDay(t);
        }
        requestRoute();
        if (clock.before(t + 24)) {
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
        if (t > sim.now() && clock.before(t)) {
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
    private void advanceTo(double t) {
        if (t > accruedTo) {
            router.accrue(accruedTo, t);
            cash.accrue(accruedTo, t);
            accruedTo = t;
        }
    }

    /** A sample: money accrued and settled up to {@code t} (with quarter-end charges), then every series closed. */
    private void sample(double t) {
        advanceTo(t);
        settlement.settleTo(t);
        observation.sample(t);
    }

    /** Brings a site into the world now: its metrics, power, chips, deliveries and failures. */
    void addSite(String cloudId, SiteSpec siteSpec) {
        capacityChanged(supply.addSite(indices.cloud(cloudId), siteSpec));
    }

    /** Tells the site's cloud its capacity changed, and asks for a routing decision that reallocates. */
    void capacityChanged(Site site) {
        indices.cloud(site.cloud()).markCapacityChanged();
        reallocate();
    }

    /** Signs a contract now: it enters its cloud's backlog and its clauses take effect. */
    Contract sign(ContractSpec c, double signedHours, String decidedBy) {
        Cloud cloud = indices.cloud(c.cloud());
        ContractTerms terms = ContractTerms.of(c, indices.accelerator(c.accelerator()), cloud, clock.calendar());
        String region = c.site() != null ? siteRegions.get(c.site()) : c.region();
        if (c.site() != null && region == null) {
            throw new IllegalArgumentException("contract " + c.id() + " names unknown site " + c.site());
        }
        Contract contract = terms.contract(c, indices, signedHours, decidedBy, region);
        for (ClauseSpec clauseSpec : c.clauses()) {
            double from = clauseSpec.from() == null ? Double.NEGATIVE_INFINITY
                    : clock.calendar().hoursAt(clauseSpec.from());
            // Dates are inclusive days: a clause is active through the whole of its until date.
            double until = clauseSpec.until() == null ? Double.POSITIVE_INFINITY
                    : clock.calendar().hoursAt(clauseSpec.until().plusDays(1));
            contract.addClause(new ActiveClause(registry.get(clauseSpec.type()).create(clauseSpec.params(), contract),
                    from, until, clauseSpec.breach()));
            wakeAt(from);
            wakeAt(until);
        }
        contracts.add(contract);
        cloud.addContract(contract);
        router.add(contract);
        // The next decision sizes the allocation to the new contract list, whenever the contract starts.
        capacityChanged = true;
        wakeAt(Math.max(terms.startHours(), sim.now()));
        for (double step : contract.rampStepTimes()) {
            wakeAt(step);
        }
        wakeAt(terms.endHours());
        return contract;
    }

    /** Takes {@code site} down for {@code hours}; routing is decided again at once, and when it comes back. */
    void beginOutage(Site site, double hours, OutageCause cause) {
        site.beginOutage();
        capacityChanged(site);
        decisions.outage(sim.now(), site.id(), site.cloud(), hours, cause);
        sim.schedule(hours, s -> {
            site.endOutage();
            capacityChanged(site);
        });
    }

    Indices indices() {
        return indices;
    }

    Sites sites() {
        return sites;
    }

    Contracts contracts() {
        return contracts;
    }

    Clock clock() {
        return clock;
    }

    DecisionListener decisions() {
        return decisions;
    }

    Procurement procurement() {
        return procurement;
    }

    Ledger ledger() {
        return ledger;
    }

    /** Asks for routing decisions at a delayed contract's new start, ramp steps and end. */
    void wakeAtTerm(Contract contract) {
        wakeAt(contract.startHours());
        for (double step : contract.rampStepTimes()) {
            wakeAt(step);
        }
        wakeAt(contract.endHours());
    }

    /** The scenario's calendar (hours since its start ↔ dates). */
    public SimCalendar calendar() {
        return clock.calendar();
    }
}
