/**
 * Experiments: replications run in parallel and handed on in replication order, batches
 * that stop at a requested precision, and the points of a parameter sweep.
 */
package org.gigasim.scenarios.experiment;
