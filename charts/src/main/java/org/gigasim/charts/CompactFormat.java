package org.gigasim.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * Tick labels that stay short and do not depend on the default locale: 1,500 → "1.5k",
 * 2,000,000 → "2M", 3e9 → "3B"; fractions as percentages when {@code percent} is set.
 */
final class CompactFormat extends NumberFormat {

    private static final long serialVersionUID = 1L;
    private static final String[] SUFFIXES = {"", "k", "M", "B", "T"};

    private final boolean percent;

    CompactFormat(boolean percent) {
        this.percent = percent;
    }

    /** Formats {@code value} as this format's tick labels do. */
    static String compact(double value) {
        if (!Double.isFinite(value)) {
            return "–";
        }
        double magnitude = Math.abs(value);
        int tier = 0;
        while (magnitude >= 1000 && tier < SUFFIXES.length - 1) {
            magnitude /= 1000;
            tier++;
        }
        double scaled = Math.copySign(magnitude, value);
        int decimals = magnitude >= 100 || (tier == 0 && magnitude == Math.rint(magnitude)) ? 0 : magnitude >= 10 ? 1 : 2;
        String digits = BigDecimal.valueOf(scaled).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString();
        return (digits.equals("-0") ? "0" : digits) + SUFFIXES[tier];
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        if (percent) {
            String digits = BigDecimal.valueOf(number * 100).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros()
                    .toPlainString();
            return toAppendTo.append(digits.equals("-0") ? "0" : digits).append('%');
        }
        return toAppendTo.append(compact(number));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) number, toAppendTo, pos);
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("tick labels are not parsed");
    }
}
