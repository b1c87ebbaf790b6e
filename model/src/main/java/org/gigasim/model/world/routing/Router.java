package org.gigasim.model.world.routing;

import java.util.Arrays;
import java.util.List;
import org.gigasim.engine.random.RandomStreams;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.lab.Lab;
import org.gigasim.model.lab.TrainingJob;
import org.gigasim.model.spec.TrafficClass;
import org.gigasim.model.world.core.Clock;
import org.gigasim.model.world.core.Contracts;
import org.gigasim.model.world.core.Indices;
import org.gigasim.model.world.core.Ledger;
import org.gigasim.model.world.decision.DecisionListener;

/**
 * The routing decision, taken whenever something that affects it changes. Clouds allocate
 * their up chips to contracts; each lab's contracted chips become its held capacity
 * (effective H100e); training takes its share first; each inference class is then placed
 * on held capacity of the clouds it may use (pinned classes first, as they have fewest
 * options), and what remains is requested on demand from free capacity, granted in
 * proportion when a cloud is oversubscribed, and each lab keeping only what its cash rule lets
 * it pay for. The decision holds until the next one, so
 * money accrues at its rates in between: contracts ratably, on-demand by chip-hours used.
 * When some class names the regions it may be served from, placement goes region by region
 * ({@link RegionalRouting}).
 */
public final class Router implements RoutingState {

    private static final int CLASSES = TrafficClass.INFERENCE.length;

    private final Indices indices;
    private final Contracts contracts;
    private final Ledger ledger;
    private final int labCount;
    private final int cloudCount;
    private final TrainingScheduler training;
    private final Pins pins;
    private final Holdings holdings;
    private final OnDemand onDemand;
    private final Reach reach;
    private final RegionalRouting regional;
    private final int[] classOrder = new int[CLASSES];
    private final double[][] remaining;
    /** The last decision's figures: demand and unserved per lab and class, served per cloud too. */
    private final double[][] demand;
    private final double[][] unserved;
    private final double[][][] served;

    /**
     * @param changed  called when a training job arrives or finishes, so the world decides routing again
     * @param onDemandBudget what each lab may spend on demand an hour, under its cash rule
     */
    public Router(Indices indices, Clock clock, RandomStreams streams, Contracts contracts, Ledger ledger,
            DecisionListener decisions, Runnable changed, OnDemandBudget onDemandBudget) {
        this.indices = indices;
        this.contracts = contracts;
        this.ledger = ledger;
        labCount = indices.labCount();
        cloudCount = indices.cloudCount();
        training = new TrainingScheduler(clock.sim(), indices.labs().stream().map(Lab::spec).toList(), cloudCount,
                streams, changed);
        pins = new Pins(indices, training, decisions);
        holdings = new Holdings(indices, ledger);
        regional = new RegionalRouting(indices);
        onDemand = new OnDemand(indices, pins, holdings, regional,
                new OnDemandCash(indices, onDemandBudget, decisions));
        reach = new Reach(indices, decisions);
        remaining = new double[labCount][cloudCount];
        demand = new double[labCount][CLASSES + 1];
        unserved = new double[labCount][CLASSES + 1];
        served = new double[labCount][CLASSES + 1][cloudCount];
    }

    /** Registers a signed contract so its clauses take part in routing. */
    public void add(Contract contract) {
        pins.add(contract);
    }

    /** Schedules each lab's first training arrival; the run ends at {@code endHours}. */
    public void start(double endHours) {
        training.start(holdings.held, indices.clouds().stream().map(c -> c.id()).toList(), endHours);
    }

    /**
     * Routes every lab's demand at {@code t}; the decision holds until the next one.
     * {@code capacityChanged} says whether chips, contracts or clauses may have changed since
     * the last decision (otherwise only demand or training did): only then, or when an
     * efficiency changed, are chips allocated afresh. Training that no longer fits is
     * interrupted and what now fits starts, before inference is placed.
     */
    public void route(double t, boolean capacityChanged) {
        holdings.refresh(t, capacityChanged);
        double[][] held = holdings.held;
        for (int l = 0; l < labCount; l++) {
            for (int c = 0; c < cloudCount; c++) {
                training.ensureFits(l, c);
            }
            training.tryStart(l);
        }
        for (int l = 0; l < labCount; l++) {
            for (int c = 0; c < cloudCount; c++) {
                remaining[l][c] = Math.max(0, held[l][c] - training.use[l][c]);
                served[l][CLASSES][c] = training.use[l][c];
            }
            double queued = training.queuedH100e(l);
            double running = 0;
            for (double use : training.use[l]) {
                running += use;
            }
            demand[l][CLASSES] = running + queued;
            unserved[l][CLASSES] = queued;
        }
        onDemand.prepare();
        if (regional.active()) {
            regional.prepare(held, remaining, holdings.h100e, holdings.efficiency);
        }
        pins.beginStep();
        for (int l = 0; l < labCount; l++) {
            pins.evaluate(l, t);
            reach.evaluate(l, t, pins);
            Lab lab = indices.lab(l);
            for (int k : order(l)) {
                routeClass(l, k, lab.demand(TrafficClass.INFERENCE[k]));
            }
        }
        onDemand.grant(t, served, unserved);
        reach.settle(onDemand);
        holdings.allocateContracts(t, remaining);
    }

