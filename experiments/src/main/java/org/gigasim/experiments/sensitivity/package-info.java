/**
 * Global sensitivity analysis, independent of any model: factors and sample designs
 * (Saltelli, Morris, Latin hypercube), the estimators that turn a design's outputs into
 * Sobol' indices, elementary effects or an output distribution, and their files.
 */
package org.gigasim.experiments.sensitivity;
