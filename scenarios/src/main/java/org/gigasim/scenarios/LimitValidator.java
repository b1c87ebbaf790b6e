package org.gigasim.scenarios;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gigasim.engine.random.Distribution;
import org.gigasim.model.spec.CloudSpec;
import org.gigasim.model.spec.EventSpec;
import org.gigasim.model.spec.InferenceDemandSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.Limits;
import org.gigasim.model.spec.OutageModelSpec;
import org.gigasim.model.spec.RevenueAnchorSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.spec.SiteSpec;
import org.gigasim.model.spec.TrafficClass;

/**
 * Checks the {@link Limits} that span fields: the horizon, the sample against it,
 * demand growth compounded over the horizon, and the mean intervals of the random processes
 * that schedule events (outages, training arrivals), so that no scenario can overflow the
 * model or make a run hang. Each problem names the field it is about.
 */
final class LimitValidator {

    private static final double HOURS_PER_YEAR = 8766;

    private final ScenarioSpec spec;
    private final LocationIndex index;
    private final List<Problem> problems = new ArrayList<>();
    private final double horizonHours;

    private LimitValidator(ScenarioSpec spec, LocationIndex index) {
        this.spec = spec;
        this.index = index;
        this.horizonHours = ChronoUnit.DAYS.between(spec.start(), spec.end().plusDays(1)) * 24.0;
    }

    /** Every limit {@code spec} breaks, in no particular order. */
    static List<Problem> check(ScenarioSpec spec, LocationIndex index) {
        LimitValidator validator = new LimitValidator(spec, index);
        if (!validator.checkHorizon()) {
            return validator.problems;   // the rest is measured over the horizon
        }
        for (int i = 0; i < spec.labs().size(); i++) {
            validator.checkLab(spec.labs().get(i), "/labs/" + i);
        }
        for (int i = 0; i < spec.clouds().size(); i++) {
            CloudSpec cloud = spec.clouds().get(i);
            for (int j = 0; j < cloud.sites().size(); j++) {
                validator.checkSite(cloud.sites().get(j), "/clouds/" + i + "/sites/" + j);
            }
        }
        for (int i = 0; i < spec.events().size(); i++) {
            if (spec.events().get(i) instanceof EventSpec.AddSite added) {
                validator.checkSite(added.site(), "/events/" + i + "/add_site/site");
            }
        }
        return validator.problems;
    }

    /** Whether the horizon is within bounds (the sample is checked against it, too). */
    private boolean checkHorizon() {
        if (spec.end().isAfter(spec.start().plusYears(Limits.MAX_HORIZON_YEARS))) {
            report("/end", "the scenario runs from " + spec.start() + " to " + spec.end() + "; it may run at most "
                    + Limits.MAX_HORIZON_YEARS + " years");
            return false;
        }
        interval("sample", spec.sample(), Limits.MAX_SAMPLES, "sample times");
        return true;
    }

    /** Whether {@code value} is whole minutes, at least one, and at most {@code maxCount} of them fit the horizon. */
    private boolean interval(String field, Duration value, int maxCount, String what) {
        String at = "/" + field;
        if (value.toSeconds() % 60 != 0 || value.toMinutes() < Limits.MIN_INTERVAL_MINUTES) {
            report(at, field + " must be whole minutes, at least PT" + Limits.MIN_INTERVAL_MINUTES + "M, but was " + value);
            return false;
        }
        double count = horizonHours * 60 / value.toMinutes();
        if (count > maxCount) {
            report(at, String.format(Locale.ROOT, "%s %s makes %.0f %s over the horizon; at most %d are allowed,"
                    + " so make it longer or the horizon shorter", field, value, count, what, maxCount));
            return false;
        }
        return true;
    }

    /**
     * A revenue path bends demand by at most its largest over its smallest revenue, times the growth of the rate
     * per H100e-hour over its span either way; beyond the limit on demand growth that is refused like growth_per_year.
     */
    private void checkRevenuePath(LabSpec lab, String at) {
        List<RevenueAnchorSpec> path = lab.demand().revenuePath();
        if (path.isEmpty()) {
            return;
        }
        double low = path.stream().mapToDouble(RevenueAnchorSpec::usdPerYear).min().orElseThrow();
        double high = path.stream().mapToDouble(RevenueAnchorSpec::usdPerYear).max().orElseThrow();
        double g = lab.finance() == null ? 0 : lab.finance().revenueGrowthPerYear();
        double years = ChronoUnit.DAYS.between(path.get(0).on(), path.get(path.size() - 1).on()) / 365.0;
        double bend = high / low * Math.max(Math.pow(1 + g, years), Math.pow(1 + g, -years));
        if (!(bend <= Limits.MAX_DEMAND_GROWTH)) {
            report(at + "/demand/revenue_path", String.format(Locale.ROOT, "lab %s's revenue_path could change its"
                    + " demand %.3g-fold (its largest revenue over its smallest); at most %.0e is allowed", lab.id(),
                    bend, Limits.MAX_DEMAND_GROWTH));
        }
    }

    private void checkLab(LabSpec lab, String at) {
        double changes = 1;
        for (EventSpec event : spec.events()) {
            if (event instanceof EventSpec.ChangeDemand change && change.lab().equals(lab.id())) {
                changes *= Math.max(1, change.factor());
            }
        }
        for (TrafficClass trafficClass : TrafficClass.INFERENCE) {
            InferenceDemandSpec demand = lab.demand().inference(trafficClass);
            if (demand == null) {
                continue;
            }
            double growth = Math.pow(1 + Math.max(0, demand.growthPerYear()), horizonHours / HOURS_PER_YEAR) * changes;
            if (!(growth <= Limits.MAX_DEMAND_GROWTH)) {
                report(at + "/demand/" + trafficClass.id() + "/growth_per_year", String.format(Locale.ROOT,
                        "lab %s's %s demand would grow %.3g-fold over the horizon (growth_per_year%s); at most %.0e"
                        + " is allowed", lab.id(), trafficClass.id(), growth,
                        changes > 1 ? " and change_demand events" : "", Limits.MAX_DEMAND_GROWTH));
            }
        }
        checkRevenuePath(lab, at);
        if (lab.demand().training() != null) {
            minimumMean(lab.demand().training().arrivalIntervalDays(), Limits.MIN_ARRIVAL_INTERVAL_DAYS,
                    at + "/demand/training/arrival_interval_days", "1/24 day (an hour)");
        }
    }

    private void checkSite(SiteSpec site, String at) {
        OutageModelSpec outages = site.outages();
        if (outages != null) {
            minimumMean(outages.mtbfDays(), Limits.MIN_MTBF_DAYS, at + "/outages/mtbf_days", "1 day");
            minimumMean(outages.mttrHours(), Limits.MIN_MTTR_HOURS, at + "/outages/mttr_hours", "1/60 hour (a minute)");
        }
    }

    private void minimumMean(Distribution distribution, double min, String at, String minText) {
        double mean = distribution.mean();
        if (!(mean >= min)) {
            String field = at.substring(at.lastIndexOf('/') + 1);
            report(at, field + " must have a mean of at least " + minText + ", but its mean is " + mean);
        }
    }

    private void report(String pointer, String message) {
        LocationIndex.Position at = index.value(pointer);
        problems.add(new Problem(at.file(), at.line(), at.column(), message));
    }
}
