/** Reusable JavaFX pieces: icons, raster-to-image conversion, charts helpers, the histogram and heatmap viewer. */
package io.augtune.ui.widgets;
