package org.gigasim.model.world;

import java.time.LocalDate;
import java.util.List;
import java.util.Collections;
import org.gigasim.model.cloud.Cloud;
import org.gigasim.model.site.Site;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.PowerMilestoneSpec;
import org.gigasim.model.spec.SiteSpec;
import org.gigasim.model.spec.SupplySpec;
import org.gigasim.model.world.core.Clock;
import org.gigasim.model.world.core.Indices;
import org.gigasim.model.world.core.Pipeline;

/**
 * Clouds that plan their supply order power and chips. Every review period a cloud looks
 * {@code power_lead_days} ahead, to when power ordered now is due: per accelerator, the chips
 * its contracts will then reserve beyond what its pipeline is expected to hold (planned dates
 * plus mean delays) are a backlog gap; and if the last routing decision sold more than its
 * target utilization, the capacity that would bring today's sold load back to the target,
 * less what the pipeline already adds by then, is a utilization gap, bought as its supply
 * accelerator. It orders both, scaled down to what is left of the calendar year's budget,
 * as one power milestone at its build site (due at the lead, late by a random delay) and the
 * chips to fill it, delivered when the power is due (and no sooner than the chip lead). Why
 * the pipeline's expected dates: a planner who ignored known delays would under-order every
 * time; why not the random draws: nobody knows them in advance.
 */
final class SupplyPlanner {

    private static final double HOURS_PER_YEAR = 8760;

    private final World world;
    private final Clock clock;
    private final Indices indices;
    private final Supply supply;
    private final double[] spentUsd;
    private final int[] spentYear;
    private final Site[] buildSite;
    private final int[] orders;

    SupplyPlanner(World world, Clock clock, Indices indices, Supply supply) {
        this.world = world;
        this.clock = clock;
        this.indices = indices;
        this.supply = supply;
        int clouds = indices.cloudCount();
        spentUsd = new double[clouds];
        spentYear = new int[clouds];
        buildSite = new Site[clouds];
        orders = new int[clouds];
    }

    /** Schedules every planning cloud's first review, now. */
    void start() {
        for (int c = 0; c < indices.cloudCount(); c++) {
            SupplySpec spec = indices.cloud(c).spec().supply();
            if (spec != null && spec.orders()) {
                schedule(c, spec, clock.now());
            }
        }
    }

    private void schedule(int c, SupplySpec spec, double at) {
        if (clock.before(at)) {
            clock.sim().scheduleAt(at, s -> {
                review(c, spec, s.now());
                schedule(c, spec, s.now() + spec.reviewDays() * 24);
            });
        }
    }

    /** One review of cloud {@code c} at {@code t}: the chips it orders, per accelerator, within its budget. */
    void review(int c, SupplySpec spec, double t) {
        Cloud cloud = indices.cloud(c);
        double due = t + spec.powerLeadDays() * 24;
        double[] chips = gaps(cloud, spec, t, due);
        double cost = 0;
        double mw = 0;
        for (int a = 0; a < chips.length; a++) {
            AcceleratorSpec acc = indices.accelerator(a);
            double mwPerChip = acc.kwItPerChip() * spec.pue() / 1000.0;
            mw += chips[a] * mwPerChip;
            cost += chips[a] * (acc.priceUsd() + mwPerChip * spec.usdPerMw());
        }
        int year = clock.calendar().dateAt(t).getYear();
        if (spentYear[c] != year) {
            spentYear[c] = year;
            spentUsd[c] = 0;
        }
        double budget = Math.max(0, spec.capexUsdPerYear() - spentUsd[c]);
        double scale = cost > budget ? budget / cost : 1;
        if (mw * scale < 1e-6) {
            return;
        }
        spentUsd[c] += cost * scale;
        order(c, cloud, spec, t, due, chips, mw * scale, scale);
    }

    /** Chips of each accelerator cloud wants more of at {@code due}: backlog gaps, then the utilization gap. */
    private double[] gaps(Cloud cloud, SupplySpec spec, double t, double due) {
        double[] free = Pipeline.free(indices, cloud, t, due, true);
        double[] chips = new double[free.length];
        double raw = 0;
        double gapRaw = 0;
        for (int a = 0; a < free.length; a++) {
            AcceleratorSpec acc = indices.accelerator(a);
            if (free[a] < 0 && acc.hostableBy(cloud.id())) {
                chips[a] = -free[a];
                gapRaw += chips[a] * acc.h100e();
            }
        }
        if (spec.accelerator() != null && cloud.soldShare() > spec.targetUtilization()) {
            double[] up = cloud.upChipsByIndex();
            double upRaw = 0;
            for (int a = 0; a < up.length; a++) {
                upRaw += up[a] * indices.accelerator(a).h100e();
            }
            double aheadRaw = 0;
            for (int a = 0; a < free.length; a++) {
                // Chips the pipeline holds then, contracted or not: free plus reserved.
                aheadRaw += Math.max(0, free[a] + reserved(cloud, a, due)) * indices.accelerator(a).h100e();
            }
            raw = Math.max(0, cloud.soldShare() * upRaw / spec.targetUtilization() - aheadRaw - gapRaw);
            int a = indices.acceleratorIndex(spec.accelerator());
            chips[a] += raw / indices.accelerator(a).h100e();
        }
        return chips;
    }

    private static double reserved(Cloud cloud, int a, double t) {
        double sum = 0;
        for (var contract : cloud.contracts()) {
            if (contract.acceleratorIndex() == a) {
                sum += Math.max(contract.reservedChips(t), contract.isActiveAt(t) ? contract.fullChips() : 0);
            }
        }
        return sum;
    }

    /** Orders {@code mw} of power at the cloud's build site, due at {@code due}, and {@code scale} of {@code chips}. */
    private void order(int c, Cloud cloud, SupplySpec spec, double t, double due, double[] chips, double mw,
            double scale) {
        Site site = buildSite[c];
        if (site == null) {
            String id = cloud.id() + "-build";
            world.addSite(cloud.id(), new SiteSpec(id, id, spec.pue(), Collections.emptyMap(), List.of(), List.of(), null));
            site = indices.cloud(c).sites().get(indices.cloud(c).sites().size() - 1);
            buildSite[c] = site;
        }
        int n = orders[c]++;
        LocalDate dueDate = clock.calendar().dateAt(due);
        supply.addMilestone(site, new PowerMilestoneSpec(dueDate, mw, spec.powerDelayDays()),
                "supply/" + cloud.id() + "/" + n);
        double chipsAt = Math.max(clock.calendar().hoursAt(dueDate), t + spec.chipLeadDays() * 24);
        for (int a = 0; a < chips.length; a++) {
            if (chips[a] > 0) {
                String acc = indices.accelerator(a).id();
                site.addNominalDeliveries(new Site.NominalDeliveries(acc, chips[a] * scale, new double[] {chipsAt}));
                supply.deliverAt(site, acc, chips[a] * scale, chipsAt);
            }
        }
        world.capacityChanged(site);
    }
}
