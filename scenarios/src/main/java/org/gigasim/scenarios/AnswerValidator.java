package org.gigasim.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.gigasim.model.metrics.Dimension;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.spec.AnswerSpec;
import org.gigasim.model.spec.CloudSpec;
import org.gigasim.model.spec.EventSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.spec.SiteSpec;
import org.gigasim.model.spec.TrafficClass;
import org.gigasim.model.metrics.AnswerSelection;

/**
 * Checks a scenario's {@code answer:} entries: each names a metric of the catalog, recorded by
 * the dimensions it fixes, and the labs, clouds, regions, sites and traffic classes it names
 * exist in the scenario (an answer naming a cloud the file lacks would select nothing), and
 * the years an expectation names are years the scenario simulates, and a level lies within the
 * values the metric can take.
 */
final class AnswerValidator {

    private AnswerValidator() {
    }

    static List<Problem> check(ScenarioSpec spec, LocationIndex index) {
        Set<String> labs = new TreeSet<>();
        Set<String> clouds = new TreeSet<>();
        Set<String> sites = new TreeSet<>();
        Set<String> regions = new TreeSet<>();
        spec.labs().stream().map(LabSpec::id).forEach(labs::add);
        for (CloudSpec c : spec.clouds()) {
            clouds.add(c.id());
            c.sites().forEach(s -> addSite(s, sites, regions));
        }
        for (EventSpec e : spec.events()) {
            if (e instanceof EventSpec.AddSite added) {
                addSite(added.site(), sites, regions);
            }
        }
        Set<String> classes = new TreeSet<>();
        for (TrafficClass c : TrafficClass.values()) {
            classes.add(c.id());
        }
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < spec.answer().size(); i++) {
            AnswerSpec answer = spec.answer().get(i);
            String at = "/answer/" + i;
            Optional<String> problem = AnswerSelection.problem(answer);
            if (problem.isPresent()) {
                problems.add(problem(index, at + "/metric", "answer: " + problem.get()));
                continue;
            }
            reference(problems, index, at, answer, Dimension.LAB, labs);
            reference(problems, index, at, answer, Dimension.CLOUD, clouds);
            reference(problems, index, at, answer, Dimension.SITE, sites);
            reference(problems, index, at, answer, Dimension.REGION, regions);
            reference(problems, index, at, answer, Dimension.TRAFFIC_CLASS, classes);
            if (answer.expect() != null && answer.expect().isLevel()) {
                levelWithinBounds(problems, index, at, answer);
            }
            if (answer.expect() != null) {
                List<Integer> years = answer.expect().years();
                for (int y = 0; y < years.size(); y++) {
                    int year = years.get(y);
                    if (year < spec.start().getYear() || year > spec.end().getYear()) {
                        problems.add(problem(index, at + "/expect/years/" + y, "answer expects a "
                                + (answer.expect().isLevel() ? "level" : "change") + " in " + year
                                + ", outside the scenario's years " + spec.start().getYear() + " to "
                                + spec.end().getYear() + "; name years the scenario simulates"));
                    }
                }
            }
        }
        return problems;
    }

    /** A level a metric cannot reach, such as a share written in percent, could never be kept true. */
    private static void levelWithinBounds(List<Problem> problems, LocationIndex index, String at, AnswerSpec answer) {
        Metric metric = Metric.byId(answer.metric()).orElseThrow();
        double low = answer.expect().low();
        double high = answer.expect().high();
        if (high < metric.lowerBound() || low > metric.upperBound()) {
            boolean share = metric.upperBound() == 1;
            problems.add(problem(index, at + "/expect/level", "answer expects " + metric.id() + " at a level of ["
                    + number(low) + ", " + number(high) + "], outside the values it can take ("
                    + number(metric.lowerBound()) + " to " + (share ? "1" : "any size") + "); write the level in the"
                    + " metric's unit" + (share ? ", a share as a fraction (0.33, not 33)" : "")));
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static void addSite(SiteSpec site, Set<String> sites, Set<String> regions) {
        sites.add(site.id());
        regions.add(site.region());
    }

    private static void reference(List<Problem> problems, LocationIndex index, String at, AnswerSpec answer,
            Dimension dimension, Set<String> known) {
        String value = AnswerSelection.value(answer, dimension);
        if (value != null && !known.contains(value)) {
            String hint = Hints.didYouMean(value, known);
            problems.add(problem(index, at + "/" + dimension.column(), "answer names unknown " + dimension.column()
                    .replace('_', ' ') + " '" + value + "'" + (!hint.isEmpty() ? hint : known.isEmpty() ? "; none is defined"
                    : "; known: " + String.join(", ", known.stream().sorted().toList()))));
        }
    }

    private static Problem problem(LocationIndex index, String pointer, String message) {
        LocationIndex.Position position = index.value(pointer);
        return new Problem(position.file(), position.line(), position.column(), message);
    }
}
