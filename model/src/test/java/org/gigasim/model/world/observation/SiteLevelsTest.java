package org.gigasim.model.world.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gigasim.model.cloud.Cloud;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.Series;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.site.Site;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.CloudSpec;
import org.gigasim.model.spec.PriceSpec;
import org.gigasim.model.spec.SiteSpec;
import org.gigasim.model.world.core.Indices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Site, region and cloud levels and stocks read a site again only after it changed. Each test
 * changes a site between two reads, as an outage, a delivery or a power milestone does
 * between two routing decisions, and checks the integral or the stock by hand.
 *
 * <p>The fixture: accelerator {@code gpu}, 1.6 kW IT and 2.5 H100e; at PUE 1.25 a chip draws
 * 2 kW, 0.002 MW. Cloud {@code a} has site {@code s1} (region {@code east}) and {@code s2}
 * (region {@code west}); cloud {@code g} has {@code s3} (region {@code east}, but of another
 * cloud, so a region of its own). Samples at 0, 50 and 168 hours.
 */
class SiteLevelsTest {

    private static final double[] SAMPLES = {0, 50, 168};

    private Probes probes;
    private SiteLevels levels;
    private Site s1;
    private Site s2;
    private Site s3;

    @BeforeEach
    void wire() {
        AcceleratorSpec gpu = new AcceleratorSpec("gpu", "nvidia", null, 1.6, 2.5, null, null, List.of());
        Map<String, AcceleratorSpec> accelerators = new LinkedHashMap<>();
        accelerators.put("gpu", gpu);
        Cloud a = new Cloud(new CloudSpec("a", null, null, Map.of("gpu", new PriceSpec(1, 2)), null, null, null,
                List.of()));
        Cloud g = new Cloud(new CloudSpec("g", null, null, Map.of("gpu", new PriceSpec(1, 2)), null, null, null,
                List.of()));
        Indices indices = new Indices(List.of(), List.of(a, g), List.of(gpu));
        probes = new Probes(SAMPLES);
        levels = new SiteLevels(indices, probes);
        s1 = site("s1", "east", "a", accelerators);
        s2 = site("s2", "west", "a", accelerators);
        s3 = site("s3", "east", "g", accelerators);
    }

    private Site site(String id, String region, String cloud, Map<String, AcceleratorSpec> accelerators) {
        Site site = new Site(new SiteSpec(id, region, 1.25, null, null, null, null), cloud, accelerators);
        levels.addSite(site, 0);
        return site;
    }

    private void sample(double t) {
        levels.readStocks();
        probes.sample(t);
    }

    private double value(SeriesKey key, int row) {
        Series series = probes.recorder().series().get(key);
        return series.value(row);
    }

    private static SeriesKey at(Metric metric, String cloud, String region, String site) {
        return new SeriesKey(metric, null, cloud, region, site, null, null, null, null);
    }

    /**
     * {@code s1} gets 2 MW (1,000 chips' worth), then 1,500 chips at hour 10: 500 stranded until
     * 1 MW more arrives at hour 100. A decision at 20 finds nothing changed. So 500 × 90 =
     * 45,000 stranded chip-hours, 500 × 40 = 20,000 of them in the first interval (10 to 50);
     * east's up capacity is 1,000 × 2.5 = 2,500 H100e from 10 and 3,750 from 100.
     */
    @Test
    void aDeliveryAndAMilestoneBetweenDecisionsAreIntegratedExactly() {
        s1.addPower(2);
        levels.setLevels(0);
        sample(0);
        s1.deliver("gpu", 1_500);
        levels.setLevels(10);
        levels.setLevels(20);
        sample(50);
        s1.addPower(1);
        levels.setLevels(100);
        sample(168);
        SeriesKey site = at(Metric.STRANDED_CHIP_HOURS, "a", "east", "s1");
        assertEquals(20_000, value(site, 0), 1e-9);
        assertEquals(25_000, value(site, 1), 1e-9);
        assertEquals(25_000, value(at(Metric.STRANDED_CHIP_HOURS, "a", "east", null), 1), 1e-9);
        assertEquals(25_000, value(at(Metric.STRANDED_CHIP_HOURS, "a", null, null), 1), 1e-9);
        assertEquals(0, value(at(Metric.STRANDED_CHIP_HOURS, "g", null, null), 1));
        // East's capacity: 2,500 over 40 of the first 50 hours; 2,500 for 50 h then 3,750 for 68 h of the next 118.
        SeriesKey capacity = at(Metric.CAPACITY_H100E, "a", "east", null);
        assertEquals(2_500 * 40 / 50.0, value(capacity, 0), 1e-9);
        assertEquals((2_500 * 50 + 3_750 * 68) / 118.0, value(capacity, 1), 1e-9);
    }

