/**
 * Contracts between labs and clouds: reserved chips over a ramped term, their value, and
 * the money recognised, forfeited and still in backlog.
 */
package org.gigasim.model.contract;
