package org.gigasim.model.world;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.Series;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.CloudSpec;
import org.gigasim.model.spec.PriceSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.spec.SiteSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Installed chips take the site's power in the order the scenario file lists them, in every JVM launch. */
class FileOrderTest {

    @ParameterizedTest
    @CsvSource({"one,two,three,1000", "three,two,one,3000", "two,three,one,2000"})
    void installedChipsTakePowerInFileOrder(String first, String second, String third, double expectedH100e) {
        // Each type: 1 kW per chip, 1,000 chips; 1 MW at PUE 1.0 powers exactly the first type listed.
        Map<String, Double> installed = new LinkedHashMap<>();
        for (String id : List.of(first, second, third)) {
            installed.put(id, 1000.0);
        }
        SiteSpec site = new SiteSpec("s", "s", 1.0, installed, List.of(Specs.power(Specs.START, 1)), List.of(), null);
        Map<String, PriceSpec> prices = new LinkedHashMap<>();
        installed.keySet().forEach(id -> prices.put(id, new PriceSpec(1, 2)));
        CloudSpec cloud = new CloudSpec("c", null, null, prices, null, null, null, List.of(site));
        ScenarioSpec spec = new ScenarioSpec("order", "", Specs.START, Specs.START.plusDays(2), 1L, 1,
                Duration.ofDays(1), List.of(chip("one", 1), chip("two", 2), chip("three", 3)),
                List.of(cloud), List.of(), List.of(), List.of());
        ReplicationResult result = new World(spec, 0, ClauseRegistry.standard()).run();
        Series capacity = result.recorder().series().get(SeriesKey.of(Metric.CAPACITY_H100E).cloud("c"));
        assertEquals(expectedH100e, capacity.value(capacity.size() - 1), 1e-9);
        assertEquals(List.of(first, second, third), List.copyOf(spec.clouds().get(0).sites().get(0)
                .installedChips().keySet()));
    }

    private static AcceleratorSpec chip(String id, double h100e) {
        return new AcceleratorSpec(id, "nvidia", null, 1.0, h100e, null, LocalDate.of(2020, 1, 1), List.of());
    }
}
