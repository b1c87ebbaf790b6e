/**
 * The classic hold model, which measures an event list the way simulation literature
 * does; shared by the JMH benchmarks and {@code gigasim bench}.
 */
package org.gigasim.engine.bench;
