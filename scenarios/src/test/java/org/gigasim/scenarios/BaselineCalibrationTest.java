package org.gigasim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.Series;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.world.ReplicationResult;
import org.gigasim.model.world.World;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The baseline catalog scenario reproduces its calibration target: Microsoft's commercial
 * RPO of about $625B at 2025-12-31, about 45% of it tied to OpenAI
 * (calibration: financials.microsoft_commercial_rpo, openai_share_fy26q2). Those two hold by
 * construction (the scenario's opening contracts and non-AI backlog are sized to them). The
 * RPO a quarter later, $627B at 2026-03-31, is not an input: it is what the model's
 * recognition, non-AI bookings and procurement make of the opening backlog, checked with the
 * other clouds' first-quarter figures by the backtest ({@code BacktestIT}, docs/validation.md).
 */
class BaselineCalibrationTest {

    private static final double MICROSOFT_RPO_USD = 625e9;

    private static ReplicationResult result;

    @BeforeAll
    static void runOneReplication() {
        ScenarioSpec spec = ScenarioLoader.loadCatalog("baseline-2026");
        result = new World(spec, 0, ClauseRegistry.standard()).checkingInvariants().run();
    }

    @Test
    void azureOpeningBacklogMatchesMicrosoftCommercialRpo() {
        double total = valueAtStart(SeriesKey.of(Metric.BACKLOG_USD).cloud("azure"));
        assertEquals(MICROSOFT_RPO_USD, total, 0.05 * MICROSOFT_RPO_USD,
                "Azure backlog at 2026-01-01 should be within 5% of $625B");
    }

    @Test
    void openAiHoldsAboutFortyFivePercentOfAzureOpeningBacklog() {
        double total = valueAtStart(SeriesKey.of(Metric.BACKLOG_USD).cloud("azure"));
        double openAi = valueAtStart(SeriesKey.of(Metric.BACKLOG_USD).cloud("azure").lab("openai"));
        double share = openAi / total;
        assertTrue(share >= 0.40 && share <= 0.50, "OpenAI share of Azure backlog at the start was " + share);
    }

    private static double valueAtStart(SeriesKey key) {
        Series series = result.recorder().series().get(key);
        assertNotNull(series, "no series " + key);
        assertEquals(0.0, series.time(0), "the first sample is at the scenario start");
        return series.value(0);
    }
}
