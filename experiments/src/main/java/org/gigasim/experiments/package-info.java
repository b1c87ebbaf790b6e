/**
 * Experiments: where replications run (an executor behind one interface), results handed on
 * in replication order, the precision loop, and the run, compare and sweep orchestration the
 * commands call.
 */
package org.gigasim.experiments;
