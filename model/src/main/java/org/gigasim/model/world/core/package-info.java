/**
 * What every part of a running world shares, as small typed objects: ids ↔ indices of labs,
 * clouds and accelerators, the sites and contracts so far, the money ledger, contract terms
 * and the replication's clock. Nothing here drives the world.
 */
package org.gigasim.model.world.core;
