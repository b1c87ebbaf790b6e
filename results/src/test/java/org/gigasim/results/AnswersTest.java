package org.gigasim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.gigasim.model.metrics.AnswerSelection;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.spec.AnswerSpec;
import org.junit.jupiter.api.Test;

class AnswersTest {

    private static AnswerSpec answer(String metric, String lab, String cloud, String trafficClass, List<String> by) {
        return new AnswerSpec(metric, lab, cloud, null, null, null, null, trafficClass, null, by);
    }

    @Test
    void aLabFixesItsSeriesAtTheCoarsestLevelThatHasIt() {
        AnswerSpec share = answer("compute_share", "openai", null, null, List.of());
        assertTrue(Answers.matches(share, SeriesKey.of(Metric.COMPUTE_SHARE).lab("openai").cloud("azure")));
        assertFalse(Answers.matches(share, SeriesKey.of(Metric.COMPUTE_SHARE).lab("meta").cloud("azure")));
        AnswerSpec unserved = answer("unserved_h100e_hours", "openai", null, "stateless_api", List.of());
        assertTrue(Answers.matches(unserved, SeriesKey.of(Metric.UNSERVED_H100E_HOURS).lab("openai")
                .trafficClass("stateless_api")));
        assertFalse(Answers.matches(unserved, SeriesKey.of(Metric.UNSERVED_H100E_HOURS).lab("openai")
                .trafficClass("stateful")));
    }

    @Test
    void aCloudSelectsItsWholeBacklogAndALabItsCounterpartyBacklog() {
        SeriesKey whole = SeriesKey.of(Metric.BACKLOG_USD).cloud("azure");
        SeriesKey counterparty = whole.lab("openai");
        AnswerSpec cloud = answer("backlog_usd", null, "azure", null, List.of());
        assertTrue(Answers.matches(cloud, whole));
        assertFalse(Answers.matches(cloud, counterparty));
        assertTrue(Answers.matches(answer("backlog_usd", "openai", "azure", null, List.of()), counterparty));
        assertTrue(Answers.matches(answer("backlog_usd", null, null, null, List.of("cloud", "lab")), counterparty));
    }

    @Test
    void unknownMetricsAndUnrecordedDimensionsAreNamed() {
        assertTrue(AnswerSelection.problem(answer("unserved", null, null, null, List.of())).orElseThrow()
                .startsWith("unknown metric 'unserved'"));
        assertEquals("revenue_usd is not recorded by lab; it is recorded by cloud",
                AnswerSelection.problem(answer("revenue_usd", "openai", null, null, List.of())).orElseThrow());
        assertTrue(AnswerSelection.problem(answer("revenue_usd", null, null, null, List.of("planet"))).orElseThrow()
                .contains("unknown dimension 'planet'"));
        assertTrue(AnswerSelection.problem(answer("revenue_usd", null, "azure", null, List.of())).isEmpty());
    }

    @Test
    void entriesRoundTripThroughJson() {
        List<AnswerSpec> answers = List.of(answer("compute_share", "openai", null, null, List.of()),
                answer("backlog_usd", null, null, null, List.of("cloud", "lab")));
        ObjectNode node = new ObjectMapper().createObjectNode();
        Answers.write(node, answers);
        assertEquals(answers, Answers.read(node));
    }
}
