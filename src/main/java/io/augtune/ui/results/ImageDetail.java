package io.augtune.ui.results;

import io.augtune.imaging.Raster;

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
     * An anomaly map in map units on the project's fixed scale, row-major.
     *
     * @param values    {@code width * height} values
     * @param floor     the map value drawn darkest (typical normal texture)
     * @param threshold the map value placed mid-scale (the pixel threshold), so colours mean the same everywhere
     */
    public record Heatmap(double[] values, int width, int height, double floor, double threshold) {
        public Heatmap {
            if (values.length != (long) width * height) {
                throw new IllegalArgumentException("map has " + values.length + " values, not " + width + "x" + height);
            }
        }
    }

    /** The normal image closest to the selected one, for comparison. */
    public record NearestNormal(String relativePath, Raster image) {
    }
}
