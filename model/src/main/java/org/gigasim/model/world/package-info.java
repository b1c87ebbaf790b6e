/**
 * One replication of a scenario: the world built from its specs, driven by the engine
 * through routing steps, training jobs, procurement, outages, settlement and events.
 */
package org.gigasim.model.world;
