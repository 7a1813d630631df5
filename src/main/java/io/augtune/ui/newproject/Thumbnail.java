package io.augtune.ui.newproject;

import io.augtune.common.Raster;

import java.util.Objects;

/**
 * One usable image of a folder as the preview shows it.
 *
 * @param relativePath path inside the folder, '/' separators
 * @param preview      small raster, longest side {@link FolderPreviewModel#THUMBNAIL_SIDE} at most
 * @param width        full-resolution width in pixels
 * @param height       full-resolution height in pixels
 * @param bitDepth     stored bits per sample
 */
public record Thumbnail(String relativePath, Raster preview, int width, int height, int bitDepth) {
    public Thumbnail {
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(preview, "preview");
    }
}
