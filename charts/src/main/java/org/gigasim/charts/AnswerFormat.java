package org.gigasim.charts;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.gigasim.model.metrics.Metric;

/**
 * Writes an {@link Answer} for people: as plain text for the terminal (each series a line of
 * yearly means with its 95% CI in brackets on the line below) and as the report's HTML tables. Shares are
 * percentages, indices three decimals, everything else short (1.23M); NaN is a dash.
 */
public final class AnswerFormat {

    private static final int CELL = 16;

    private AnswerFormat() {
    }

    /** The answer as terminal text, ending with a newline. */
    public static String text(Answer answer) {
        StringBuilder out = new StringBuilder();
        answer.questions().forEach(q -> out.append("Question: ").append(q).append('\n'));
        if (!answer.named()) {
            return out.append("Its scenario names no answer figures: add an answer: list to the scenario file (see"
                    + " docs/scenario-reference.md) to have them shown here.\n").toString();
        }
        out.append("Answer (").append(answer.note()).append("):\n");
        for (Answer.Group g : answer.groups()) {
            out.append('\n').append(g.title()).append('\n');
            if (g.rows().isEmpty()) {
                out.append("  no series recorded\n");
                continue;
            }
            TreeSet<Integer> years = years(g.rows());
            int width = Math.min(48, g.rows().stream().mapToInt(r -> r.label().length()).max().orElse(0)) + 2;
            StringBuilder header = new StringBuilder(" ".repeat(width + 2));
            years.forEach(y -> header.append(pad(Integer.toString(y))));
            out.append(header.toString().stripTrailing()).append('\n');
            for (Answer.Row r : g.rows()) {
                String label = r.label().length() > 48 ? r.label().substring(0, 47) + "…" : r.label();
                StringBuilder means = new StringBuilder("  ").append(label).append(" ".repeat(width - label.length()));
                StringBuilder ci = new StringBuilder(" ".repeat(width + 2));
                boolean anyCi = false;
                for (int y : years) {
                    Answer.Cell c = r.years().get(y);
                    means.append(pad(c == null ? "" : number(r.metric(), c.mean()) + (c.flagged() ? "*" : "")));
                    String interval = c == null ? "" : interval(r.metric(), c);
                    anyCi |= !interval.isEmpty();
                    ci.append(pad(interval));
                }
                out.append(means.toString().stripTrailing()).append('\n');
                if (anyCi) {
                    out.append(ci.toString().stripTrailing()).append('\n');
                }
            }
        }
        return out.toString();
    }

    /** The answer as the report's HTML: one table per answer entry, a column per year. */
    static String html(Answer answer) {
        StringBuilder h = new StringBuilder();
        if (!answer.named()) {
            return h.append("<p class=\"note\">The scenario names no answer figures. Add an <code>answer:</code> list to"
                    + " its file (a metric and the dimension values that pick its series; see"
                    + " docs/scenario-reference.md) and they appear here, before everything else.</p>\n").toString();
        }
        h.append("<p class=\"note\">").append(Report.esc(answer.note())).append(".</p>\n");
        for (Answer.Group g : answer.groups()) {
            h.append("<h3>").append(Report.esc(g.title())).append("</h3>\n");
            if (g.rows().isEmpty()) {
                h.append("<p class=\"note\">No series recorded.</p>\n");
                continue;
            }
            TreeSet<Integer> years = years(g.rows());
            h.append("<table>\n<tr><th></th>");
            years.forEach(y -> h.append("<th>").append(y).append("</th>"));
            h.append("</tr>\n");
            for (Answer.Row r : g.rows()) {
                h.append("<tr><th>").append(Report.esc(r.label())).append("</th>");
                for (int y : years) {
                    Answer.Cell c = r.years().get(y);
                    h.append("<td class=\"num\">");
                    if (c != null) {
                        h.append(Report.esc(number(r.metric(), c.mean()) + (c.flagged() ? "*" : "")));
                        String interval = interval(r.metric(), c);
                        if (!interval.isEmpty()) {
                            h.append("<br/><span class=\"ci\">").append(Report.esc(interval)).append("</span>");
                        }
                    }
                    h.append("</td>");
                }
                h.append("</tr>\n");
            }
            h.append("</table>\n");
        }
        return h.toString();
    }

    /** A figure of {@code metric} for people: shares as percentages, indices to three decimals, else short. */
    static String number(Metric metric, double value) {
        if (!Double.isFinite(value)) {
            return "–";
        }
        return switch (metric == null ? "" : metric.unit()) {
            case "fraction" -> String.format(Locale.ROOT, "%.1f%%", 100 * value).replace("-0.0%", "0.0%");
            case "index" -> String.format(Locale.ROOT, "%.3f", value);
            default -> CompactFormat.compact(value);
        };
    }

    private static String interval(Metric metric, Answer.Cell c) {
        if (!Double.isFinite(c.low()) || !Double.isFinite(c.high()) || (c.low() == c.mean() && c.high() == c.mean()
                && Double.isNaN(c.low()))) {
            return "";
        }
        return "[" + number(metric, c.low()) + ", " + number(metric, c.high()) + "]";
    }

    private static TreeSet<Integer> years(List<Answer.Row> rows) {
        TreeSet<Integer> years = new TreeSet<>();
        rows.forEach(r -> years.addAll(r.years().keySet()));
        return years;
    }

    private static String pad(String cell) {
        return cell.length() >= CELL ? cell + " " : cell + " ".repeat(CELL - cell.length());
    }
}
