package org.gigasim.model.world;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.gigasim.engine.time.FiscalCalendar;
import org.gigasim.model.clause.SettlementRound;
import org.gigasim.model.cloud.Cloud;
import org.gigasim.model.contract.ActiveClause;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.lab.Lab;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.Recorder;
import org.gigasim.model.metrics.Series;
import org.gigasim.model.site.Site;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.TrafficClass;

/**
 * Samples the world's metrics at the scenario's sample interval and at every fiscal
 * quarter end (the midnight after a quarter's last day), and runs quarterly settlement:
 * each cloud's revenue for its fiscal quarter, each lab's spend for the calendar quarter,
 * and the clauses' settlement hooks.
 */
final class Sampler {

    private final World world;
    private final Recorder recorder = new Recorder();
    private final SeriesHandles handles;
    private final double[] times;
    private final Map<Double, List<Cloud>> cloudQuarterEnds = new HashMap<>();
    private final TreeSet<Double> calendarQuarterEnds = new TreeSet<>();
    private final Map<Contract, Double> lastSettlement = new HashMap<>();
    private final Map<ActiveClause, Double> lastUsed = new HashMap<>();
    private final double[] lastSpend;
    private int next;

    Sampler(World world) {
        this.world = world;
        this.handles = new SeriesHandles(world, recorder);
        double sampleHours = world.spec.sample().toMinutes() / 60.0;
        if (sampleHours % world.stepHours != 0) {
            throw new IllegalArgumentException("sample " + world.spec.sample() + " must be a whole number of steps ("
                    + world.spec.step() + ")");
        }
        TreeSet<Double> all = new TreeSet<>();
        for (double t = 0; t <= world.endHours; t += sampleHours) {
            all.add(t);
        }
        all.add(world.endHours);
        LocalDate from = world.spec.start();
        LocalDate to = world.spec.end();
        for (LocalDate end : new FiscalCalendar(1).quarterEndsBetween(from, to)) {
            calendarQuarterEnds.add(world.calendar.hoursAt(end.plusDays(1)));
        }
        all.addAll(calendarQuarterEnds);
        for (Cloud cloud : world.clouds) {
            for (LocalDate end : cloud.fiscalCalendar().quarterEndsBetween(from, to)) {
                double t = world.calendar.hoursAt(end.plusDays(1));
                cloudQuarterEnds.computeIfAbsent(t, k -> new ArrayList<>()).add(cloud);
                all.add(t);
            }
        }
        times = all.stream().mapToDouble(Double::doubleValue).toArray();
        lastSpend = new double[world.labs.size()];
    }

    Recorder recorder() {
        return recorder;
    }

    /** Whether {@code t} is a sample time; each is reported once, in order. */
    boolean isSampleTime(double t) {
        while (next < times.length && times[next] < t) {
            next++;
        }
        if (next < times.length && times[next] == t) {
            next++;
            return true;
        }
        return false;
    }

    void settleQuarters(double t) {
        for (Cloud cloud : cloudQuarterEnds.getOrDefault(t, List.of())) {
            // Clauses settle first, so their charges count in the quarter they settle.
            for (Contract contract : cloud.contracts()) {
                settleClauses(contract, t);
            }
            handles.cloud(Metric.REVENUE_USD, world.cloudIndex.get(cloud.id())).add(t, cloud.closeQuarter());
        }
        if (calendarQuarterEnds.contains(t)) {
            for (int l = 0; l < world.labs.size(); l++) {
                Lab lab = world.labs.get(l);
                handles.lab(Metric.SPEND_USD, l).add(t, lab.spendUsd() - lastSpend[l]);
                lastSpend[l] = lab.spendUsd();
            }
        }
        if (calendarQuarterEnds.contains(t) || t >= world.endHours) {
            world.clauseLedger.record(recorder, t);
        }
    }

    /** Calls the settlement hook of each clause active at some time in the quarter, over the part it was active. */
    private void settleClauses(Contract contract, double t) {
        double since = lastSettlement.getOrDefault(contract, Math.max(0, contract.signedHours()));
        lastSettlement.put(contract, t);
        for (ActiveClause clause : contract.clauses()) {
            double from = Math.max(since, clause.fromHours());
            double until = Math.min(t, clause.untilHours());
            double usedSoFar = clause.usedChipHours();
            double used = usedSoFar - lastUsed.getOrDefault(clause, 0.0);
            lastUsed.put(clause, usedSoFar);
            if (until <= from) {
                continue;
            }
            double reserved = contract.reservedChipHours(from, until);
            clause.clause().onSettlement(new SettlementRound() {
                public double timeHours() { return t; }
                public double quarterHours() { return until - from; }
                public double reservedChipHours() { return reserved; }
                public double usedChipHours() { return used; }
                public double priceUsdPerChipHour() { return contract.priceUsdPerChipHour(); }

                public double charge(double usd, String reason) {
                    double charged = contract.charge(usd);
                    if (charged > 0) {
                        world.cloud(contract.cloud()).recognise(charged);
                        world.labs.get(contract.labIndex()).spend(charged);
                    }
                    String type = clause.clause().type();
                    world.clauseAction(t, type, contract.contractId(), contract.lab(), contract.cloud(), "charge",
                            reason, charged);
                    world.clauseMoved(type, contract.lab(), contract.cloud(), 0, charged);
                    return charged;
                }
            });
        }
    }

