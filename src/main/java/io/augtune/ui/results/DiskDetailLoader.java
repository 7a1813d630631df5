package io.augtune.ui.results;

import io.augtune.common.CancellationToken;
import io.augtune.project.ScoredImage;
import io.augtune.workflow.FolderImages;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads the selected image from its folder and scales it for display. Projects without anomaly maps or a nearest
 * normal image get neither; the pane says so.
 */
public final class DiskDetailLoader implements DetailLoader {
    /** Longest side of the displayed image in pixels. */
    public static final int DISPLAY_SIDE = 1600;

    private final Path folder;

    public DiskDetailLoader(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    @Override
    public ImageDetail load(ScoredImage image, CancellationToken token) throws Exception {
        token.checkpoint();
        return new ImageDetail(image.relativePath(),
                FolderImages.readFitted(folder.resolve(image.relativePath()), DISPLAY_SIDE), null, null,
                "No heatmap and no nearest normal image: there is no tuned model for these images yet.");
    }
}
