package org.gigasim.model.world.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gigasim.engine.Simulation;
import org.gigasim.engine.random.RandomStreams;
import org.gigasim.engine.time.SimCalendar;
import org.gigasim.model.cloud.Cloud;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.lab.Lab;
import org.gigasim.model.site.Site;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.CloudSpec;
import org.gigasim.model.spec.DemandSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.PriceSpec;
import org.gigasim.model.spec.SiteSpec;
import org.junit.jupiter.api.Test;

/** The world's shared registries: ids ↔ indices, contracts by id and lab, sites in joining order, the clock. */
class CoreRegistriesTest {

    private static final SimCalendar CALENDAR = new SimCalendar(LocalDate.of(2026, 1, 1));
    private static final AcceleratorSpec X = new AcceleratorSpec("x", "nvidia", null, 1.6, 2.5, null, null, List.of());
    private static final AcceleratorSpec Y = new AcceleratorSpec("y", "amd", null, 0.8, 1.0, null, null, List.of());

    private static Lab lab(String id) {
        return new Lab(new LabSpec(id, new DemandSpec(null, null, null, null), null, null, null), CALENDAR,
                new RandomStreams(1, 0));
    }

    private static Cloud cloud(String id) {
        return new Cloud(new CloudSpec(id, null, null, Map.of("x", new PriceSpec(3.0, 6.0)), null, null, null,
                List.of()));
    }

    private static Contract contract(String id, int lab) {
        return new Contract(id, "lab" + lab, "c", "x", lab, 0, 1, 100, 0, 100, 0, 2.5, 0, "policy");
    }

    @Test
    void indicesMapIdsToFileOrder() {
        Lab l0 = lab("l0");
        Lab l1 = lab("l1");
        Cloud c0 = cloud("c0");
        Cloud c1 = cloud("c1");
        Indices indices = new Indices(List.of(l0, l1), List.of(c0, c1), List.of(X, Y));
        assertEquals(2, indices.labCount());
        assertEquals(2, indices.cloudCount());
        assertEquals(2, indices.acceleratorCount());
        assertSame(l1, indices.lab(1));
        assertSame(c1, indices.cloud(1));
        assertSame(Y, indices.accelerator(1));
        assertSame(c1, indices.cloud("c1"));
        assertSame(Y, indices.accelerator("y"));
        assertEquals(1, indices.labIndex("l1"));
        assertEquals(1, indices.cloudIndex("c1"));
        assertEquals(1, indices.acceleratorIndex("y"));
        assertEquals(-1, indices.labIndex("none"));
        assertEquals(-1, indices.cloudIndex("none"));
        assertEquals(-1, indices.acceleratorIndex("none"));
        assertEquals(List.of(l0, l1), indices.labs());
        assertEquals(List.of(c0, c1), indices.clouds());
        assertEquals(List.of(X, Y), indices.accelerators());
        assertEquals(List.of("x", "y"), indices.acceleratorIds());
        assertThrows(UnsupportedOperationException.class, () -> indices.labs().add(l0));
    }

    @Test
    void contractsAreKeptInSigningOrderByIdAndPerLab() {
        Contracts contracts = new Contracts(2);
        Contract a = contract("a", 1);
        Contract b = contract("b", 0);
        Contract c = contract("c", 1);
        contracts.add(a);
        contracts.add(b);
        contracts.add(c);
        assertEquals(List.of(a, b, c), contracts.all());
        assertEquals(List.of(b), contracts.ofLab(0));
        assertEquals(List.of(a, c), contracts.ofLab(1));
        assertSame(c, contracts.get("c"));
        assertNull(contracts.get("d"));
        assertThrows(UnsupportedOperationException.class, () -> contracts.ofLab(0).add(a));
    }

    @Test
    void sitesAreKeptInJoiningOrder() {
        Map<String, AcceleratorSpec> accelerators = new LinkedHashMap<>();
        accelerators.put("x", X);
        Sites sites = new Sites();
        Site b = new Site(new SiteSpec("b", "r", 1.2, Map.of(), List.of(), List.of(), null), "c", accelerators);
        Site a = new Site(new SiteSpec("a", "r", 1.2, Map.of(), List.of(), List.of(), null), "c", accelerators);
        sites.add(b);
        sites.add(a);
        assertEquals(List.of(b, a), List.copyOf(sites.all()));
        assertSame(a, sites.get("a"));
        assertNull(sites.get("z"));
    }

    @Test
    void theClockReadsTheSimulationAndEndsBeforeItsEndHour() {
        Simulation sim = new Simulation();
        Clock clock = new Clock(sim, CALENDAR, 48);
        sim.scheduleAt(30.5, s -> { });
        sim.runUntil(40);
        assertEquals(sim.now(), clock.now());
        assertTrue(clock.now() > 0);
        assertTrue(clock.before(47.9));
        assertFalse(clock.before(48), "the end hour is past the run");
    }
}
