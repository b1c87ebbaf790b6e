package org.gigasim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gigasim.model.clause.ClauseRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioErrorsTest {

    /** A valid scenario; each test breaks one thing. Line numbers below refer to this text. */
    static final String VALID = """
            name: small
            start: 2026-01-01
            end: 2027-12-31
            accelerators:
              - {id: gb200, vendor: nvidia, kw_it_per_chip: 1.85, h100e: 2.5}
              - {id: trn2, vendor: aws, kw_it_per_chip: 1.0, h100e: 0.66, hostable_by: [aws]}
            clouds:
              - id: azure
                sites:
                  - id: azure-east
                    power: [{from: 2026-01-01, mw: 600}]
            labs:
              - id: lab
            contracts:
              - id: c1
                lab: lab
                cloud: azure
                accelerator: gb200
                mw: 100
                start: 2026-01-01
                end: 2030-01-01
                price_usd_per_chip_hour: 3
                clauses:
                  - {type: stateless-api-routing, until: 2030-01-01}
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return new ScenarioFiles(dir).write(name, text);
    }

    private List<String> problems(String text) throws IOException {
        return new ScenarioFiles(dir).problems(text);
    }

    @Test
    void theValidScenarioLoads() throws IOException {
        assertEquals("small", ScenarioLoader.load(write("valid.yaml", VALID)).name());
    }

    @Test
    void unknownFieldNamesLineColumnAndTheFieldMeant() throws IOException {
        assertEquals(List.of("F:9:5: unknown field 'sitez'; did you mean 'sites'?"),
                problems(VALID.replace("    sites:", "    sitez:")));
    }

    @Test
    void camelCaseFieldIsAnUnknownFieldWithTheSnakeCaseHint() throws IOException {
        assertEquals(List.of("F:5:33: unknown field 'kwItPerChip'; did you mean 'kw_it_per_chip'?"),
                problems(VALID.replace("nvidia, kw_it_per_chip", "nvidia, kwItPerChip")));
    }

    @Test
    void unknownFieldFarFromAnyListsTheKnownFields() throws IOException {
        List<String> problems = problems(VALID.replace("  - id: lab", "  - id: lab\n    budget: 5"));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("F:14:5: unknown field 'budget'; known fields: "), problems.get(0));
        assertTrue(problems.get(0).contains("finance"), problems.get(0));
    }

    @Test
    void theRemovedFundingCapSaysWhatToWriteInstead() throws IOException {
        List<String> problems = problems(VALID.replace("  - id: lab", "  - id: lab\n    funding_usd: 5e9"));
        assertEquals(List.of("F:14:5: 'funding_usd' (a lifetime cap on commitments) is no longer a lab field: a lab now"
                + " holds cash; write finance: {cash_usd: ..., funding_rounds: [{on: DATE, usd: ...}]} instead (see"
                + " docs/model.md, Lab cash), or delete the line for unlimited money"), problems);
    }

    @Test
    void anUnknownWindowRevenueNamesTheLineAndTheTwoChoices() throws IOException {
        assertEquals(List.of("F:14:15: finance window_revenue must be served_now or held_capacity, but was 'forecast'"),
                problems(VALID.replace("  - id: lab", "  - id: lab\n    finance: {window_revenue: forecast}")));
    }

    /** The level names h100, which azure lists no price for; the message points at the pricing line (10, column 5). */
    @Test
    void anOnDemandLevelForAnUnlistedAcceleratorNamesItsLineAndTheFix() throws IOException {
        assertEquals(List.of("F:10:5: cloud azure pricing on_demand_level names h100, which the cloud lists no"
                + " on-demand price for; list it in prices_usd_per_chip_hour or name an accelerator it lists"),
                problems(VALID.replace("  - id: azure\n", "  - id: azure\n"
                        + "    prices_usd_per_chip_hour: {gb200: {contract: 4.1, on_demand: 10.5}}\n"
                        + "    pricing: {on_demand_level: {accelerator: h100, usd_per_chip_hour: 2.42}}\n")));
    }

    @Test
    void anUnknownContractTightnessNamesTheLineAndTheTwoChoices() throws IOException {
        assertEquals(List.of("F:9:15: pricing contract_tightness must be signing or start, but was 'later'"),
                problems(VALID.replace("  - id: azure\n", "  - id: azure\n    pricing: {contract_tightness: later}\n")));
    }

    /** A notice longer than the horizon is refused at its own key (line 14, column 51), naming both fields. */
    @Test
    void aRenewalNoticeLongerThanTheHorizonNamesTheLine() throws IOException {
        assertEquals(List.of("F:14:51: procurement renewal_notice_days must be at most horizon_days (365.0), but was 400.0"),
                problems(VALID.replace("  - id: lab\n",
                        "  - id: lab\n    procurement: {horizon_days: 365, renew: true, renewal_notice_days: 400}\n")));
    }

    @Test
    void negativeMegawattsNamesTheLineAndField() throws IOException {
        assertEquals(List.of("F:11:36: power milestone mw must be a finite number, zero or more, but was -600.0"),
                problems(VALID.replace("mw: 600", "mw: -600")));
        assertEquals(List.of("F:19:5: contract c1 mw must be a finite number above zero, but was -5.0"),
                problems(VALID.replace("mw: 100", "mw: -5")));
    }

    @Test
    void missingRequiredNumberIsAnErrorNotZero() throws IOException {
        assertEquals(List.of("F:15:5: missing required field 'mw'"), problems(VALID.replace("    mw: 100\n", "")));
    }

    @Test
    void wrongTypeNamesTheFieldAndWhatWasExpected() throws IOException {
        assertEquals(List.of("F:19:9: mw: expected a number, but found 'lots'"), problems(VALID.replace("mw: 100", "mw: lots")));
        assertEquals(List.of("F:3:6: end: expected a date such as 2026-01-01, but found '31 December 2027'"),
                problems(VALID.replace("end: 2027-12-31", "end: 31 December 2027")));
        // Written as a date but not one: the calendar says why.
        assertEquals(List.of("F:3:6: end: '2027-13-31' is not a date: Invalid value for MonthOfYear (valid values 1 -"
                + " 12): 13"), problems(VALID.replace("end: 2027-12-31", "end: 2027-13-31")));
        assertEquals(List.of("F:3:6: end: '2027-02-29' is not a date: Invalid date 'February 29' as '2027' is not a"
                + " leap year"), problems(VALID.replace("end: 2027-12-31", "end: 2027-02-29")));
    }

    @Test
    void unknownClauseTypeListsTheKnownTypes() throws IOException {
        // Every registered type is listed: the built-ins, and any provider's on the class path (this
        // module's tests have one, see ServiceLoaderClauseTest).
        List<String> known = ClauseRegistry.standard().names();
        assertTrue(known.containsAll(List.of("capacity-priority", "exclusivity", "first-launch",
                "right-of-first-refusal", "stateless-api-routing", "take-or-pay")), known.toString());
        assertEquals(List.of("F:24:16: unknown clause type 'exclusive'; did you mean 'exclusivity'?; known types: "
                + String.join(", ", known)), problems(VALID.replace("type: stateless-api-routing", "type: exclusive")));
    }

    @Test
    void clauseParametersAreCheckedAgainstTheTypesRecord() throws IOException {
        assertEquals(List.of("F:24:39: unknown field 'untill'; did you mean 'until'?"),
                problems(VALID.replace("until: 2030-01-01}", "untill: 2030-01-01}")));
        assertEquals(List.of("F:24:49: failover: expected true or false, but found 'maybe'"),
                problems(VALID.replace("until: 2030-01-01}", "failover: maybe}")));
    }

    @Test
    void aFirstRefusalParameterOutOfRangeNamesItsLine() throws IOException {
        List<String> problems = problems(VALID.replace("type: stateless-api-routing, until: 2030-01-01",
                "type: right-of-first-refusal, match_window_days: -3"));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).matches("F:24:\\d+: .*right-of-first-refusal match_window_days must be 0 to 3650,"
                + " but was -3.0"), problems.get(0));
    }

    @Test
    void danglingReferencesAreAllReportedWithLineAndColumn() throws IOException {
        assertEquals(List.of(
                        "F:16:10: unknown lab 'labb'; did you mean 'lab'?",
                        "F:17:12: unknown cloud 'aws'; known: azure",
                        "F:26:37: unknown site 'azure-west'; did you mean 'azure-east'?"),
                problems(VALID.replace("lab: lab", "lab: labb").replace("cloud: azure", "cloud: aws")
                        + "events:\n  - {on: 2027-01-01, outage: {site: azure-west, duration_hours: 1}}\n"));
    }

    @Test
    void aLineLongerThanAHundredThousandBytesIsRefusedBeforeTheYamlReaderSeesIt() throws IOException {
        // VALID's first line is "name: small"; a question of 99,990 characters makes line 2 exactly 100,000 bytes.
        String atTheLimit = VALID.replaceFirst("\n", "\nquestion: " + "x".repeat(99_990) + "\n");
        assertEquals(List.of("F:2:1: question is 99990 characters long; it may have at most 1000"),
                problems(atTheLimit));
        String past = VALID.replaceFirst("\n", "\nquestion: " + "x".repeat(99_991) + "\n");
        assertEquals(List.of("F:2:1: this line is 100001 bytes long, more than the 100000 a scenario line may have;"
                + " no field needs so long a value"), problems(past));
    }

    @Test
    void aControlCharacterIsPlacedWhereItIs() throws IOException {
        // The YAML reader refuses it too, but placed every one at 1:1. "question: \"é" is 12 characters, é one of them.
        assertEquals(List.of("F:2:13: a control character (0x00) is not allowed in a scenario file; delete it"),
                problems(VALID.replaceFirst("\n", "\nquestion: \"é\u0000\"\n")));
        assertEquals(List.of("F:1:12: a control character (0x1B) is not allowed in a scenario file; delete it"),
                problems(VALID.replaceFirst("\n", "\u001b\n")));
    }

    @Test
    void anAnswerNamingAnUnknownLabSaysWhichAreKnownOrThatNoneIs() throws IOException {
        // Line 26 is the answer entry; its lab value starts at column 33.
        String answer = "answer:\n  - {metric: served_h100e, lab: lba}\n";
        assertEquals(List.of("F:26:33: answer names unknown lab 'lba'; did you mean 'lab'?"), problems(VALID + answer));
        String noLabs = VALID.replace("labs:\n  - id: lab\n", "labs: []\n").replace("lab: lab", "lab: lba");
        List<String> none = problems(noLabs + "answer:\n  - {metric: served_h100e, lab: lba}\n");
        assertTrue(none.stream().anyMatch(p -> p.endsWith("answer names unknown lab 'lba'; none is defined")),
                none.toString());
    }

    @Test
    void anExpectationNamesADirectionAndYearsTheScenarioSimulates() throws IOException {
        // Line 26 is the answer entry; 2031, the second year of its list, is at column 92.
        String answer = "answer:\n  - {metric: backlog_usd, cloud: azure, expect: {vs: base, change: %s, years: [2027,"
                + " 2031]}}\n";
        assertEquals(List.of("F:26:92: answer expects a change in 2031, outside the scenario's years 2026 to 2027; "
                + "name years the scenario simulates"), problems(VALID + answer.formatted("increase")));
        assertEquals(1, problems(VALID + answer.formatted("rise")).size());
        assertTrue(problems(VALID + answer.formatted("rise")).get(0).contains("increase or decrease"),
                problems(VALID + answer.formatted("rise")).toString());
    }

    @Test
    void aLevelIsARangeInTheMetricsUnitAndNoDifference() throws IOException {
        // Line 26 is the answer entry; the '{' after 'expect: ' is column 48, its first key column 49, and
        // 'level' after 'vs: base, ' column 59.
        String answer = "answer:\n  - {metric: capacity_share_by_vendor, expect: {%s}}\n";
        assertEquals(List.of(0.3, 0.4), ScenarioLoader.load(write("level.yaml", VALID + answer.formatted(
                "level: [0.3, 0.4], years: [2027]"))).answer().get(0).expect().level());
        assertEquals(List.of("F:26:59: expect level states the figure's own range, so it takes no vs, change or"
                + " min_change; keep level and years, or write the difference form without level"),
                problems(VALID + answer.formatted("vs: base, level: [0.3, 0.4], years: [2027]")));
        assertEquals(List.of("F:26:49: expect level must be [low, high] with low at most high, but was [0.4, 0.3]"),
                problems(VALID + answer.formatted("level: [0.4, 0.3], years: [2027]")));
        assertEquals(List.of("F:26:49: expect level must be two numbers [low, high], such as [0.33, 0.35], but had 1"),
                problems(VALID + answer.formatted("level: [0.3], years: [2027]")));
        assertEquals(List.of("F:26:48: expect needs either vs and change (a difference from another scenario) or"
                + " level: [low, high] (a range for the figure itself)"),
                problems(VALID + answer.formatted("years: [2027]")));
        assertEquals(List.of("F:26:56: answer expects capacity_share_by_vendor at a level of [33, 34], outside the"
                + " values it can take (0 to 1); write the level in the metric's unit, a share as a fraction (0.33,"
                + " not 33)"), problems(VALID + answer.formatted("level: [33, 34], years: [2027]")));
        assertEquals(List.of("F:26:76: answer expects a level in 2031, outside the scenario's years 2026 to 2027; "
                + "name years the scenario simulates"), problems(VALID + answer.formatted("level: [0.3, 0.4], years:"
                + " [2031]")));
    }

    @Test
    void acceleratorsMustBeHostableWhereTheyAreInstalledOrContracted() throws IOException {
        assertEquals(List.of(
                        "F:11:27: site azure-east of cloud azure may not host trn2 (hostable_by [aws])",
                        "F:19:18: contract c1: cloud azure may not host trn2 (hostable_by [aws])"),
                problems(VALID.replace("accelerator: gb200", "accelerator: trn2")
                        .replace("        power:", "        installed_chips: {trn2: 10}\n        power:")));
    }

    @Test
    void duplicateIdsAndDatesAfterTheEndAreReported() throws IOException {
        assertEquals(List.of(
                        "F:6:10: accelerator id 'gb200' is defined more than once",
                        "F:20:12: contract c1 starts 2028-01-01, after the scenario ends 2027-12-31",
                        "F:26:10: change_demand on 2028-06-01 is after the scenario ends 2027-12-31"),
                problems(VALID.replace("id: trn2", "id: gb200").replace("start: 2026-01-01\n    end: 2030",
                        "start: 2028-01-01\n    end: 2030")
                        + "events:\n  - {on: 2028-06-01, change_demand: {lab: lab, factor: 0.5}}\n"));
    }

    @Test
    void unknownDistributionKindOrParameterListsTheValidOnes() throws IOException {
        assertEquals(List.of("F:11:58: unknown distribution 'poisson'; kinds: fixed, exponential, uniform, normal, "
                        + "lognormal, gamma, weibull, triangular, empirical"),
                problems(VALID.replace("mw: 600}", "mw: 600, delay_days: {poisson: {mean: 3}}}")));
        assertEquals(List.of("F:11:72: unknown field 'meen'; did you mean 'mean'?"),
                problems(VALID.replace("mw: 600}", "mw: 600, delay_days: {exponential: {meen: 3}}}")));
    }

    @Test
    void durationsInWeeksOrMonthsAskForDays() throws IOException {
        assertEquals(List.of("F:25:9: duration 'P1W' uses weeks, months or years; use days and hours, "
                + "such as P7D, P30D or PT12H"), problems(VALID + "sample: P1W\n"));
    }

    @Test
    void unknownEventKindSuggestsTheClosest() throws IOException {
        List<String> problems = problems(VALID + "events:\n  - {on: 2027-01-01, outtage: {site: azure-east}}\n");
        assertTrue(problems.get(0).startsWith("F:26:22: unknown event kind 'outtage'; did you mean 'outage'?"),
                problems.get(0));
    }

    @Test
    void yamlSyntaxErrorsHaveAPosition() throws IOException {
        List<String> problems = problems(VALID.replace("labs:", "labs: ["));
        assertTrue(problems.get(0).startsWith("F:13:3: YAML syntax: "), problems.get(0));
    }

    @Test
    void duplicateKeysAreRefused() throws IOException {
        assertEquals(List.of("F:25:1: key 'name' appears twice in one map (first on line 1)"), problems(VALID + "name: again\n"));
    }

    @Test
    void missingFileIsOneMessageNamingIt() {
        Path missing = dir.resolve("nowhere.yaml");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(missing));
        assertEquals(missing + ": no such file", e.getMessage());
    }

    @Test
    void fileWithOnlyCommentsHoldsNoScenario() throws IOException {
        assertEquals(List.of("F: holds no scenario"), problems("# nothing yet\n"));
    }
}
