/**
 * Charts (PNG and SVG, drawn with JFreeChart and JFreeSVG) and the self-contained HTML report,
 * rendered from a run's output files only, so an output folder can be re-rendered without re-running.
 */
package org.gigasim.charts;
