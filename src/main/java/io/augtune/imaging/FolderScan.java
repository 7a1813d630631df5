package io.augtune.imaging;

import io.augtune.common.SkippedImage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

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

    /**
     * The images whose file was deleted, replaced or rewritten since it was read (by its {@link FileStamp}), each
     * with the reason; found without reading any file again.
     */
    public List<SkippedImage> changedSinceRead() {
        List<SkippedImage> changed = new ArrayList<>();
        for (LoadedImage image : images) {
            ImageInfo info = image.info();
            String reason = info.stamp().changeSince(info.path());
            if (reason != null) {
                changed.add(new SkippedImage(info.path(), info.relativePath(), reason));
            }
        }
        return changed;
    }

    /** This scan with the images named in {@code more} moved to the skipped files. */
    public FolderScan skipping(List<SkippedImage> more) {
        if (more.isEmpty()) {
            return this;
        }
        Set<String> names = more.stream().map(SkippedImage::relativePath).collect(Collectors.toSet());
        List<SkippedImage> allSkipped = new ArrayList<>(skipped);
        allSkipped.addAll(more);
        return new FolderScan(root, images.stream().filter(i -> !names.contains(i.info().relativePath())).toList(),
                allSkipped);
    }
}
