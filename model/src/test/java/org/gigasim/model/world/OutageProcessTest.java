package org.gigasim.model.world;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gigasim.engine.random.Distribution;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.spec.OutageModelSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.spec.SiteSpec;
import org.gigasim.model.world.decision.DecisionListener;
import org.gigasim.model.world.decision.OutageCause;
import org.junit.jupiter.api.Test;

/**
 * A site's random failures with fixed draws: up 10 days, down 6.5 hours, repeated. The first
 * failure comes 240 h after the start, the next 240 h after the repair (246.5 + 240 = 486.5),
 * then 733 h, which is past the end of a 30-day run (720 h): two outages.
 */
class OutageProcessTest {

    private static List<String> outages(ScenarioSpec spec) {
        List<String> seen = new ArrayList<>();
        new World(spec, 0, ClauseRegistry.standard()).listening(new DecisionListener() {
            @Override
            public void outage(double t, String site, String cloud, double hours, OutageCause cause) {
                seen.add(t + " " + site + " " + cloud + " " + hours + " " + cause);
            }
        }).checkingInvariants().run();
        return seen;
    }

    private static ScenarioSpec spec(int days, Distribution upDays, Distribution downHours) {
        SiteSpec site = new SiteSpec("s", "r", 1.0, Map.of("chip", 100.0), List.of(Specs.power(Specs.START, 1)),
                List.of(), new OutageModelSpec(upDays, downHours));
        return Specs.scenario(Specs.START.plusDays(days - 1), Duration.ofDays(1), List.of(Specs.cloud("c", site)),
                List.of(Specs.inferenceLab("lab", 50, 0)), List.of(), List.of());
    }

    @Test
    void failuresFollowTheUpTimeAfterEachRepair() {
        assertEquals(List.of("240.0 s c 6.5 RANDOM", "486.5 s c 6.5 RANDOM"),
                outages(spec(30, new Distribution.Fixed(10), new Distribution.Fixed(6.5))));
    }

    @Test
    void aFailureDueAtTheEndDoesNotHappen() {
        // Up 15 days: failures at 360 h and 360 + 6.5 + 360 = 726.5 h; a 30-day run ends at 720 h, a 31-day one later.
        assertEquals(List.of("360.0 s c 6.5 RANDOM"),
                outages(spec(30, new Distribution.Fixed(15), new Distribution.Fixed(6.5))));
        assertEquals(2, outages(spec(31, new Distribution.Fixed(15), new Distribution.Fixed(6.5))).size());
    }
}
