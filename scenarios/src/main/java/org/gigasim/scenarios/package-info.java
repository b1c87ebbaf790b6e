/**
 * Scenario files: loading YAML or JSON into the model's spec records, checking the
 * references between them, and the catalog of scenarios shipped with gigasim.
 */
package org.gigasim.scenarios;