    /**
     * {@code s2} is down from 30 to 34 and {@code s3} from 40 to 46, each start and end followed
     * by a decision: 4 outage hours for {@code s2}, {@code west} and cloud {@code a}; 6 for
     * {@code s3} and cloud {@code g}; none for {@code s1} or {@code east} of {@code a}.
     */
    @Test
    void outagesAreCountedFromTheDecisionThatFollowsThem() {
        levels.setLevels(0);
        sample(0);
        s2.beginOutage();
        levels.setLevels(30);
        s2.endOutage();
        levels.setLevels(34);
        s3.beginOutage();
        levels.setLevels(40);
        s3.endOutage();
        levels.setLevels(46);
        sample(50);
        levels.setLevels(60);
        sample(168);
        assertEquals(4, value(at(Metric.OUTAGE_HOURS, "a", "west", "s2"), 0));
        assertEquals(4, value(at(Metric.OUTAGE_HOURS, "a", "west", null), 0));
        assertEquals(4, value(at(Metric.OUTAGE_HOURS, "a", null, null), 0));
        assertEquals(6, value(at(Metric.OUTAGE_HOURS, "g", "east", "s3"), 0));
        assertEquals(6, value(at(Metric.OUTAGE_HOURS, "g", null, null), 0));
        assertEquals(0, value(at(Metric.OUTAGE_HOURS, "a", "east", "s1"), 0));
        assertEquals(0, value(at(Metric.OUTAGE_HOURS, "a", "east", null), 0));
        assertEquals(0, value(at(Metric.OUTAGE_HOURS, "a", null, null), 1));
    }

    /**
     * Stocks follow the sites from one sample to the next: {@code s1} 2 MW online and 1,500
     * chips delivered (1,000 installed, 2 MW used, 500 stranded) at 50; 1 MW more by 168 installs
     * the rest (3 MW used). {@code s2} keeps 0.5 MW online and idle throughout. Cloud {@code a}
     * adds both; {@code g}'s site has nothing.
     */
    @Test
    void stocksAreReadAgainAfterASiteChanged() {
        s2.addPower(0.5);
        sample(0);
        s1.addPower(2);
        s1.deliver("gpu", 1_500);
        sample(50);
        s1.addPower(1);
        sample(168);
        SeriesKey chips = at(Metric.STRANDED_CHIPS, "a", "east", "s1");
        assertEquals(0, value(chips, 0));
        assertEquals(500, value(chips, 1), 1e-9);
        assertEquals(0, value(chips, 2), 1e-9);
        SeriesKey cloudOnline = at(Metric.POWER_ONLINE_MW, "a", null, null);
        assertEquals(0.5, value(cloudOnline, 0));
        assertEquals(2.5, value(cloudOnline, 1));
        assertEquals(3.5, value(cloudOnline, 2));
        assertEquals(2, value(at(Metric.POWER_USED_MW, "a", null, null), 1), 1e-12);
        assertEquals(3, value(at(Metric.POWER_USED_MW, "a", "east", null), 2), 1e-12);
        assertEquals(0.5, value(at(Metric.STRANDED_POWER_MW, "a", null, null), 2), 1e-12);
        assertEquals(500, value(at(Metric.STRANDED_CHIPS, "a", null, null), 1), 1e-9);
        assertEquals(0, value(at(Metric.POWER_ONLINE_MW, "g", null, null), 2));
    }
}
