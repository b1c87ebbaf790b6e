package org.gigasim.model.world;

import static org.gigasim.model.world.ClauseScenarios.DAY;
import static org.gigasim.model.world.ClauseScenarios.run;
import static org.gigasim.model.world.ClauseScenarios.signed;
import static org.gigasim.model.world.ClauseScenarios.total;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.gigasim.model.clause.RightOfFirstRefusalClause;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.Series;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.ClauseSpec;
import org.gigasim.model.spec.CloudSpec;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.DemandSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.PriceSpec;
import org.gigasim.model.spec.ProcurementSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.spec.SiteSpec;
import org.junit.jupiter.api.Test;

/**
 * A right of first refusal with a match window, worked by hand. A "gpu" draws 2 kW IT at
 * PUE 1.25 (2.5 kW at the meter) and is worth 2.5 H100e. The holder quotes $4.00 per
 * chip-hour ($1.60 per effective H100e-hour), the rival $3.00 ($1.20). The lab holds 200
 * chips (500 H100e) on the holder and needs 4,500 H100e flat, so at its one review (day 0)
 * it asks for 4,000 H100e from day 10. The holder has 400 chips (1,000 H100e) spare by then;
 * the rival has 3,000 chips. One-year contracts (8,760 hours), no ramp.
 */
class MatchWindowTest {

    private static final String ROFR = "right-of-first-refusal";
    private static final double HOURS = 8760;

    @Test
    void theHolderTakesWhatItHasInTimeAndTheRestWaitsOutTheWindow() {
        // Share 0.5 lets it take 2,000; it has 1,000 by day 10. Matching $1.20 cuts its quote
        // by 25%, within its 30%: it takes 400 chips at 1.20 × 1,000 / 400 = $3.00 per chip-hour.
        var result = run(scenario(window(0.5, 20.0, null, 0.3), 10_000));
        List<Contract> deals = signed(result);
        assertEquals(2, deals.size());
        Contract holder = deals.get(0);
        assertEquals("holder", holder.cloud());
        assertEquals(ROFR, holder.decidedBy());
        assertEquals(400, holder.fullChips(), 1e-9);
        assertEquals(3.00, holder.priceUsdPerChipHour(), 1e-12);
        assertEquals(10 * 24, holder.startHours(), 1e-9, "the holder matches the date asked for");
        // The rest, 3,000 H100e = 1,200 chips, is asked for on day 20 from day 30.
        Contract rival = deals.get(1);
        assertEquals("rival", rival.cloud());
        assertEquals("procurement", rival.decidedBy());
        assertEquals(20 * 24, rival.signedHours(), 1e-9);
        assertEquals(1200, rival.fullChips(), 1e-9);
        assertEquals(30 * 24, rival.startHours(), 1e-9);

        // Delay weighted by H100e: (1,000 × 0 + 3,000 × 20) / 4,000 = 15 days.
        assertEquals(15.0, eventMean(result, SeriesKey.of(Metric.PROCUREMENT_DELAY_DAYS).lab("lab")), 1e-12);
        assertEquals(0.25, eventMean(result, shareKey()), 1e-12);
        // $1.00 per chip-hour below its quote on 400 chips for 8,760 hours.
        assertEquals(1.00 * 400 * HOURS, total(result, concessionKey()), 1e-6);

        assertEquals(List.of(
                "holder award 1000: holder exercises its right of first refusal within the 20-day window on 1000 of"
                        + " 4000 H100e (it may take 50%, its pipeline holds 1000 by the requested start (in 10 days),"
                        + " it cuts its quote by at most 30% to match, and it exercises for no less than 0% of a"
                        + " request) at $1.2000 per effective H100e-hour against its own quote of $1.6000: a concession of"
                        + " $0.4000 per effective H100e-hour",
                "holder wait 3000: lab waits out the 20-day window for holder's answer; the 3000 H100e holder did"
                        + " not take go to the market then; holder took 1000 of 4000 H100e (25.0%)",
                "holder concession 3504000: holder signs at $3504000 below its own quote over the term",
                "rival delay 3000: 3000 H100e start 20 days after the start lab first asked for"),
                windowTrace(result));
    }

