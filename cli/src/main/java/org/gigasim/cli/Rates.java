package org.gigasim.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.FieldPosition;
import java.util.Locale;

/**
 * How progress prints rates and times left: {@code 0.50}, {@code 3.5}, {@code 12.3}, {@code 1234}
 * per second (two significant digits below 10, never a bare leading point), and
 * {@code 45 s}, {@code 3 min 05 s}, {@code 2 h 07 min}.
 */
final class Rates {

    private Rates() {
    }

    /** A rate per second with as many digits as a reader can use. */
    static String perSecond(double rate) {
        if (!Double.isFinite(rate) || rate < 0) {
            return "-";
        }
        if (rate >= 100) {
            return String.format(Locale.ROOT, "%.0f", rate);
        }
        if (rate >= 10) {
            return String.format(Locale.ROOT, "%.1f", rate);
        }
        if (rate == 0) {
            return "0";
        }
        int scale = 1 - (int) Math.floor(Math.log10(rate));   // two significant digits
        return BigDecimal.valueOf(rate).setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }

    /** A time left in whole seconds, minutes or hours. */
    static String duration(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) {
            return "unknown time";
        }
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
    }

    /** {@link #perSecond} as the {@link DecimalFormat} the progress bar library takes for its speed. */
    static DecimalFormat format() {
        DecimalFormat format = new DecimalFormat() {
            @Override
            public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
                return toAppendTo.append(perSecond(number));
            }
        };
        format.setGroupingUsed(false);   // off DecimalFormat's fast path, which would bypass the override
        return format;
    }
}
