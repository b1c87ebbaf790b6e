package org.gigasim.model.clause;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.gigasim.model.spec.TrafficClass;

/**
 * New demand the lab adds runs first on one cloud (the contract's unless another is
 * named): for {@code lead_days} after it appears, it may run nowhere else. New demand is
 * measured daily per inference class as growth of the class's expected level (growth and
 * demand events, no noise) beyond the highest level it had since the clause became active;
 * the demand added in the last {@code lead_days} days is pinned to the cloud without
 * failover, the rest of the class runs anywhere.
 */
public final class FirstLaunchClause implements Clause {

    /** The clause's parameters: {@code cloud}, {@code lead_days} (default 90) and {@code classes} (default all inference). */
    public record Params(String cloud, Double leadDays, List<TrafficClass> classes) {
        public Params {
            leadDays = leadDays == null ? 90.0 : leadDays;
            if (!(leadDays >= 1) || leadDays > 3650) {
                throw new IllegalArgumentException("first-launch lead_days must be 1 to 3650, but was " + leadDays);
            }
            classes = classes == null || classes.isEmpty() ? List.of(TrafficClass.INFERENCE) : List.copyOf(classes);
            if (classes.contains(TrafficClass.TRAINING)) {
                throw new IllegalArgumentException("first-launch pins inference classes, not training");
            }
        }
    }

    /** The registered type. */
    public static final ClauseType<Params> TYPE = new ClauseType<>("first-launch", Params.class, FirstLaunchClause::new);

    private final String cloud;
    private final int leadDays;
    private final List<TrafficClass> classes;
    private final String contractId;
    /** Per class, the highest daily level so far, on each of the last lead_days + 1 days (a ring). */
    private final double[][] highWater;
    private long lastDay = Long.MIN_VALUE;

    private FirstLaunchClause(Params params, ClauseHolder contract) {
        this.cloud = params.cloud() == null ? contract.cloud() : params.cloud();
        this.leadDays = (int) Math.round(params.leadDays());
        this.classes = params.classes();
        this.contractId = contract.contractId();
        this.highWater = new double[classes.size()][leadDays + 1];
    }

    @Override
    public String type() {
        return TYPE.name();
    }

    @Override
    public void onRouting(RoutingRules rules) {
        long day = (long) Math.floor(rules.timeHours() / 24);
        for (int i = 0; i < classes.size(); i++) {
            double[] ring = highWater[i];
            if (lastDay == Long.MIN_VALUE) {
                // The level when the clause becomes active is old demand: nothing is new yet.
                Arrays.fill(ring, rules.forecastH100e(classes.get(i)));
            } else {
                double level = rules.forecastH100e(classes.get(i));
                for (long d = lastDay + 1; d <= day; d++) {
                    double previous = ring[(int) Math.floorMod(d - 1, (long) ring.length)];
                    ring[(int) Math.floorMod(d, (long) ring.length)] = Math.max(previous, level);
                }
            }
            double today = ring[(int) Math.floorMod(day, (long) ring.length)];
            double leadAgo = ring[(int) Math.floorMod(day - leadDays, (long) ring.length)];
            double fresh = today - leadAgo;
            if (fresh > 0) {
                rules.pinPart(classes.get(i), cloud, fresh, String.format(Locale.ROOT,
                        "contract %s launches %s's new %s demand on %s for %d days: %.0f H100e added in that time",
                        contractId, rules.lab(), classes.get(i).id(), cloud, leadDays, fresh));
            }
        }
        lastDay = day;
    }
}
