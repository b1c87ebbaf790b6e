/**
 * Named, independently seeded random streams and the distributions sampled from them, all
 * backed by Apache Commons RNG and Commons Statistics.
 */
package org.gigasim.engine.random;
