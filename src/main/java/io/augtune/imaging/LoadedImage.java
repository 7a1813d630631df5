package io.augtune.imaging;

import io.augtune.common.Raster;

import java.util.Objects;

/** A usable image as loaded for training: its description and its raster at the working resolution. */
public record LoadedImage(ImageInfo info, Raster raster) {

    public LoadedImage {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(raster, "raster");
    }
}
