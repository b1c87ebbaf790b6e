/**
 * Immutable, validated descriptions of a scenario's world, as a scenario file states them.
 * Specs never change during a run; the model builds its mutable state from them.
 */
package org.gigasim.model.spec;
