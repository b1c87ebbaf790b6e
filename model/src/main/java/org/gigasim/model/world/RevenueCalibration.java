package org.gigasim.model.world;

import org.gigasim.engine.time.SimCalendar;
import org.gigasim.model.lab.Lab;
import org.gigasim.model.spec.FinanceSpec;
import org.gigasim.model.spec.RevenueAnchorSpec;
import org.gigasim.model.world.core.Indices;

/**
 * Revenue rates derived from the labs' reported run rates: a lab whose finance states a
 * {@code revenue_anchor} (USD a year on a date) earns, per effective H100e-hour of inference
 * served, the rate r₀ that makes its revenue equal the anchor when its expected inference
 * demand at the anchor's date is served:
 *
 * <pre>r₀ = usd_per_year / (8 760 h × I(t_a) × (1 + g)^(t_a / 8 760 h))</pre>
 *
 * with I(t_a) the lab's inference forecast at the anchor's date t_a (its three classes, growth,
 * the market's scale and demand path, no noise, no events) and g its yearly growth of revenue
 * per H100e-hour. It runs after {@link MarketCalibration}, so the rate follows the demand the
 * market scaled, not the demand the file states: a lab whose demand the market triples earns a
 * third as much per H100e-hour, and the same revenue at the anchor.
 */
final class RevenueCalibration {

    private RevenueCalibration() {
    }

    /** Sets the starting revenue rate of every lab of {@code indices} that has a revenue anchor. */
    static void apply(Indices indices, SimCalendar calendar) {
        for (int l = 0; l < indices.labCount(); l++) {
            Lab lab = indices.lab(l);
            FinanceSpec finance = lab.spec().finance();
            if (finance != null && finance.revenueAnchor() != null) {
                lab.setRevenueUsdPerH100eHour(rate(lab, finance, calendar));
            }
        }
    }

    /** The starting rate (USD per H100e-hour) that earns the anchor's run rate on the lab's forecast at its date. */
    static double rate(Lab lab, FinanceSpec finance, SimCalendar calendar) {
        RevenueAnchorSpec anchor = finance.revenueAnchor();
        double t = calendar.hoursAt(anchor.on());
        double inference = lab.inferenceForecast(t);
        if (inference <= 0) {
            return 0;
        }
        double growth = Math.pow(1 + finance.revenueGrowthPerYear(), t / 8760.0);
        return anchor.usdPerYear() / (8760.0 * inference * growth);
    }
}
