/**
 * Labs: inference demand per traffic class, training jobs gang-scheduled on one cloud,
 * and efficiency per accelerator over time.
 */
package org.gigasim.model.lab;
