package io.augtune.ui.results;

import io.augtune.common.Raster;
import io.augtune.workflow.Heatmap;

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

    /** The normal image closest to the selected one, for comparison. */
    public record NearestNormal(String relativePath, Raster image) {
    }
}