    void sampleMoney(double t) {
        int labs = world.labs.size();
        double[] byLab = new double[labs];
        for (int c = 0; c < world.clouds.size(); c++) {
            Cloud cloud = world.clouds.get(c);
            java.util.Arrays.fill(byLab, 0);
            for (Contract contract : cloud.contracts()) {
                byLab[contract.labIndex()] += contract.remainingUsd(t);
            }
            double total = cloud.backlogUsd(t);
            handles.cloud(Metric.BACKLOG_USD, c).add(t, total);
            double top = 0;
            for (int l = 0; l < labs; l++) {
                handles.cloudLab(Metric.BACKLOG_USD, c, l).add(t, byLab[l]);
                top = Math.max(top, byLab[l]);
            }
            handles.cloud(Metric.BACKLOG_TOP_SHARE, c).add(t, total > 0 ? top / total : 0);
        }
    }

    void sampleState(double t) {
        samplePowerAndCapacity(t);
        sampleDemand(t);
    }

    private void samplePowerAndCapacity(double t) {
        double[] byVendor = new double[handles.vendorCount()];
        double total = 0;
        for (int c = 0; c < world.clouds.size(); c++) {
            Cloud cloud = world.clouds.get(c);
            double online = 0;
            double used = 0;
            double strandedChips = 0;
            for (Site site : cloud.sites()) {
                Series[] perSite = handles.site(site);
                perSite[0].add(t, site.powerOnlineMw());
                perSite[1].add(t, site.powerUsedMw());
                perSite[2].add(t, site.strandedPowerMw());
                perSite[3].add(t, site.strandedChips());
                online += site.powerOnlineMw();
                used += site.powerUsedMw();
                strandedChips += site.strandedChips();
            }
            handles.cloud(Metric.POWER_ONLINE_MW, c).add(t, online);
            handles.cloud(Metric.POWER_USED_MW, c).add(t, used);
            handles.cloud(Metric.STRANDED_POWER_MW, c).add(t, online - used);
            handles.cloud(Metric.STRANDED_CHIPS, c).add(t, strandedChips);
            double capacity = 0;
            for (int a = 0; a < world.accelerators.size(); a++) {
                AcceleratorSpec acc = world.accelerators.get(a);
                double raw = cloud.upChips(acc.id()) * acc.h100e();
                if (raw > 0 || acc.hostableBy(cloud.id())) {
                    handles.cloudAccelerator(Metric.CAPACITY_H100E, c, a).add(t, raw);
                }
                capacity += raw;
                byVendor[handles.vendorOf(a)] += raw;
            }
            total += capacity;
            handles.cloud(Metric.CAPACITY_H100E, c).add(t, capacity);
            double served = 0;
            for (int l = 0; l < world.labs.size(); l++) {
                for (double[] perCloud : world.router.served[l]) {
                    served += perCloud[c];
                }
            }
            handles.cloud(Metric.UTILIZATION, c).add(t, capacity > 0 ? served / capacity : 0);
        }
        for (int v = 0; v < byVendor.length; v++) {
            handles.vendor(Metric.CAPACITY_SHARE_BY_VENDOR, v).add(t, total > 0 ? byVendor[v] / total : 0);
        }
    }

    private void sampleDemand(double t) {
        Router router = world.router;
        int clouds = world.clouds.size();
        double[] marketByCloud = new double[clouds];
        double[] byCloud = new double[clouds];
        for (int l = 0; l < world.labs.size(); l++) {
            java.util.Arrays.fill(byCloud, 0);
            for (int k = 0; k <= TrafficClass.INFERENCE.length; k++) {
                handles.labClass(Metric.DEMAND_H100E, l, k).add(t, router.demand[l][k]);
                handles.labClass(Metric.UNSERVED_H100E, l, k).add(t, router.unserved[l][k]);
                double servedTotal = 0;
                for (int c = 0; c < clouds; c++) {
                    double served = router.served[l][k][c];
                    handles.labCloudClass(Metric.SERVED_H100E, l, c, k).add(t, served);
                    byCloud[c] += served;
                    servedTotal += served;
                }
                handles.labClass(Metric.SERVED_H100E, l, k).add(t, servedTotal);
            }
            double all = 0;
            for (double v : byCloud) {
                all += v;
            }
            double hhi = 0;
            for (int c = 0; c < clouds; c++) {
                double share = all > 0 ? byCloud[c] / all : 0;
                hhi += share * share;
                marketByCloud[c] += byCloud[c];
                handles.cloudLab(Metric.COMPUTE_SHARE, c, l).add(t, share);
            }
            handles.lab(Metric.HHI_COMPUTE_BY_CLOUD, l).add(t, hhi);
            handles.lab(Metric.TRAINING_WAIT_H, l).add(t, world.training.meanWaitHours(l));
            handles.lab(Metric.TRAINING_QUEUE_H100E, l).add(t, world.training.queuedH100e(l));
        }
        double market = 0;
        for (double v : marketByCloud) {
            market += v;
        }
        double hhi = 0;
        for (double v : marketByCloud) {
            hhi += market > 0 ? (v / market) * (v / market) : 0;
        }
        handles.market(Metric.HHI_COMPUTE_BY_CLOUD).add(t, hhi);
    }

}
