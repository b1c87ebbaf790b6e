package org.gigasim.model.world;

import java.util.List;

import org.gigasim.engine.time.SimCalendar;
import org.gigasim.model.lab.Lab;
import org.gigasim.model.spec.FinanceSpec;
import org.gigasim.model.spec.MarketSpec;
import org.gigasim.model.spec.RevenueAnchorSpec;
import org.gigasim.model.world.core.Indices;

/**
 * Demand growth read from a lab's revenue path ({@code demand.revenue_path}): between two of its
 * dates the lab's inference demand grows as its revenue does, less the growth of its revenue per
 * H100e-hour. The demand that earns revenue V_i at t_i is proportional to
 *
 * <pre>D_i = V_i / (1 + g)^(t_i / 8 760 h)</pre>
 *
 * (g the lab's {@code revenue_growth_per_year}; the rate itself cancels out). With S_i the lab's
 * stated inference forecast at t_i (its classes' levels and growth), the ratios r_i = D_i / S_i are
 * joined geometrically from date to date and held before the first and after the last, and the
 * path multiplier is that curve divided by its value at the start, m(t) = r(t) / r(0): the stated
 * levels hold at the start, the classes keep their mix, and their sum grows between the path's
 * dates as D does. It runs before
 * {@link MarketCalibration}, which then scales the bent curve to its ratio at {@code market.at}:
 * the path sets growth, the market the level.
 */
final class RevenuePath {

    private RevenuePath() {
    }

    /** Bends the demand of every lab of {@code indices} that states a revenue path. */
    static void apply(MarketSpec market, Indices indices, SimCalendar calendar) {
        for (int l = 0; l < indices.labCount(); l++) {
            Lab lab = indices.lab(l);
            List<RevenueAnchorSpec> path = lab.spec().demand().revenuePath();
            if (path.isEmpty()) {
                continue;
            }
            if (market != null && market.through() != null) {
                throw new IllegalArgumentException("lab " + lab.id() + " has a revenue_path and market.through is set:"
                        + " both set the growth of its demand; remove one");
            }
            FinanceSpec finance = lab.spec().finance();
            double g = finance == null ? 0 : finance.revenueGrowthPerYear();
            double[] hours = new double[path.size()];
            double[] ratios = new double[path.size()];
            for (int i = 0; i < path.size(); i++) {
                hours[i] = calendar.hoursAt(path.get(i).on());
                double stated = lab.inferenceForecast(hours[i]);
                if (!(stated > 0)) {
                    throw new IllegalArgumentException("lab " + lab.id() + " has a revenue_path but no inference demand"
                            + " on " + path.get(i).on() + " for it to shape; add a class or remove the path");
                }
                ratios[i] = path.get(i).usdPerYear() / Math.pow(1 + g, hours[i] / 8760.0) / stated;
            }
            lab.setDemandPath(hours, ratios);
            double atStart = lab.pathMultiplier(0);
            double[] multipliers = new double[path.size()];
            for (int i = 0; i < path.size(); i++) {
                multipliers[i] = ratios[i] / atStart;
            }
            lab.setDemandPath(hours, multipliers);
            lab.refreshDemand(0);
        }
    }
}
