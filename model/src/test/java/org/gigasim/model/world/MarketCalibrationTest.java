package org.gigasim.model.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.Series;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.spec.EventSpec;
import org.gigasim.model.spec.MarketSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.junit.jupiter.api.Test;

/**
 * The market block by hand: one lab with flat demand of 1,000 (stateless) + 3,000 (stateful)
 * H100e, a 2,000-chip contract from the start and a 1,000-chip one signed by an event before
 * the ratio's date (a third, signed after it, must not count). Unit chips (1 H100e, full
 * efficiency, PUE 1) make the contracted capacity at the date 3,000 H100e.
 */
class MarketCalibrationTest {

    private static final LocalDate AT = Specs.START.plusMonths(6);

    private static ScenarioSpec spec(MarketSpec market) {
        List<EventSpec> events = List.of(
                new EventSpec.SignContract(Specs.START.plusMonths(2), Specs.contract("before", "lab", "a", 1000, List.of())),
                new EventSpec.SignContract(AT.plusDays(1), Specs.contract("after", "lab", "a", 5000, List.of())));
        ScenarioSpec base = Specs.scenario(Specs.START.plusYears(1), Duration.ofDays(1),
                List.of(Specs.cloud("a", Specs.site("s", 100, 100_000))), List.of(Specs.inferenceLab("lab", 1000, 3000)),
                List.of(Specs.contract("held", "lab", "a", 2000, List.of())), events);
        return new ScenarioSpec(base.name(), base.question(), base.start(), base.end(), base.seed(), base.replications(),
                base.sample(), base.accelerators(), base.clouds(), base.labs(), base.contracts(), base.events(),
                base.answer(), market);
    }

    private static double firstDemand(ScenarioSpec spec, String trafficClass) {
        var result = new World(spec, 0, ClauseRegistry.standard()).checkingInvariants().run();
        Series series = result.recorder().series().get(SeriesKey.of(Metric.DEMAND_H100E).lab("lab")
                .trafficClass(trafficClass));
        return series.value(0);
    }

    @Test
    void demandIsTheRatioTimesContractedCapacityAtTheDate() {
        // 1.5 x 3,000 = 4,500 expected demand over 4,000 stated: every class x 1.125.
        ScenarioSpec spec = spec(new MarketSpec(1.5, AT));
        assertEquals(1125, firstDemand(spec, "stateless_api"), 1e-9);
        assertEquals(3375, firstDemand(spec, "stateful"), 1e-9);
    }

    @Test
    void withoutAMarketDemandIsAsStated() {
        assertEquals(1000, firstDemand(spec(null), "stateless_api"), 1e-9);
    }

    @Test
    void aRatioOutsideItsRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new MarketSpec(0, AT));
        assertThrows(IllegalArgumentException.class, () -> new MarketSpec(MarketSpec.MAX_RATIO + 1, AT));
    }
}
