package io.augtune.ui.newproject;

import io.augtune.common.CancellationToken;
import io.augtune.common.Raster;
import io.augtune.common.SkippedImage;
import io.augtune.ui.fx.Inbox;
import io.augtune.workflow.FolderImages;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The background part of a folder preview: lists the folder, decodes each image once, keeps only a thumbnail and
 * posts thumbnails, skipped files and progress to an {@link Inbox} as it goes.
 */
final class FolderScanTask {
    /** What the scan reports, in order. */
    sealed interface Update permits Listed, Progress, Usable, Skipped {
    }

    /** The folder was listed: how many image files will be read, how many other files were ignored. */
    record Listed(int imageFiles, int ignoredFiles) implements Update {
    }

    record Progress(double fraction, String detail) implements Update {
    }

    record Usable(Thumbnail thumbnail) implements Update {
    }

    record Skipped(SkippedImage file) implements Update {
    }

    private final Path folder;
    private final boolean recursive;
    private final Inbox<Update> inbox;

    FolderScanTask(Path folder, boolean recursive, Inbox<Update> inbox) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.recursive = recursive;
        this.inbox = Objects.requireNonNull(inbox, "inbox");
    }

    /** Reads the folder; returns the number of usable images. Throws when the folder cannot be listed. */
    int run(CancellationToken token) throws Exception {
        FolderImages images = FolderImages.list(folder, recursive);
        inbox.offer(new Listed(images.imageFiles(), images.ignoredFiles()));
        return images.read(new FolderImages.Visitor() {
            @Override
            public void usable(FolderImages.Facts facts, Raster pixels) {
                Thumbnail thumbnail = new Thumbnail(facts.relativePath(),
                        FolderImages.thumbnail(pixels, FolderPreviewModel.THUMBNAIL_SIDE), facts.width(),
                        facts.height(), facts.bitDepth());
                inbox.offer(new Usable(thumbnail));
            }

            @Override
            public void skipped(SkippedImage file) {
                inbox.offer(new Skipped(file));
            }
        }, token, (phase, fraction, detail) -> inbox.offer(new Progress(fraction, detail)));
    }
}