    @Test
    void aHolderThatWillNotCutItsQuoteThatFarDeclinesAndTheLabWaitsTheWholeWindow() {
        // A 25% cut is needed and it allows 20%: it takes nothing, and all 4,000 H100e wait.
        var result = run(scenario(window(0.5, 20.0, null, 0.2), 10_000));
        List<Contract> deals = signed(result);
        assertEquals(1, deals.size());
        assertEquals("rival", deals.get(0).cloud());
        assertEquals(1600, deals.get(0).fullChips(), 1e-9);
        assertEquals(30 * 24, deals.get(0).startHours(), 1e-9);
        assertEquals(20.0, eventMean(result, SeriesKey.of(Metric.PROCUREMENT_DELAY_DAYS).lab("lab")), 1e-12,
                "every H100e starts one window late");
        assertEquals(0.0, eventMean(result, shareKey()), 1e-12);
        assertNull(result.recorder().series().get(concessionKey()), "nothing was conceded");
        assertEquals(List.of(
                "holder decline NaN: holder declines within the 20-day window: it takes none of 4000 H100e (it may"
                        + " take 50%, its pipeline holds 1000 by the requested start (in 10 days), it cuts its quote by"
                        + " at most 20% to match, and it exercises for no less than 0% of a request; matching the rival"
                        + " offers it would displace needs a cut of 25%)",
                "holder wait 4000: lab waits out the 20-day window for holder's answer; the 4000 H100e holder did"
                        + " not take go to the market then; holder took 0 of 4000 H100e (0.0%)",
                "rival delay 4000: 4000 H100e start 20 days after the start lab first asked for"),
                windowTrace(result));
    }

    @Test
    void theHolderMatchesTheRivalOffersItDisplacesNotTheCheapestAlone() {
        // A third cloud offers 200 chips (500 H100e) at $2.50 ($1.00). The lab would take those
        // first, then the rival's: the holder's 1,000 H100e displace 500 at $1.00 and 500 at
        // $1.20, so it matches $1.10 (a 31.25% cut of $1.60): $2.75 per chip-hour.
        var result = run(scenario(window(0.5, 20.0, null, null), 10_000, cloud("cheap", 2.5, 200)));
        List<Contract> deals = signed(result);
        assertEquals(List.of("holder", "cheap", "rival"), deals.stream().map(Contract::cloud).toList());
        assertEquals(2.75, deals.get(0).priceUsdPerChipHour(), 1e-12);
        assertEquals((4.00 - 2.75) * 400 * HOURS, total(result, concessionKey()), 1e-6);
        // After the window the rest, 3,000 H100e, takes the cheap 500 first, then 2,500 (1,000 chips).
        assertEquals(200, deals.get(1).fullChips(), 1e-9);
        assertEquals(1000, deals.get(2).fullChips(), 1e-9);
        assertEquals(15.0, eventMean(result, SeriesKey.of(Metric.PROCUREMENT_DELAY_DAYS).lab("lab")), 1e-12);
    }

    @Test
    void withoutAWindowTheRestGoesToTheMarketAtOnce() {
        var result = run(scenario(window(0.5, 0.0, null, null), 10_000));
        List<Contract> deals = signed(result);
        assertEquals(List.of("holder", "rival"), deals.stream().map(Contract::cloud).toList());
        assertEquals(List.of(240.0, 240.0), deals.stream().map(Contract::startHours).toList());
        assertEquals(1200, deals.get(1).fullChips(), 1e-9);
        assertEquals(0.0, eventMean(result, SeriesKey.of(Metric.PROCUREMENT_DELAY_DAYS).lab("lab")), 1e-12);
        assertEquals(0.25, eventMean(result, shareKey()), 1e-12);
    }

