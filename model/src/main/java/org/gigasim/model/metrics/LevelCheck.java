package org.gigasim.model.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.gigasim.model.spec.AnswerSpec;
import org.gigasim.model.spec.ExpectSpec;

/**
 * Whether an answer's level expectation holds on a run's yearly figures: for every series the
 * answer selects ({@link AnswerSelection}) and every year the expectation names, the 95%
 * confidence interval of the mean over the replications lies inside {@code [low, high]}, ends
 * included. An interval that straddles an end, or a mean that is not a number, fails: the
 * run cannot tell whether the level holds. A named year with no figure fails too.
 */
public final class LevelCheck {

    /** One row of {@code summary.json}: a series, a calendar year, and its mean with its 95% interval. */
    public record Figure(SeriesKey key, int year, double mean, double ciLow, double ciHigh) {
    }

    private LevelCheck() {
    }

    /** What does not hold of {@code answer}'s level on {@code figures}, one line each; empty if it holds. */
    public static List<String> failures(AnswerSpec answer, List<Figure> figures) {
        ExpectSpec expect = answer.expect();
        if (expect == null || !expect.isLevel()) {
            throw new IllegalArgumentException(answer.metric() + " states no level");
        }
        List<String> failures = new ArrayList<>();
        Set<SeriesKey> selected = new TreeSet<>();
        Set<String> seen = new TreeSet<>();
        for (Figure f : figures) {
            if (!AnswerSelection.matches(answer, f.key())) {
                continue;
            }
            selected.add(f.key());
            if (!expect.years().contains(f.year())) {
                continue;
            }
            seen.add(f.key() + " " + f.year());
            if (!(f.ciLow() >= expect.low() && f.ciHigh() <= expect.high())) {
                failures.add(String.format(Locale.ROOT, "%s %d: expected a level in [%.4g, %.4g], got %.4g [%.4g, %.4g]",
                        f.key(), f.year(), expect.low(), expect.high(), f.mean(), f.ciLow(), f.ciHigh()));
            }
        }
        if (selected.isEmpty()) {
            failures.add(answer.metric() + ": no figure selected");
        }
        for (SeriesKey key : selected) {
            for (int year : expect.years()) {
                if (!seen.contains(key + " " + year)) {
                    failures.add(key + " " + year + ": no figure in that year");
                }
            }
        }
        return failures;
    }
}
