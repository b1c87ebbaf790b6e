package org.gigasim.model.metrics;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gigasim.model.spec.AnswerSpec;

/**
 * What a scenario's {@code answer:} entries select: the series of their metric whose
 * dimensions match the values given, at the metric's coarsest recorded level that has every
 * dimension given or named in {@code by}. So {@code {metric: compute_share, lab: openai}}
 * selects OpenAI's share on each cloud, and {@code {metric: backlog_usd, cloud: azure}}
 * Azure's whole backlog rather than its backlog per counterparty.
 */
public final class AnswerSelection {

    private AnswerSelection() {
    }

    /** The value {@code answer} fixes for {@code dimension}, or null where it leaves it open. */
    public static String value(AnswerSpec answer, Dimension dimension) {
        String v = switch (dimension) {
            case LAB -> answer.lab();
            case CLOUD -> answer.cloud();
            case REGION -> answer.region();
            case SITE -> answer.site();
            case ACCELERATOR -> answer.accelerator();
            case VENDOR -> answer.vendor();
            case TRAFFIC_CLASS -> answer.trafficClass();
            case CLAUSE -> answer.clause();
        };
        return v == null || v.isEmpty() ? null : v;
    }

    /** What is wrong with {@code answer} against the metric catalog (unknown metric or dimension), if anything. */
    public static Optional<String> problem(AnswerSpec answer) {
        Optional<Metric> metric = Metric.byId(answer.metric());
        if (metric.isEmpty()) {
            return Optional.of("unknown metric '" + answer.metric() + "'; the metrics are listed in docs/metrics.md");
        }
        for (String d : answer.by()) {
            if (dimension(d).isEmpty()) {
                return Optional.of("by names unknown dimension '" + d + "'; the dimensions are "
                        + String.join(", ", EnumSet.allOf(Dimension.class).stream().map(Dimension::column).toList()));
            }
        }
        if (level(answer, metric.get()).isEmpty()) {
            return Optional.of(answer.metric() + " is not recorded by " + String.join(" + ",
                    wanted(answer).stream().map(Dimension::column).toList()) + "; it is recorded by "
                    + String.join("; ", metric.get().recordedAt().stream().map(AnswerSelection::words).toList()));
        }
        return Optional.empty();
    }

    /** Whether {@code key} is one of the series {@code answer} selects. */
    public static boolean matches(AnswerSpec answer, SeriesKey key) {
        if (!key.metric().id().equals(answer.metric())) {
            return false;
        }
        Optional<Set<Dimension>> level = level(answer, key.metric());
        if (level.isEmpty()) {
            return false;
        }
        for (Dimension d : Dimension.values()) {
            String fixed = value(answer, d);
            boolean present = !key.get(d).isEmpty();
            if (present != level.get().contains(d) || (fixed != null && !fixed.equals(key.get(d)))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code key} is selected by any of {@code answers}. */
    public static boolean matchesAny(List<AnswerSpec> answers, SeriesKey key) {
        return answers.stream().anyMatch(a -> matches(a, key));
    }

    /** The smallest recorded combination of the metric's dimensions that has every dimension the answer needs. */
    public static Optional<Set<Dimension>> level(AnswerSpec answer, Metric metric) {
        Set<Dimension> wanted = wanted(answer);
        Set<Dimension> best = null;
        for (Set<Dimension> combination : metric.recordedAt()) {
            if (combination.containsAll(wanted) && (best == null || combination.size() < best.size())) {
                best = combination;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Set<Dimension> wanted(AnswerSpec answer) {
        Set<Dimension> wanted = EnumSet.noneOf(Dimension.class);
        for (Dimension d : Dimension.values()) {
            if (value(answer, d) != null) {
                wanted.add(d);
            }
        }
        answer.by().forEach(b -> dimension(b).ifPresent(wanted::add));
        return wanted;
    }

    private static Optional<Dimension> dimension(String column) {
        return EnumSet.allOf(Dimension.class).stream().filter(d -> d.column().equals(column)).findFirst();
    }

    private static String words(Set<Dimension> combination) {
        return combination.isEmpty() ? "nothing (one market-wide series)"
                : String.join(" + ", combination.stream().map(Dimension::column).toList());
    }

}