    @Test
    void atItsOwnQuoteTheHolderConcedesNothing() {
        var result = run(scenario(window(0.5, 20.0, "own", null), 10_000));
        Contract holder = signed(result).get(0);
        assertEquals(4.00, holder.priceUsdPerChipHour(), 1e-12);
        assertEquals(400, holder.fullChips(), 1e-9);
        assertEquals(0.25, eventMean(result, shareKey()), 1e-12);
        assertNull(result.recorder().series().get(concessionKey()));
    }

    @Test
    void aReviewDuringTheWindowAsksForNothingSoTheRestIsNotBoughtTwice() {
        // Reviews on days 0, 15 (inside the window), 30 and 45: on day 30 the lab holds all it needs.
        var result = run(scenario(window(0.5, 20.0, null, null), 15));
        assertEquals(List.of("holder", "rival"), signed(result).stream().map(Contract::cloud).toList());
    }

    private static ClauseSpec window(double share, double days, String price, Double maxConcession) {
        return new ClauseSpec(ROFR, null, null,
                new RightOfFirstRefusalClause.Params(null, null, share, days, price, maxConcession));
    }

    private static ScenarioSpec scenario(ClauseSpec clause, double reviewDays, CloudSpec... others) {
        AcceleratorSpec gpu = new AcceleratorSpec("gpu", "nvidia", null, 2.0, 2.5, null, null, List.of());
        ProcurementSpec policy = new ProcurementSpec(90.0, 10.0, 1.0, 1.0, reviewDays, 1.0, 0.0, 1.0, null, null,
                Specs.REVIEW_AT_START);
        LabSpec lab = new LabSpec("lab", new DemandSpec(Specs.flat(4500), null, null, null), null, null, policy);
        ContractSpec held = new ContractSpec("k", "lab", "holder", "gpu", 0.5, Specs.START, Specs.START.plusYears(5),
                null, 4.0, null, List.of(clause));
        List<CloudSpec> clouds = new java.util.ArrayList<>(List.of(cloud("holder", 4.0, 600), cloud("rival", 3.0, 3000)));
        clouds.addAll(List.of(others));
        return new ScenarioSpec("test", "", Specs.START, Specs.START.plusDays(60), 7L, 1, DAY, List.of(gpu), clouds,
                List.of(lab), List.of(held), List.of());
    }

    private static CloudSpec cloud(String id, double price, double chips) {
        SiteSpec site = new SiteSpec(id + "-site", id, 1.25, Map.of("gpu", chips),
                List.of(Specs.power(Specs.START, chips * 2.5 / 1000 + 1)), List.of(), null);
        return new CloudSpec(id, null, null, Map.of("gpu", new PriceSpec(price, 2 * price)), null, null, null,
                List.of(site));
    }

    private static SeriesKey shareKey() {
        return SeriesKey.of(Metric.FIRST_REFUSAL_SHARE_TAKEN).lab("lab").cloud("holder");
    }

    private static SeriesKey concessionKey() {
        return SeriesKey.of(Metric.PRICE_CONCESSION_USD).lab("lab").cloud("holder");
    }

    /** An event mean over the whole run: its rows weighted by their events. */
    private static double eventMean(ReplicationResult result, SeriesKey key) {
        Series series = result.recorder().series().get(key);
        double sum = 0;
        double weights = 0;
        for (int i = 0; i < series.size(); i++) {
            sum += series.value(i) * series.weight(i);
            weights += series.weight(i);
        }
        return sum / weights;
    }

    /** The window's trace records as "cloud decision quantity: reason", in order. */
    private static List<String> windowTrace(ReplicationResult result) {
        return result.trace().stream()
                .filter(r -> List.of("award", "decline", "wait", "delay", "concession").contains(r.decision()))
                .map(r -> r.cloud() + " " + r.decision() + " " + quantity(r.quantity()) + ": " + r.reason()).toList();
    }

    private static String quantity(double q) {
        return Double.isNaN(q) ? "NaN" : String.format(java.util.Locale.ROOT, "%.0f", q);
    }
}
