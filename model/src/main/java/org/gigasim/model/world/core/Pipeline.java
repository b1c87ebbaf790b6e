package org.gigasim.model.world.core;

import java.util.List;
import org.gigasim.model.cloud.Cloud;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.site.Site;

/**
 * A cloud's supply pipeline as its planners see it at {@code now}: per accelerator, the chips
 * its sites will have powered at a later time (delivered and not retired, plus deliveries
 * planned by then, times the share of their power the site's milestones cover by then), less
 * the full chips of its contracts active then. Read either on the planned dates
 * ({@code expected} false: milestones and deliveries on time) or on the expected ones (each
 * milestone and delivery late by its delay's mean, and planned retirements taken out).
 */
public final class Pipeline {

    private Pipeline() {
    }

    /**
     * Chips of each accelerator (by world index) that {@code cloud}'s pipeline will have
     * powered and not reserved at {@code t}; negative where its contracts reserve more.
     */
    public static double[] free(Indices indices, Cloud cloud, double now, double t, boolean expected) {
        return free(indices, cloud, now, t, expected, new double[indices.acceleratorCount()]);
    }

    /**
     * {@link #free(Indices, Cloud, double, double, boolean)}, working in {@code scratch} (as long
     * as the world's accelerators; overwritten), for a caller that reads many times.
     */
    public static double[] free(Indices indices, Cloud cloud, double now, double t, boolean expected,
            double[] scratch) {
        double[] free = new double[indices.acceleratorCount()];
        List<Site> sites = cloud.sites();
        for (int s = 0; s < sites.size(); s++) {
            Site site = sites.get(s);
            addPowered(indices, site, now, t, expected, delivered(site, scratch), scratch, free, null);
        }
        subtractReserved(cloud, t, free);
        return free;
    }

    /**
     * {@link #free(Indices, Cloud, double, double, boolean)} at each of {@code ts}, into
     * {@code into[k]} (one row per time, as long as the world's accelerators; overwritten). What
     * the sites have delivered by {@code now} is read once for all the times; each row is the
     * same sum, in the same order, as the single reading gives.
     */
    public static void free(Indices indices, Cloud cloud, double now, double[] ts, boolean expected, double[][] into) {
        int accelerators = indices.acceleratorCount();
        for (int k = 0; k < ts.length; k++) {
            java.util.Arrays.fill(into[k], 0, accelerators, 0);
        }
        double[] delivered = new double[accelerators];
        double[] chipsOf = new double[accelerators];
        for (Site site : cloud.sites()) {
            double deliveredMw = delivered(site, delivered);
            int[] firsts = firstsAfter(site, now);
            for (int k = 0; k < ts.length; k++) {
                System.arraycopy(delivered, 0, chipsOf, 0, accelerators);
                addPowered(indices, site, now, ts[k], expected, deliveredMw, chipsOf, into[k], firsts);
            }
        }
        for (int k = 0; k < ts.length; k++) {
            subtractReserved(cloud, ts[k], into[k]);
        }
    }

    /** Fills {@code chipsOf} with the chips {@code site} has delivered, by world index, and returns the facility MW they draw. */
    private static double delivered(Site site, double[] chipsOf) {
        double mw = 0;
        // A site indexes its accelerators in the world's order (see Site#deliveredChips(int)).
        for (int a = 0; a < chipsOf.length; a++) {
            chipsOf[a] = site.deliveredChips(a);
            mw += chipsOf[a] * site.facilityMwPerChip(a);
        }
        return mw;
    }

    /** Takes from {@code free} what each of {@code cloud}'s contracts active at {@code t} holds back: the larger of its reserved and full chips. */
    private static void subtractReserved(Cloud cloud, double t, double[] free) {
        // A contract outside its term at t reserves nothing: skipping it subtracts the same zero.
        List<Contract> contracts = cloud.contracts();
        for (int i = 0; i < contracts.size(); i++) {
            Contract contract = contracts.get(i);
            if (contract.isActiveAt(t)) {
                free[contract.acceleratorIndex()] -= Math.max(contract.reservedChips(t), contract.fullChips());
            }
        }
    }

    /**
     * Adds to {@code free} the chips of {@code site} powered at {@code t}: {@code chipsOf} holds
     * its delivered chips (drawing {@code deliveredMw}) on entry, and gains the deliveries due by
     * {@code t} less the retirements planned by then; {@code firsts[i]} is the first batch of the
     * site's delivery schedule {@code i} due after {@code now} ({@link #firstsAfter}), or found
     * here if {@code firsts} is null (a single reading).
     */
    private static void addPowered(Indices indices, Site site, double now, double t, boolean expected, double deliveredMw,
            double[] chipsOf, double[] free, int[] firsts) {
        double power = expected ? site.expectedPowerMwAt(t) : site.nominalPowerMwAt(t);
        double chipsAll = deliveredMw;
        List<Site.NominalDeliveries> deliveries = site.nominalDeliveries();
        for (int i = 0; i < deliveries.size(); i++) {
            Site.NominalDeliveries d = deliveries.get(i);
            double slip = expected ? d.expectedSlipHours() : 0;
            int first = firsts == null ? firstAfter(d.hours(), now) : firsts[i];
            double chips = batchesDue(d.hours(), slip, first, t) * d.chips();
            int a = position(site.nominalDeliveryPosition(i), d.accelerator(), indices);
            chipsAll += chips * site.facilityMwPerChip(a);
            chipsOf[a] += chips;
        }
        if (expected) {
            List<Site.Retirement> retirements = site.retirements();
            for (int i = 0; i < retirements.size(); i++) {
                Site.Retirement r = retirements.get(i);
                if (r.hours() > now && r.hours() <= t) {
                    int a = position(site.retirementPosition(i), r.accelerator(), indices);
                    double cut = Math.min(r.chips(), chipsOf[a]);
                    chipsOf[a] -= cut;
                    chipsAll -= cut * site.facilityMwPerChip(a);
                }
            }
        }
        double poweredFraction = chipsAll > 0 ? Math.min(1, power / chipsAll) : 0;
        for (int a = 0; a < chipsOf.length; a++) {
            free[a] += chipsOf[a] * poweredFraction;
        }
    }

