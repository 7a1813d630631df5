/**
 * Reusable JavaFX pieces: icons, raster-to-image conversion, charts helpers, the histogram and heatmap viewer; the
 * words shown for setting values.
 */
package io.augtune.ui.widgets;
