/**
 * gigasim's experiments on Apache Spark: replications run as Spark tasks of consecutive
 * replication indices, and the driver merges their partial results in index order, so the
 * outputs are byte-identical to {@code gigasim run}.
 */
package org.gigasim.spark;
