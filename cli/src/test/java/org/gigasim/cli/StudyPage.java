package org.gigasim.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gigasim.cli.StudyAnalysis.Figure;
import org.gigasim.cli.StudyAnalysis.Response;

/**
 * The generated part of docs/sensitivity-study.md: per analysis its design, factors, a table
 * of indices with their 95% intervals per response, and readings computed from those figures
 * (which factor dominates, which are negligible by their interval), so no sentence of it can
 * disagree with the run.
 */
final class StudyPage {

    /** A factor is negligible for Sobol' when the upper end of its ST interval is below this. */
    static final double NEGLIGIBLE_ST = 0.05;
    /** ... and for Morris when the upper end of its μ* interval is below this share of the largest μ*. */
    static final double NEGLIGIBLE_MU_STAR_SHARE = 0.05;

    private StudyPage() {
    }

    /** The whole generated section: findings first, then each analysis in full. */
    static String render(List<StudyAnalysis> analyses) {
        StringBuilder out = new StringBuilder("### Findings\n\n");
        for (StudyAnalysis a : analyses) {
            for (Response r : a.responses()) {
                out.append("- `").append(a.scenario()).append("`, ").append(label(r)).append(": ")
                        .append(readings(a, r).get(0)).append('\n');
            }
        }
        for (StudyAnalysis a : analyses) {
            out.append('\n').append(section(a));
        }
        return out.toString();
    }

    private static String section(StudyAnalysis a) {
        boolean sobol = "sobol".equals(a.method());
        StringBuilder out = new StringBuilder();
        out.append("### `").append(a.scenario()).append("`\n\n").append(a.question()).append("\n\n");
        out.append(String.format(Locale.ROOT, "%s: %s, %d factors, %d runs of %d replication%s, seed %d, the same"
                + " at every point (common random numbers).%n%n",
                sobol ? "Sobol' indices (Saltelli design)" : "Morris screening",
                sobol ? "N = " + a.samples() + " base samples" : "r = " + a.samples() + " trajectories",
                a.factors().size(), a.runs(), a.replications(), a.replications() == 1 ? "" : "s", a.seed()));
        out.append("| factor | range |\n|---|---|\n");
        a.factors().forEach(f -> out.append("| `").append(f.name()).append("` | ").append(num(f.low())).append(" .. ")
                .append(num(f.high())).append(" |\n"));
        for (Response r : a.responses()) {
            out.append("\n#### ").append(label(r)).append("\n\n");
            out.append(sobol ? "| factor | S1 | S1 95% CI | ST | ST 95% CI |\n|---|---:|---:|---:|---:|\n"
                    : "| factor | μ* | μ* 95% CI | σ | μ | μ 95% CI |\n|---|---:|---:|---:|---:|---:|\n");
            for (StudyAnalysis.FactorRange f : a.factors()) {
                out.append("| `").append(f.name()).append("` | ");
                if (sobol) {
                    out.append(cells(a, f.name(), r, "S1", true)).append(" | ").append(cells(a, f.name(), r, "ST", true));
                } else {
                    out.append(cells(a, f.name(), r, "mu_star", true)).append(" | ")
                            .append(cells(a, f.name(), r, "sigma", false)).append(" | ")
                            .append(cells(a, f.name(), r, "mu", true));
                }
                out.append(" |\n");
            }
            out.append('\n');
            readings(a, r).forEach(line -> out.append("- ").append(line).append('\n'));
        }
        return out.toString();
    }

    private static String label(Response r) {
        return "`" + r.metric() + "` in " + r.year();
    }

    private static String cells(StudyAnalysis a, String factor, Response r, String index, boolean withCi) {
        Optional<Figure> f = a.figure(factor, r, index);
        if (f.isEmpty() || f.get().value() == null) {
            return withCi ? "– | –" : "–";
        }
        String value = num(f.get().value());
        return withCi ? value + " | [" + num(f.get().low()) + ", " + num(f.get().high()) + "]" : value;
    }

