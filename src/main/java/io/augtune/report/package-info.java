/**
 * Layer 3: report exports (CSV). No JavaFX, no DJL.
 */
package io.augtune.report;
