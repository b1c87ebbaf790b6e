package org.gigasim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.gigasim.model.spec.EventSpec;
import org.gigasim.model.spec.RevenueEarnedSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.spec.TrafficClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reach demand, revenue paths, revenue earned and breach events in scenario files: they bind, and what binding
 * cannot check (a reach on an unknown cloud, a revenue path with nothing to shape or beside the
 * market's yearly anchors, a breach of a clause without terms, an injunction on a contract already
 * running) is one message naming the line and column. Line numbers refer to
 * {@link ScenarioErrorsTest#VALID} (24 lines) plus the lines appended below.
 */
class ReachAndBreachErrorsTest {

    /** Line 25: a second contract of the lab, from 2027-06-01; line 26: events. */
    private static final String SECOND = "  - {id: c2, lab: lab, cloud: azure, accelerator: gb200, mw: 50,"
            + " start: 2027-06-01, end: 2029-12-31, price_usd_per_chip_hour: 3}\nevents:\n";
    /** Line 27: c2 breaches c1's routing clause on 2027-01-01. */
    private static final String BREACH = "  - {on: 2027-01-01, breach: {contract: c1, type: stateless-api-routing, by: c2}}\n";
    private static final String TERMS = "until: 2030-01-01, breach: {penalty_usd: 1.5e9, injunction_days: 30}}";

    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        return new ScenarioFiles(dir).write("scenario.yaml", text);
    }

    private List<String> problems(String text) throws IOException {
        return new ScenarioFiles(dir).problems(text);
    }

    @Test
    void aBreachAndTheClausesTermsBind() throws IOException {
        ScenarioSpec spec = ScenarioLoader.load(write(ScenarioErrorsTest.VALID.replace("until: 2030-01-01}", TERMS)
                + SECOND + BREACH));
        assertEquals(new EventSpec.Breach(java.time.LocalDate.of(2027, 1, 1), "c1", "stateless-api-routing", "c2"),
                spec.events().get(0));
        var breach = spec.contracts().get(0).clauses().get(0).breach();
        assertEquals(1.5e9, breach.penaltyUsd());
        assertEquals(30.0, breach.injunctionDays());
    }

    @Test
    void aBreachOfAClauseWithoutTermsSaysWhatToAdd() throws IOException {
        assertEquals(List.of("F:27:51: the stateless-api-routing clause of contract c1 states no breach terms; add"
                        + " breach: {penalty_usd: ..., injunction_days: ...} to it"),
                problems(ScenarioErrorsTest.VALID + SECOND + BREACH));
    }

    @Test
    void anInjunctionCannotDelayAContractThatHasStarted() throws IOException {
        assertEquals(List.of("F:27:78: contract c2 starts 2026-06-01, not after the breach on 2027-01-01: an"
                        + " injunction delays only a contract that has not started; name a later contract or set the"
                        + " clause's injunction_days to 0"),
                problems(ScenarioErrorsTest.VALID.replace("until: 2030-01-01}", TERMS)
                        + SECOND.replace("start: 2027-06-01", "start: 2026-06-01") + BREACH));
    }

    @Test
    void aBreachCannotComeBeforeTheContractInBreachIsSigned() throws IOException {
        // c2 is signed by an event on 2027-02-01 (line 27), after the breach on 2027-01-01 (line 28).
        String signed = "events:\n  - {on: 2027-02-01, sign_contract: {id: c2, lab: lab, cloud: azure, accelerator: gb200,"
                + " mw: 50, start: 2027-06-01, end: 2029-12-31, price_usd_per_chip_hour: 3}}\n";
        List<String> problems = problems(ScenarioErrorsTest.VALID.replace("until: 2030-01-01}", TERMS)
                + "  - {id: c3, lab: lab, cloud: azure, accelerator: gb200, mw: 1, start: 2026-01-01,"
                + " end: 2026-12-31, price_usd_per_chip_hour: 3}\n" + signed + BREACH);
        assertEquals(List.of("F:28:78: contract c2 is signed on 2027-02-01, after the breach on 2027-01-01; date the"
                + " breach after it"), problems);
    }

    @Test
    void reachNamesAKnownCloudAndAnInferenceClass() throws IOException {
        String reach = "  - {id: lab, demand: {reach: [{traffic_class: stateless_api, cloud: aws, h100e: 10}]}}";
        assertEquals(List.of("F:13:70: unknown cloud 'aws'; known: azure"),
                problems(ScenarioErrorsTest.VALID.replace("  - id: lab", reach)));
        ScenarioSpec spec = ScenarioLoader.load(write(ScenarioErrorsTest.VALID.replace("  - id: lab",
                reach.replace("aws", "azure"))));
        assertEquals(TrafficClass.STATELESS_API, spec.labs().get(0).demand().reach().get(0).trafficClass());
        List<String> training = problems(ScenarioErrorsTest.VALID.replace("  - id: lab",
                reach.replace("stateless_api", "training").replace("aws", "azure")));
        assertEquals(1, training.size(), training.toString());
        assertTrue(training.get(0).startsWith("F:13:") && training.get(0).contains("not training"), training.toString());
    }

    @Test
    void aRevenuePathNeedsInferenceDemandAndNoYearlyMarketAnchors() throws IOException {
        String path = "revenue_path: [{on: 2026-07-01, usd_per_year: 1e9}, {on: 2027-07-01, usd_per_year: 3e9}]";
        String shaped = "  - {id: lab, demand: {stateless_api: {h100e: 10}, " + path + "}}";
        ScenarioSpec spec = ScenarioLoader.load(write(ScenarioErrorsTest.VALID.replace("  - id: lab", shaped)));
        assertEquals(3e9, spec.labs().get(0).demand().revenuePath().get(1).usdPerYear());
        assertEquals(List.of("F:13:24: lab lab has a revenue_path but no inference demand for it to shape; add a class"
                        + " or remove the path"),
                problems(ScenarioErrorsTest.VALID.replace("  - id: lab", "  - {id: lab, demand: {" + path + "}}")));
        // Line 25: the market's yearly anchors would set the same growth a second time.
        assertEquals(List.of("F:13:52: lab lab has a revenue_path and market.through is set: both set the growth of its"
                        + " demand; remove one"),
                problems(ScenarioErrorsTest.VALID.replace("  - id: lab", shaped)
                        + "market: {demand_to_supply: 1.2, at: 2026-07-01, through: 2027-07-01}\n"));
        // A class at zero is no demand either; and a path whose revenue spans more than the limit on demand growth
        // (reported, like growth_per_year, at the value: column 66).
        // ("h100e: 0" is a character shorter than "h100e: 10", so the path starts a column earlier.)
        assertEquals(List.of("F:13:51: lab lab has a revenue_path but no inference demand for it to shape; add a class"
                        + " or remove the path"),
                problems(ScenarioErrorsTest.VALID.replace("  - id: lab", shaped.replace("h100e: 10", "h100e: 0"))));
        assertEquals(List.of("F:13:66: lab lab's revenue_path could change its demand 3.00e+07-fold (its largest revenue"
                        + " over its smallest); at most 1e+06 is allowed"),
                problems(ScenarioErrorsTest.VALID.replace("  - id: lab", shaped.replace("usd_per_year: 1e9",
                        "usd_per_year: 100"))));
    }

    @Test
    void revenueEarnedBindsAndMustFallInTheRunAndHaveInferenceToEarnIt() throws IOException {
        String earned = "finance: {revenue_earned: {from: 2026-01-01, through: 2026-03-31, usd: 1.0e6}}";
        String lab = "  - {id: lab, demand: {stateless_api: {h100e: 10}}, " + earned + "}";
        // VALID's site has power but no chips: the pilot runs serve the lab nothing, and loading says so.
        String noChips = ScenarioErrorsTest.VALID.replace("  - id: lab", lab);
        assertEquals(List.of("F: lab lab serves no inference from 2026-01-01 through 2026-03-31, so no revenue rate"
                + " earns its revenue_earned; give it capacity then, or state revenue_usd_per_h100e_hour"),
                problems(noChips));
        ScenarioSpec spec = ScenarioLoader.load(write(noChips.replace("power: [{from: 2026-01-01, mw: 600}]",
                "power: [{from: 2026-01-01, mw: 600}]\n        installed_chips: {gb200: 20000}")));
        assertEquals(new RevenueEarnedSpec(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), 1.0e6),
                spec.labs().get(0).finance().revenueEarned());
        // Line 13: the period's dates are checked against the run's, each at its value; the lab's demand at the key.
        String early = lab.replace("from: 2026-01-01", "from: 2025-12-01");
        assertEquals(List.of("F:13:" + (early.indexOf("2025-12-01") + 1) + ": lab lab's revenue_earned starts 2025-12-01,"
                + " before the scenario starts 2026-01-01; give a period the run covers"),
                problems(ScenarioErrorsTest.VALID.replace("  - id: lab", early)));
        String late = lab.replace("through: 2026-03-31", "through: 2028-01-31");
        assertEquals(List.of("F:13:" + (late.indexOf("2028-01-31") + 1) + ": lab lab's revenue_earned ends 2028-01-31,"
                + " after the scenario ends 2027-12-31; give a period the run covers"),
                problems(ScenarioErrorsTest.VALID.replace("  - id: lab", late)));
        String idle = "  - {id: lab, " + earned + "}";
        assertEquals(List.of("F:13:" + (idle.indexOf("revenue_earned") + 1) + ": lab lab has revenue_earned but no"
                + " inference demand to earn it; add a class or state revenue_usd_per_h100e_hour"),
                problems(ScenarioErrorsTest.VALID.replace("  - id: lab", idle)));
        // Beside a stated rate: one of the two must go.
        assertEquals(1, problems(ScenarioErrorsTest.VALID.replace("  - id: lab",
                lab.replace("finance: {", "finance: {revenue_usd_per_h100e_hour: 2, "))).size());
    }
}
