package io.augtune.ui.results;

import io.augtune.common.CancellationToken;
import io.augtune.common.Raster;
import io.augtune.ui.fx.Inbox;
import io.augtune.workflow.FolderImages;

import java.nio.file.Path;
import java.util.List;

/** Reads the ranked images in rank order and posts a small thumbnail of each to an inbox. */
final class ThumbnailTask {
    static final int SIDE = 44;

    /** A thumbnail that arrived. */
    record Loaded(String relativePath, Raster thumbnail) {
    }

    private final Path folder;
    private final List<String> relativePaths;
    private final Inbox<Loaded> inbox;

    ThumbnailTask(Path folder, List<String> relativePaths, Inbox<Loaded> inbox) {
        this.folder = folder;
        this.relativePaths = List.copyOf(relativePaths);
        this.inbox = inbox;
    }

    Integer run(CancellationToken token) {
        return FolderImages.named(folder, relativePaths).read((facts, pixels) ->
                inbox.offer(new Loaded(facts.relativePath(), FolderImages.thumbnail(pixels, SIDE))),
                token, (phase, fraction, detail) -> { });
    }
}