    /** The site's position of an accelerator, which is its world index; the world's lookup if the site has none. */
    private static int position(int sitePosition, String accelerator, Indices indices) {
        return sitePosition >= 0 ? sitePosition : indices.acceleratorIndex(accelerator);
    }

    /**
     * Effective H100e that the clouds lab {@code l} owns (kind {@code self}) will provide it at
     * {@code t}: their pipeline's powered chips then, read as {@link #free} reads them, times each
     * accelerator's H100e and the lab's efficiency on it at {@code t}.
     */
    public static double ownedH100e(Indices indices, int l, double now, double t, boolean expected) {
        double[][] efficiency = new double[1][indices.acceleratorCount()];
        indices.lab(l).efficiencies(indices.acceleratorIds(), t, efficiency[0]);
        double[] owned = new double[1];
        ownedH100e(indices, l, now, new double[] {t}, expected, efficiency, new double[1][indices.acceleratorCount()],
                owned);
        return owned[0];
    }

    /**
     * {@link #ownedH100e(Indices, int, double, double, boolean)} at each of {@code ts}, into
     * {@code into[k]}, given the lab's efficiency on each accelerator (by world index) at
     * {@code ts[k]} in {@code efficiency[k]}; {@code chips} is scratch of at least as many rows as
     * {@code ts}, each as long as the world's accelerators (overwritten).
     */
    public static void ownedH100e(Indices indices, int l, double now, double[] ts, boolean expected, double[][] efficiency,
            double[][] chips, double[] into) {
        String lab = indices.lab(l).id();
        java.util.Arrays.fill(into, 0, ts.length, 0);
        for (Cloud cloud : indices.clouds()) {
            if (!cloud.isSelf() || !cloud.spec().owner().equals(lab)) {
                continue;
            }
            free(indices, cloud, now, ts, expected, chips);
            for (int k = 0; k < ts.length; k++) {
                for (int a = 0; a < chips[k].length; a++) {
                    if (chips[k][a] > 0) {
                        into[k] += chips[k][a] * indices.accelerator(a).h100e() * efficiency[k][a];
                    }
                }
            }
        }
    }

    /**
     * What lab {@code l} will pay to run its own clouds (kind {@code self}) from {@code from} to
     * {@code to}, as planned at {@code now}: the facility MW of the chips it owns now, plus each
     * planned delivery from its expected date (nominal plus mean slip), times each cloud's cost per
     * MW-hour.
     */
    public static double ownedCostUsd(Indices indices, int l, double now, double from, double to) {
        String lab = indices.lab(l).id();
        double usd = 0;
        for (int c = 0; c < indices.cloudCount(); c++) {
            Cloud cloud = indices.cloud(c);
            Double cost = cloud.spec().ownCostUsdPerMwHour();
            if (!cloud.isSelf() || !cloud.spec().owner().equals(lab) || cost == null || to <= from) {
                continue;
            }
            double mwHours = 0;
            for (Site site : cloud.sites()) {
                for (String acc : site.acceleratorsDelivered()) {
                    mwHours += site.deliveredChips(acc) * site.facilityMwPerChip(acc) * (to - from);
                }
                List<Site.NominalDeliveries> deliveries = site.nominalDeliveries();
                for (int i = 0; i < deliveries.size(); i++) {
                    Site.NominalDeliveries d = deliveries.get(i);
                    double mw = d.chips() * site.facilityMwPerChip(position(site.nominalDeliveryPosition(i),
                            d.accelerator(), indices));
                    double[] hours = d.hours();
                    // Batches due by now are among the chips owned; those expected at or after `to` cost nothing yet.
                    for (int k = firstAfter(hours, now); k < hours.length; k++) {
                        double expectedAt = hours[k] + d.expectedSlipHours();
                        if (expectedAt >= to) {
                            break;
                        }
                        mwHours += mw * (to - Math.max(from, expectedAt));
                    }
                }
            }
            usd += mwHours * cost;
        }
        return usd;
    }

    /** Per delivery schedule of {@code site}, in its order: the first batch due (nominally) after {@code now}. */
    private static int[] firstsAfter(Site site, double now) {
        List<Site.NominalDeliveries> deliveries = site.nominalDeliveries();
        int[] firsts = new int[deliveries.size()];
        for (int i = 0; i < firsts.length; i++) {
            firsts[i] = firstAfter(deliveries.get(i).hours(), now);
        }
        return firsts;
    }

    /**
     * Batches from {@code first} on (those due nominally after some {@code now}, {@link #firstAfter})
     * that are due by {@code t} once late by {@code slip} hours; {@code hours} ascend, so the bound
     * is found by bisection.
     */
    static int batchesDue(double[] hours, double slip, int first, double t) {
        // The first batch not yet arrived by t: hours[k] + slip > t holds from some k on, as hours ascend.
        int lo = first;
        int hi = hours.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (hours[mid] + slip > t) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo - first;
    }

    /** The index of the first of the ascending {@code hours} after {@code now} ({@code hours.length} if none). */
    private static int firstAfter(double[] hours, double now) {
        int lo = 0;
        int hi = hours.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (hours[mid] > now) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
