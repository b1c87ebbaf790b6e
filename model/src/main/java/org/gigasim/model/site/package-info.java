/**
 * Data-center sites: facility power online over time, chips delivered and installed where
 * power allows, stranded chips and stranded power, and outages.
 */
package org.gigasim.model.site;
