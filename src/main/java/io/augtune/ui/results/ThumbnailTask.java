package io.augtune.ui.results;

import io.augtune.common.CancellationToken;
import io.augtune.imaging.DecodedImage;
import io.augtune.imaging.FolderListing;
import io.augtune.imaging.FolderLoader;
import io.augtune.imaging.ImageDecoder;
import io.augtune.imaging.ImageFile;
import io.augtune.imaging.ImageInfo;
import io.augtune.imaging.ImageVisitor;
import io.augtune.imaging.Raster;
import io.augtune.imaging.Thumbnails;
import io.augtune.ui.fx.Inbox;

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
        List<ImageFile> files = relativePaths.stream()
                .map(path -> new ImageFile(folder.resolve(path), path)).toList();
        FolderListing listing = new FolderListing(folder, files, List.of(), 0);
        return new FolderLoader(new ImageDecoder()).visit(listing, new ImageVisitor() {
            @Override
            public void usable(ImageInfo info, DecodedImage image) {
                inbox.offer(new Loaded(info.relativePath(), Thumbnails.fit(image.raster(), SIDE)));
            }
        }, token, (phase, fraction, detail) -> { });
    }
}
