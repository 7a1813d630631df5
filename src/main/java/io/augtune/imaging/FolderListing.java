package io.augtune.imaging;

import io.augtune.common.SkippedImage;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The result of listing a folder: the image files in stable order (sorted by relative path), the sub-folders
 * that could not be read and the image files whose name a project could not store (as skipped entries, so that
 * they are reported), and how many other files were
 * ignored because their extension is not an image extension.
 */
public record FolderListing(Path root, List<ImageFile> images, List<SkippedImage> unreadable, int ignoredFiles) {

    public FolderListing {
        Objects.requireNonNull(root, "root");
        images = List.copyOf(images);
        unreadable = List.copyOf(unreadable);
        if (ignoredFiles < 0) {
            throw new IllegalArgumentException("ignoredFiles must not be negative: " + ignoredFiles);
        }
    }
}
