/**
 * Run outputs: aggregating replications into yearly headline figures and time-series
 * means with confidence intervals, and writing them (with jobs, contracts and the decision
 * trace) into a directory that appears only once complete.
 */
package org.gigasim.scenarios.output;
