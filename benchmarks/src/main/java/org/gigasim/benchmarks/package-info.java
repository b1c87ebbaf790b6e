/**
 * JMH benchmarks: the hold model on gigasim's engine and on reference event lists
 * (a bare primitive d-ary heap and {@link java.util.PriorityQueue}).
 */
package org.gigasim.benchmarks;
