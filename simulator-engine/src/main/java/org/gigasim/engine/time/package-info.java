/**
 * Mapping between simulation time (hours since the scenario start, UTC) and dates,
 * calendar quarters and companies' fiscal quarters.
 */
package org.gigasim.engine.time;
