package org.gigasim.model.world.observation;

import java.util.HashMap;
import java.util.Map;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.world.decision.DecisionListener;

/**
 * What procurement cost the labs in time and the clouds in price: per lab, the delay of the
 * capacity it signed against the start it asked for (weighted by H100e); per lab and holder,
 * the share of its requests a right of first refusal's holder took (weighted by the H100e
 * requested); per lab and cloud, the value a cloud conceded against its own quote. Series
 * exist from a lab's or pair's first such decision on.
 */
final class ProcurementLedger implements DecisionListener {

    private record Pair(String lab, String cloud) {
    }

    private final Probes probes;
    /** Per lab: delay-days × H100e signed, and H100e signed. */
    private final Map<String, double[]> delays = new HashMap<>();
    /** Per lab and holder: H100e taken, and H100e requested. */
    private final Map<Pair, double[]> taken = new HashMap<>();
    private final Map<Pair, double[]> conceded = new HashMap<>();

    ProcurementLedger(Probes probes) {
        this.probes = probes;
    }

    @Override
    public void procured(double t, String contract, String lab, String cloud, double h100e, double delayDays,
            double concessionUsd) {
        double[] d = delays.get(lab);
        if (d == null) {
            double[] created = new double[2];
            d = created;
            delays.put(lab, created);
            probes.eventMean(SeriesKey.of(Metric.PROCUREMENT_DELAY_DAYS).lab(lab), () -> created[0],
                    () -> created[1]);
        }
        d[0] += delayDays * h100e;
        d[1] += h100e;
        if (concessionUsd != 0) {
            Pair key = new Pair(lab, cloud);
            double[] c = conceded.get(key);
            if (c == null) {
                double[] created = new double[1];
                c = created;
                conceded.put(key, created);
                probes.counter(SeriesKey.of(Metric.PRICE_CONCESSION_USD).lab(lab).cloud(cloud), () -> created[0]);
            }
            c[0] += concessionUsd;
        }
    }

    @Override
    public void matchWindow(double t, String type, String contract, String lab, String holder, double requestedH100e,
            double takenH100e, double days, String reason) {
        Pair key = new Pair(lab, holder);
        double[] s = taken.get(key);
        if (s == null) {
            double[] created = new double[2];
            s = created;
            taken.put(key, created);
            probes.eventMean(SeriesKey.of(Metric.FIRST_REFUSAL_SHARE_TAKEN).lab(lab).cloud(holder), () -> created[0],
                    () -> created[1]);
        }
        s[0] += takenH100e;
        s[1] += requestedH100e;
    }
}
