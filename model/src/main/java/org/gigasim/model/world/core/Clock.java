package org.gigasim.model.world.core;

import org.gigasim.engine.Simulation;
import org.gigasim.engine.time.SimCalendar;

/**
 * A replication's time: the simulation that schedules its events, the calendar that maps
 * hours to dates, and the end of the run (hours, exclusive: the midnight after the
 * scenario's last day).
 */
public record Clock(Simulation sim, SimCalendar calendar, double endHours) {

    /** The current time, hours since the scenario start. */
    public double now() {
        return sim.now();
    }

    /** Whether {@code t} falls before the end of the run, so an event then would still run. */
    public boolean before(double t) {
        return t < endHours;
    }
}
