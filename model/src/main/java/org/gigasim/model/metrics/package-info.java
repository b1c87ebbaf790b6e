/**
 * Metrics: the named, unit-carrying quantities a run records, as sampled series per
 * combination of dimensions, and how each reduces to a yearly headline figure.
 */
package org.gigasim.model.metrics;
