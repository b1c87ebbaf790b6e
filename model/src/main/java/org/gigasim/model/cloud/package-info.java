/**
 * Clouds: their sites, price lists, contracts and the allocation of installed chips to
 * contracts (holders first, the rest sold on demand), backlog and revenue.
 */
package org.gigasim.model.cloud;
