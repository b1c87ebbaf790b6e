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
import org.gigasim.model.metrics.SeriesKey;
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
    private final double[] times;
    private final Map<Double, List<Cloud>> cloudQuarterEnds = new HashMap<>();
    private final TreeSet<Double> calendarQuarterEnds = new TreeSet<>();
    private final Map<Contract, Double> lastSettlement = new HashMap<>();
    private final Map<ActiveClause, Double> lastUsed = new HashMap<>();
    private final double[] lastSpend;
    private int next;

    Sampler(World world) {
        this.world = world;
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
            record(SeriesKey.of(Metric.REVENUE_USD).cloud(cloud.id()), t, cloud.closeQuarter());
        }
        if (calendarQuarterEnds.contains(t)) {
            for (int l = 0; l < world.labs.size(); l++) {
                Lab lab = world.labs.get(l);
                record(SeriesKey.of(Metric.SPEND_USD).lab(lab.id()), t, lab.spendUsd() - lastSpend[l]);
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
        for (Cloud cloud : world.clouds) {
            Map<String, Double> byLab = new HashMap<>();
            for (Contract contract : cloud.contracts()) {
                byLab.merge(contract.lab(), contract.remainingUsd(t), Double::sum);
            }
            double total = cloud.backlogUsd(t);
            record(SeriesKey.of(Metric.BACKLOG_USD).cloud(cloud.id()), t, total);
            double top = 0;
            for (Lab lab : world.labs) {
                double value = byLab.getOrDefault(lab.id(), 0.0);
                record(SeriesKey.of(Metric.BACKLOG_USD).cloud(cloud.id()).lab(lab.id()), t, value);
                top = Math.max(top, value);
            }
            record(SeriesKey.of(Metric.BACKLOG_TOP_SHARE).cloud(cloud.id()), t, total > 0 ? top / total : 0);
        }
    }

    void sampleState(double t) {
        samplePowerAndCapacity(t);
        sampleDemand(t);
    }

    private void samplePowerAndCapacity(double t) {
        Map<String, Double> byVendor = new java.util.TreeMap<>();
        double total = 0;
        for (int c = 0; c < world.clouds.size(); c++) {
            Cloud cloud = world.clouds.get(c);
            double online = 0;
            double used = 0;
            double strandedChips = 0;
            for (Site site : cloud.sites()) {
                SeriesKey key = SeriesKey.of(Metric.POWER_ONLINE_MW).cloud(cloud.id()).site(site.id());
                record(key, t, site.powerOnlineMw());
                record(new SeriesKey(Metric.POWER_USED_MW, "", cloud.id(), site.id(), "", ""), t, site.powerUsedMw());
                record(new SeriesKey(Metric.STRANDED_POWER_MW, "", cloud.id(), site.id(), "", ""), t,
                        site.strandedPowerMw());
                record(new SeriesKey(Metric.STRANDED_CHIPS, "", cloud.id(), site.id(), "", ""), t, site.strandedChips());
                online += site.powerOnlineMw();
                used += site.powerUsedMw();
                strandedChips += site.strandedChips();
            }
            record(SeriesKey.of(Metric.POWER_ONLINE_MW).cloud(cloud.id()), t, online);
            record(SeriesKey.of(Metric.POWER_USED_MW).cloud(cloud.id()), t, used);
            record(SeriesKey.of(Metric.STRANDED_POWER_MW).cloud(cloud.id()), t, online - used);
            record(SeriesKey.of(Metric.STRANDED_CHIPS).cloud(cloud.id()), t, strandedChips);
            double capacity = 0;
            for (AcceleratorSpec acc : world.accelerators) {
                double raw = cloud.upChips(acc.id()) * acc.h100e();
                if (raw > 0 || acc.hostableBy(cloud.id())) {
                    record(SeriesKey.of(Metric.CAPACITY_H100E).cloud(cloud.id()).accelerator(acc.id()), t, raw);
                }
                capacity += raw;
                byVendor.merge(acc.vendor(), raw, Double::sum);
            }
            total += capacity;
            record(SeriesKey.of(Metric.CAPACITY_H100E).cloud(cloud.id()), t, capacity);
            double served = 0;
            for (int l = 0; l < world.labs.size(); l++) {
                for (double[] perCloud : world.router.served[l]) {
                    served += perCloud[c];
                }
            }
            record(SeriesKey.of(Metric.UTILIZATION).cloud(cloud.id()), t, capacity > 0 ? served / capacity : 0);
        }
        for (Map.Entry<String, Double> vendor : byVendor.entrySet()) {
            record(SeriesKey.of(Metric.CAPACITY_SHARE_BY_VENDOR).accelerator(vendor.getKey()), t,
                    total > 0 ? vendor.getValue() / total : 0);
        }
    }

    private void sampleDemand(double t) {
        Router router = world.router;
        int clouds = world.clouds.size();
        double[] marketByCloud = new double[clouds];
        for (int l = 0; l < world.labs.size(); l++) {
            String lab = world.labs.get(l).id();
            double[] byCloud = new double[clouds];
            for (int k = 0; k <= TrafficClass.INFERENCE.length; k++) {
                String trafficClass = k < TrafficClass.INFERENCE.length ? TrafficClass.INFERENCE[k].id()
                        : TrafficClass.TRAINING.id();
                record(SeriesKey.of(Metric.DEMAND_H100E).lab(lab).trafficClass(trafficClass), t, router.demand[l][k]);
                record(SeriesKey.of(Metric.UNSERVED_H100E).lab(lab).trafficClass(trafficClass), t,
                        router.unserved[l][k]);
                double servedTotal = 0;
                for (int c = 0; c < clouds; c++) {
                    double served = router.served[l][k][c];
                    record(SeriesKey.of(Metric.SERVED_H100E).lab(lab).cloud(world.clouds.get(c).id())
                            .trafficClass(trafficClass), t, served);
                    byCloud[c] += served;
                    servedTotal += served;
                }
                record(SeriesKey.of(Metric.SERVED_H100E).lab(lab).trafficClass(trafficClass), t, servedTotal);
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
                record(SeriesKey.of(Metric.COMPUTE_SHARE).lab(lab).cloud(world.clouds.get(c).id()), t, share);
            }
            record(SeriesKey.of(Metric.HHI_COMPUTE_BY_CLOUD).lab(lab), t, hhi);
            record(SeriesKey.of(Metric.TRAINING_WAIT_H).lab(lab), t, world.training.meanWaitHours(l));
            record(SeriesKey.of(Metric.TRAINING_QUEUE_H100E).lab(lab), t, world.training.queuedH100e(l));
        }
        double market = 0;
        for (double v : marketByCloud) {
            market += v;
        }
        double hhi = 0;
        for (double v : marketByCloud) {
            hhi += market > 0 ? (v / market) * (v / market) : 0;
        }
        record(SeriesKey.of(Metric.HHI_COMPUTE_BY_CLOUD), t, hhi);
    }

    private void record(SeriesKey key, double t, double value) {
        recorder.record(key, t, value);
    }
}
