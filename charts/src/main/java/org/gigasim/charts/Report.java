package org.gigasim.charts;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.gigasim.model.metrics.Dimension;

/**
 * The self-contained HTML report: inline CSS and SVG only (no scripts, fonts or network
 * fetches). It opens with the question and a table of contents, then the Answer (the figures
 * the scenario names as answering it, every year with its CI), then the run's inputs, the
 * headline table, every chart and the clause-actions table. Its bytes depend only on its inputs.
 */
final class Report {

    /** A chart with its inline {@code <svg>} element. */
    record Figure(Chart chart, String svg) {
    }

    private static final String CSS = """
            body{font-family:sans-serif;margin:2em auto;max-width:1100px;padding:0 1em;color:#222;line-height:1.4}
            h1{font-size:1.7em;margin-bottom:.2em}h2{margin-top:1.8em;border-bottom:1px solid #ccc}
            .question{font-size:1.15em;color:#444}
            table{border-collapse:collapse;margin:.8em 0;font-size:.9em}
            th,td{border:1px solid #ddd;padding:.25em .6em;text-align:left;vertical-align:top}
            td.num{text-align:right;font-variant-numeric:tabular-nums}th{background:#f3f3f3}
            figure{margin:1.5em 0;padding:0}figure svg{width:100%;height:auto;display:block}
            figcaption{font-size:.9em;color:#444;margin-top:.3em}.note{color:#666;font-size:.9em}
            .ci{color:#666;font-size:.85em}nav ul ul{margin:0}
            """;

    private Report() {
    }

    /**
     * The report's HTML, titled {@code title}; {@code run} and {@code trace} may be null (a
     * comparison or sweep folder, no trace).
     */
    static String html(String title, Answer answer, RunData run, TraceCounts trace,
            Map<String, List<Figure>> sections) {
        StringBuilder h = new StringBuilder(1 << 20);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n<h1>").append(esc(title)).append("</h1>\n");
        for (String q : answer.questions()) {
            h.append("<p class=\"question\">").append(esc(q)).append("</p>\n");
        }
        contents(h, run != null, sections);
        h.append("<h2 id=\"answer\">Answer</h2>\n").append(AnswerFormat.html(answer));
        if (run != null) {
            inputs(h, run.summary());
            headline(h, run.summary());
        }
        sections.forEach((name, figures) -> {
            h.append("<h2 id=\"").append(Experiment.slug(name)).append("\">").append(esc(name)).append("</h2>\n");
            for (Figure f : figures) {
                h.append("<figure id=\"").append(f.chart().name()).append("\" class=\"chart\">\n").append(f.svg())
                        .append("\n<figcaption>").append(esc(f.chart().caption())).append(metrics(f.chart()))
                        .append(" Files: <a href=\"")
                        .append(Charts.CHART_DIR).append('/').append(f.chart().name()).append(".png\">PNG</a>, <a href=\"")
                        .append(Charts.CHART_DIR).append('/').append(f.chart().name())
                        .append(".svg\">SVG</a>.</figcaption>\n</figure>\n");
            }
        });
        if (run != null) {
            clauseActions(h, trace, run.summary().replications());
        }
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    /** The table of contents, before the long tables: every section, and under the chart sections every chart. */
    private static void contents(StringBuilder h, boolean run, Map<String, List<Figure>> sections) {
        h.append("<nav><h2>Contents</h2><ul>\n");
        item(h, "answer", "Answer");
        if (run) {
            item(h, "inputs", "Run and key inputs");
            item(h, "headline", "Headline figures");
        }
        sections.forEach((name, figures) -> {
            h.append("<li><a href=\"#").append(Experiment.slug(name)).append("\">").append(esc(name))
                    .append("</a><ul>\n");
            figures.forEach(f -> item(h, f.chart().name(), f.chart().title()));
            h.append("</ul></li>\n");
        });
        if (run) {
            item(h, "clause-actions", "Clause actions");
        }
        h.append("</ul></nav>\n");
    }

    private static void item(StringBuilder h, String id, String text) {
        h.append("<li><a href=\"#").append(id).append("\">").append(esc(text)).append("</a></li>\n");
    }

    private static void inputs(StringBuilder h, RunSummary s) {
        Map<Dimension, TreeSet<String>> ids = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            ids.put(d, new TreeSet<>());
        }
        TreeSet<Integer> years = new TreeSet<>();
        for (RunSummary.Figure f : s.figures()) {
            for (Dimension d : List.of(Dimension.LAB, Dimension.CLOUD, Dimension.REGION, Dimension.ACCELERATOR,
                    Dimension.VENDOR)) {
                add(ids.get(d), f.key().get(d));
            }
            years.add(f.year());
        }
        h.append("<h2 id=\"inputs\">Run and key inputs</h2>\n<table>\n");
        row(h, "Scenario", s.scenario());
        row(h, "Seed", Long.toString(s.seed()));
        row(h, "Replications", Integer.toString(s.replications()));
        row(h, "Start date", s.startDate().toString());
        row(h, "Years reported", years.isEmpty() ? "" : years.first() + "–" + years.last());
        row(h, "Clouds", String.join(", ", ids.get(Dimension.CLOUD)));
        row(h, "Regions", String.join(", ", ids.get(Dimension.REGION)));
        row(h, "Labs", String.join(", ", ids.get(Dimension.LAB)));
        row(h, "Accelerators", String.join(", ", ids.get(Dimension.ACCELERATOR)));
        row(h, "Vendors", String.join(", ", ids.get(Dimension.VENDOR)));
        row(h, "gigasim version", s.version());
        row(h, "Scenario file SHA-256", s.contentSha256());
        h.append("</table>\n");
    }

