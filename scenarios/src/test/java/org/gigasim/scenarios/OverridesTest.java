package org.gigasim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.gigasim.engine.random.Distribution;
import org.gigasim.model.spec.ScenarioSpec;
import org.junit.jupiter.api.Test;

class OverridesTest {

    private static final String TUTORIAL = "tutorial/one-cloud-one-lab";

    private static ScenarioSpec set(String... overrides) {
        return ScenarioLoader.read(TUTORIAL, List.of(overrides)).spec();
    }

    private static List<String> problems(String... overrides) {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.read(TUTORIAL, List.of(overrides)));
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void topLevelScalarsAreParsedAsYaml() {
        ScenarioSpec spec = set("replications=3", "start=2026-02-01", "seed=42");
        assertEquals(3, spec.replications());
        assertEquals(LocalDate.of(2026, 2, 1), spec.start());
        assertEquals(42L, spec.seed());
    }

    @Test
    void listEntriesAreNamedById() {
        ScenarioSpec spec = set("labs.small-lab.demand.stateless_api.growth_per_year=0.5",
                "clouds.acme-cloud.sites.acme-east.pue=1.4");
        assertEquals(0.5, spec.labs().get(0).demand().statelessApi().growthPerYear());
        assertEquals(30000, spec.labs().get(0).demand().statelessApi().h100e(), "siblings are kept");
        assertEquals(1.4, spec.clouds().get(0).sites().get(0).pue());
    }

    @Test
    void listsWithoutIdsAreNamedByPositionAndMapsCanBeGiven() {
        ScenarioSpec spec = set("clouds.acme-cloud.sites.acme-east.power.1.delay_days={uniform: {min: 180, max: 730}}");
        Distribution delay = spec.clouds().get(0).sites().get(0).power().get(1).delayDays();
        assertEquals(new Distribution.Uniform(180, 730), delay);
    }

    @Test
    void missingOptionalMapsAreCreated() {
        ScenarioSpec spec = set("labs.small-lab.procurement.headroom=1.3");
        assertEquals(1.3, spec.labs().get(0).procurement().headroom());
    }

    @Test
    void theHashCoversTheOverrides() {
        assertNotEquals(ScenarioLoader.read(TUTORIAL).sha256(), ScenarioLoader.read(TUTORIAL, List.of("seed=8")).sha256());
    }

    @Test
    void anUnknownFieldNamesTheOptionWithASuggestion() {
        assertEquals(List.of("--set labs.small-lab.demand.stateles_api.h100e=5: unknown field 'stateles_api';"
                + " did you mean 'stateless_api'?"), problems("labs.small-lab.demand.stateles_api.h100e=5"));
        assertEquals(List.of("--set replicatons=5: unknown field 'replicatons'; did you mean 'replications'?"),
                problems("replicatons=5"));
    }

    @Test
    void anUnknownIdNamesTheOptionWithASuggestion() {
        assertEquals(List.of("--set labs.smal-lab.finance.cash_usd=1e9: 'labs' has no entry 'smal-lab'; did you mean"
                + " 'small-lab'?; entries: small-lab"), problems("labs.smal-lab.finance.cash_usd=1e9"));
    }

    @Test
    void valuesAreValidatedLikeTheFile() {
        assertEquals(List.of("--set clouds.acme-cloud.sites.acme-east.pue=5: site acme-east pue must be between 1.0"
                + " and 3.0, but was 5.0"), problems("clouds.acme-cloud.sites.acme-east.pue=5"));
        assertEquals(List.of("--set replications=many: replications: expected a whole number, but found 'many'"), problems("replications=many"));
    }

    @Test
    void malformedOverridesAreExplained() {
        assertEquals(List.of("--set replications: write --set path=value, such as --set replications=5"),
                problems("replications"));
        assertEquals(List.of("--set name.x=1: 'name' is a single value, so it has no 'x'"), problems("name.x=1"));
    }
}
