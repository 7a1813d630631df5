package io.augtune.imaging;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A folder loaded at the working resolution: the usable images in listing order, and every file that was left
 * out with its reason. All rasters have the same size and channel count.
 */
public record FolderScan(Path root, List<LoadedImage> images, List<SkippedImage> skipped) {

    public FolderScan {
        Objects.requireNonNull(root, "root");
        images = List.copyOf(images);
        skipped = List.copyOf(skipped);
    }
}
