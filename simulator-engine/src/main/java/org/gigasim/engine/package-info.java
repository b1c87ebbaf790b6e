/**
 * The simulation kernel: a clock, our own event queue, and typed actions with observation
 * built in. It knows nothing of accelerators, clouds or money.
 */
package org.gigasim.engine;
