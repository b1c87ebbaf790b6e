/**
 * Money at the sample and quarter boundaries: every contract's revenue settled up to the
 * sample time, and at each cloud's fiscal quarter end the settlement decision point, where
 * clauses such as take-or-pay charge what the quarter owes.
 */
package org.gigasim.model.world.settlement;