    /**
     * Accrues the money and use of [{@code from}, {@code to}), over which the last decision
     * held: on-demand sales at their rates, and each contract's use.
     */
    public void accrue(double from, double to) {
        onDemand.accrue(to - from, ledger);
        holdings.own.accrue(to - from, ledger);
        List<Contract> all = contracts.all();
        for (int i = 0; i < all.size(); i++) {
            all.get(i).accrueUse(from, to);
        }
    }

    private void routeClass(int l, int k, double amount) {
        Arrays.fill(served[l][k], 0);
        onDemand.clear(l, k);
        double reachWanted = 0;
        double reachLeft = 0;
        for (int r = 0; r < reach.count(l); r++) {
            if (reach.routes(l, r, k)) {
                // Reach demand has one cloud and no failover, so it goes first, like a pinned class.
                double wanted = reach.demand(l, r);
                int c = reach.cloud(l, r);
                double left = placeHeld(l, k, wanted, c);
                double notAsked = onDemand.request(l, k, left, c);
                reach.placed(l, r, wanted - left, left - notAsked);
                reachWanted += wanted;
                reachLeft += notAsked;
            }
        }
        demand[l][k] = amount + reachWanted;
        int pinned = pins.cloud(l, k);
        double rest = amount;
        double stuck = 0;
        if (pinned >= 0) {
            double confined = Math.min(amount, pins.part(l, k));
            double left = onDemand.request(l, k, placeHeld(l, k, confined, pinned), pinned);
            rest = amount - confined;
            if (pins.failover(l, k)) {
                rest += left;
            } else {
                stuck = left;
            }
        }
        rest = placeHeld(l, k, rest, -1);
        rest = onDemand.request(l, k, rest, -1);
        unserved[l][k] = rest + stuck + reachLeft;
    }

    /**
     * Lab {@code l}'s inference classes in routing order: the pins' order (pinned, then
     * failover, then free) and, within each rank, classes restricted to regions first, as they
     * too have fewer options.
     */
    private int[] order(int l) {
        int[] order = pins.order(l);
        if (!regional.active()) {
            return order;
        }
        System.arraycopy(order, 0, classOrder, 0, CLASSES);
        for (int i = 1; i < CLASSES; i++) {
            int k = classOrder[i];
            int j = i - 1;
            while (j >= 0 && rank(l, classOrder[j]) > rank(l, k)) {
                classOrder[j + 1] = classOrder[j];
                j--;
            }
            classOrder[j + 1] = k;
        }
        return classOrder;
    }

    private int rank(int l, int k) {
        int pin = pins.cloud(l, k) < 0 ? 2 : pins.failover(l, k) ? 1 : 0;
        return 2 * pin + (regional.restricted(l, k) ? 0 : 1);
    }

    /** Places demand on held capacity of {@code only} (or of every cloud if -1), in proportion to room. */
    private double placeHeld(int l, int k, double amount, int only) {
        if (regional.active()) {
            return regional.placeHeld(l, k, amount, only, remaining, served[l][k]);
        }
        double room = 0;
        for (int c = 0; c < cloudCount; c++) {
            if (only < 0 || c == only) {
                room += remaining[l][c];
            }
        }
        if (room <= 0 || amount <= 0) {
            return amount;
        }
        double take = Math.min(amount, room);
        for (int c = 0; c < cloudCount; c++) {
            if (only < 0 || c == only) {
                double x = take * remaining[l][c] / room;
                served[l][k][c] += x;
                remaining[l][c] -= x;
            }
        }
        return amount - take;
    }

    /** Every training job so far, in arrival order. */
    public List<TrainingJob> trainingJobs() {
        return training.jobs();
    }

    /** Expected effective H100e lab {@code l}'s training keeps busy: arrival rate × size × duration. */
    public double expectedTrainingLoadH100e(int l) {
        return training.expectedLoadH100e(l);
    }

    @Override
    public double demandH100e(int lab, int k) {
        return demand[lab][k];
    }

    @Override
    public double unservedH100e(int lab, int k) {
        return unserved[lab][k];
    }

    @Override
    public double servedH100e(int lab, int k, int cloud) {
        return served[lab][k][cloud];
    }

    /**
     * Effective H100e of inference lab {@code lab} is served, summed over classes (in order)
     * and clouds (in order): at the last decision, or as placed so far while one is taken.
     */
    public double servedInferenceH100e(int lab) {
        double sum = 0;
        double[][] byClass = served[lab];
        for (int k = 0; k < CLASSES; k++) {
            double[] onCloud = byClass[k];
            for (int c = 0; c < cloudCount; c++) {
                sum += onCloud[c];
            }
        }
        return sum;
    }

    @Override
    public int reachCount(int lab) {
        return reach.count(lab);
    }

    @Override
    public double reachDemandH100e(int lab, int r) {
        return reach.demand(lab, r);
    }

    @Override
    public double reachServedH100e(int lab, int r) {
        return reach.served(lab, r);
    }

    @Override
    public double reachBlockedH100e(int lab, int r) {
        return reach.blocked(lab, r);
    }

    @Override
    public double capacityRaw(int c, int a) {
        return holdings.capacityRaw(c, a);
    }

    @Override
    public double capacityRaw(int c) {
        double sum = 0;
        for (int a = 0; a < indices.acceleratorCount(); a++) {
            sum += capacityRaw(c, a);
        }
        return sum;
    }

    @Override
    public double queuedTrainingH100e(int l) {
        return training.queuedH100e(l);
    }

    @Override
    public double trainingWaitHours(int l) {
        return training.firstStartWaitHours(l);
    }

    @Override
    public double trainingStarts(int l) {
        return training.firstStarts(l);
    }
}
