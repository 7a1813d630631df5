package io.augtune.ui.results;

import io.augtune.imaging.Raster;
import io.augtune.scoring.ColourMap;
import io.augtune.scoring.HeatmapColouring;
import io.augtune.scoring.HeatmapScale;

import java.util.Objects;

/**
 * What the detail pane shows for the selected image.
 *
 * @param relativePath the image, '/' separators
 * @param image        the image scaled for display (aspect kept)
 * @param heatmap      its anomaly map, or null when the project has none
 * @param nearest      the most similar normal image, or null when not available
 * @param note         why a heatmap or nearest image is missing (naming the file or folder and the reason), or ""
 */
public record ImageDetail(String relativePath, Raster image, Heatmap heatmap, NearestNormal nearest, String note) {
    public ImageDetail {
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(image, "image");
        note = note == null ? "" : note;
    }

    public ImageDetail(String relativePath, Raster image, Heatmap heatmap, NearestNormal nearest) {
        this(relativePath, image, heatmap, nearest, "");
    }

    public ImageDetail withNote(String newNote) {
        return new ImageDetail(relativePath, image, heatmap, nearest, newNote);
    }

    /**
     * An anomaly map in map units on the project's fixed scale, row-major, with its colours: they are computed when
     * the detail is loaded, on the background thread, so the FX thread only wraps them in an image.
     *
     * @param values    {@code width * height} values
     * @param floor     the map value drawn darkest (typical normal texture)
     * @param threshold the map value placed mid-scale (the pixel threshold), so colours mean the same everywhere
     * @param argb      {@code width * height} colours 0xAARRGGBB of the values on that scale, transparent at the floor
     */
    public record Heatmap(double[] values, int width, int height, double floor, double threshold, int[] argb) {
        public Heatmap {
            if (values.length != (long) width * height || argb.length != values.length) {
                throw new IllegalArgumentException("map has " + values.length + " values and " + argb.length
                        + " colours, not " + width + "x" + height);
            }
        }

        /** The map coloured on the scale from {@code floor} (darkest) to {@code threshold} (mid-ramp). */
        public static Heatmap of(double[] values, int width, int height, double floor, double threshold) {
            return new Heatmap(values, width, height, floor, threshold, colouring(floor, threshold).colourWithAlpha(values));
        }

        /** The colouring of every map of the model, also used for the legend. */
        public HeatmapColouring colouring() {
            return colouring(floor, threshold);
        }

        private static HeatmapColouring colouring(double floor, double threshold) {
            return new HeatmapColouring(new HeatmapScale(floor, threshold), ColourMap.inferno());
        }
    }

    /** The normal image closest to the selected one, for comparison. */
    public record NearestNormal(String relativePath, Raster image) {
    }
}
