/**
 * The output format: aggregating replications into yearly headline figures and time-series
 * means with confidence intervals, every output file's name and columns, and writing them
 * (with jobs, contracts and the decision trace) into a folder that appears only once complete.
 */
package org.gigasim.results;