    /** The readings of one response, the headline first. */
    static List<String> readings(StudyAnalysis a, Response r) {
        String index = "sobol".equals(a.method()) ? "ST" : "mu_star";
        List<Figure> ranked = a.factors().stream().map(f -> a.figure(f.name(), r, index))
                .flatMap(Optional::stream).filter(f -> f.value() != null)
                .sorted(Comparator.comparingDouble((Figure f) -> -f.value())).toList();
        List<String> lines = new ArrayList<>();
        if (ranked.isEmpty() || ranked.get(0).value() == 0) {
            lines.add("no factor moves it over the design; its indices are zero or undefined.");
            return lines;
        }
        String symbol = "ST".equals(index) ? "ST" : "μ*";
        Figure top = ranked.get(0);
        List<Figure> rest = ranked.subList(1, ranked.size());
        Optional<Figure> rival = rest.stream().max(Comparator.comparingDouble(Figure::high));
        if (rival.isEmpty() || top.low() > rival.get().high()) {
            lines.add(String.format(Locale.ROOT, "**`%s` dominates**: %s = %s [%s, %s], clear of every other factor's"
                    + " interval.", top.factor(), symbol, num(top.value()), num(top.low()), num(top.high())));
        } else {
            lines.add(String.format(Locale.ROOT, "`%s` has the largest %s, %s [%s, %s], but its interval overlaps"
                    + " that of `%s` (%s [%s, %s]): the data do not rank them.", top.factor(), symbol,
                    num(top.value()), num(top.low()), num(top.high()), rival.get().factor(),
                    num(rival.get().value()), num(rival.get().low()), num(rival.get().high())));
        }
        if (!"ST".equals(index)) {
            Figure mu = a.figure(top.factor(), r, "mu").orElseThrow();
            lines.add(mu.low() > 0 ? "Raising `" + top.factor() + "` raises it (μ's interval is above 0)."
                    : mu.high() < 0 ? "Raising `" + top.factor() + "` lowers it (μ's interval is below 0)."
                    : "The effect of `" + top.factor() + "` changes sign across the design (μ's interval holds 0).");
        }
        double bound = "ST".equals(index) ? NEGLIGIBLE_ST : NEGLIGIBLE_MU_STAR_SHARE * top.value();
        List<String> zero = rest.stream().filter(f -> f.high() == 0).map(f -> "`" + f.factor() + "`").toList();
        List<String> small = rest.stream().filter(f -> f.high() > 0 && f.high() < bound)
                .map(f -> "`" + f.factor() + "`").toList();
        if (!zero.isEmpty()) {
            lines.add("No effect at all (every " + ("ST".equals(index) ? "difference" : "elementary effect")
                    + " exactly 0): " + String.join(", ", zero) + ".");
        }
        if (!small.isEmpty()) {
            lines.add("Negligible (the upper end of " + symbol + "'s interval is below "
                    + ("ST".equals(index) ? num(NEGLIGIBLE_ST) : "5% of the largest μ*") + "): "
                    + String.join(", ", small) + ".");
        }
        if (!"ST".equals(index)) {
            String bent = ranked.stream().filter(f -> f.high() >= bound).filter(f -> {
                Figure sigma = a.figure(f.factor(), r, "sigma").orElseThrow();
                return sigma.value() != null && sigma.value() > f.value();
            }).map(f -> "`" + f.factor() + "`").collect(Collectors.joining(", "));
            if (!bent.isEmpty()) {
                lines.add("σ above μ* (an effect that changes with the other factors or along the range): " + bent + ".");
            }
        }
        return lines;
    }

    /** Three significant digits, exponent written as e9 rather than E+09; whole zero as 0. */
    static String num(double x) {
        if (x == 0) {
            return "0";
        }
        double abs = Math.abs(x);
        if (abs >= 1e-3 && abs < 1e5) {
            return new BigDecimal(x).round(new MathContext(3)).stripTrailingZeros().toPlainString();
        }
        String s = String.format(Locale.ROOT, "%.2e", x);
        return s.replace("e+0", "e").replace("e+", "e").replace("e-0", "e-");
    }
}
