package io.augtune.ui.newproject;

import io.augtune.common.CancellationToken;
import io.augtune.imaging.DecodedImage;
import io.augtune.imaging.FolderListing;
import io.augtune.imaging.FolderLoader;
import io.augtune.imaging.ImageDecoder;
import io.augtune.imaging.ImageFolder;
import io.augtune.imaging.ImageInfo;
import io.augtune.imaging.ImageVisitor;
import io.augtune.imaging.SkippedImage;
import io.augtune.imaging.Thumbnails;
import io.augtune.ui.fx.Inbox;

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
        FolderListing listing = ImageFolder.list(folder, recursive);
        inbox.offer(new Listed(listing.images().size(), listing.ignoredFiles()));
        FolderLoader loader = new FolderLoader(new ImageDecoder());
        return loader.visit(listing, new ImageVisitor() {
            @Override
            public void usable(ImageInfo info, DecodedImage image) {
                Thumbnail thumbnail = new Thumbnail(info.relativePath(),
                        Thumbnails.fit(image.raster(), FolderPreviewModel.THUMBNAIL_SIDE), info.width(),
                        info.height(), info.bitDepth());
                inbox.offer(new Usable(thumbnail));
            }

            @Override
            public void skipped(SkippedImage file) {
                inbox.offer(new Skipped(file));
            }
        }, token, (phase, fraction, detail) -> inbox.offer(new Progress(fraction, detail)));
    }
}