    private static void headline(StringBuilder h, RunSummary s) {
        TreeSet<Integer> years = new TreeSet<>();
        s.figures().forEach(f -> years.add(f.year()));
        h.append("<h2 id=\"headline\">Headline figures</h2>\n");
        if (years.isEmpty()) {
            h.append("<p class=\"note\">The run recorded no figures.</p>\n");
            return;
        }
        int first = years.first();
        int last = years.last();
        h.append("<p class=\"note\">Yearly figures from summary.json of each headline metric "
                + "at its coarsest level (stocks at year end, levels as the year's time-weighted mean, flows summed "
                + "over the year, event means over the year's events)");
        h.append(s.replications() > 1 ? "; mean over replications with its 95% confidence interval.</p>\n" : ".</p>\n");
        h.append("<table>\n<tr><th>Metric</th><th>Unit</th><th>Of</th><th>").append(first).append("</th>");
        if (last != first) {
            h.append("<th>").append(last).append("</th>");
        }
        h.append("</tr>\n");
        for (RunSummary.Figure f : s.figures()) {
            if (f.key().metric().headline() && f.year() == last && Keys.coarsest(f.key())) {
                h.append("<tr><td>").append(esc(f.key().metric().id())).append("</td><td>").append(esc(f.unit()))
                        .append("</td><td>").append(esc(Keys.label(f.key()))).append("</td>");
                if (last != first) {
                    h.append("<td class=\"num\">").append(esc(value(find(s, f, first), s.replications())))
                            .append("</td>");
                }
                h.append("<td class=\"num\">").append(esc(value(f, s.replications()))).append("</td></tr>\n");
            }
        }
        h.append("</table>\n");
    }

    private static RunSummary.Figure find(RunSummary s, RunSummary.Figure like, int year) {
        for (RunSummary.Figure f : s.figures()) {
            if (f.year() == year && f.key().equals(like.key())) {
                return f;
            }
        }
        return null;
    }

    /** The catalog metrics a chart draws, for its caption. */
    private static String metrics(Chart chart) {
        if (chart.metrics().isEmpty()) {
            return "";
        }
        StringBuilder m = new StringBuilder(" Metrics:");
        for (int i = 0; i < chart.metrics().size(); i++) {
            m.append(i == 0 ? " " : ", ").append("<code>").append(chart.metrics().get(i).id()).append("</code>");
        }
        return m.append('.').toString();
    }

    private static String value(RunSummary.Figure f, int replications) {
        if (f == null) {
            return "";
        }
        boolean fraction = Set.of("fraction", "index").contains(f.unit());
        String mean = fraction ? fixed(f.mean()) : CompactFormat.compact(f.mean());
        if (replications < 2 || !Double.isFinite(f.ci95Low())) {
            return mean;
        }
        return mean + " (" + (fraction ? fixed(f.ci95Low()) : CompactFormat.compact(f.ci95Low())) + " – "
                + (fraction ? fixed(f.ci95High()) : CompactFormat.compact(f.ci95High())) + ")";
    }

    private static String fixed(double v) {
        return Double.isFinite(v) ? String.format(java.util.Locale.ROOT, "%.3f", v) : "–";
    }

    private static void clauseActions(StringBuilder h, TraceCounts trace, int replications) {
        h.append("<h2 id=\"clause-actions\">Clause actions</h2>\n");
        if (trace == null) {
            h.append("<p class=\"note\">This run had no <code>--trace</code>, so no decisions were recorded. Run it "
                    + "again with <code>--trace</code> (<code>gigasim run SCENARIO --trace</code>) to count here what "
                    + "each clause and procurement policy did; trace.jsonl then gives each decision with its "
                    + "reason.</p>\n");
            return;
        }
        if (trace.decisions() == 0) {
            h.append("<p class=\"note\">The trace holds no decisions: no clause acted and no lab procured in this run."
                    + " Clause actions appear for a scenario whose contracts carry clauses, such as "
                    + "<code>gigasim run tutorial/two-clouds-one-clause --trace</code> or "
                    + "<code>gigasim run rofr-kept --trace</code>.</p>\n");
            return;
        }
        h.append("<p class=\"note\">").append(trace.decisions()).append(" decisions in trace.jsonl over ")
                .append(replications).append(replications == 1 ? " replication" : " replications")
                .append(", counted by actor and decision.</p>\n");
        h.append("<table>\n<tr><th>Actor</th><th>Decision</th><th>Count</th></tr>\n");
        for (TraceCounts.Row r : trace.rows()) {
            h.append("<tr><td>").append(esc(r.actor())).append("</td><td>").append(esc(r.decision()))
                    .append("</td><td class=\"num\">").append(r.count()).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void add(Set<String> set, String value) {
        if (!value.isEmpty()) {
            set.add(value);
        }
    }

    private static void row(StringBuilder h, String name, String value) {
        h.append("<tr><th>").append(esc(name)).append("</th><td>").append(esc(value)).append("</td></tr>\n");
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
