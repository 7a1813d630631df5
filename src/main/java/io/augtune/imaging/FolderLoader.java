package io.augtune.imaging;

import io.augtune.common.SkippedImage;

import io.augtune.common.Raster;

import io.augtune.common.CancellationToken;
import io.augtune.common.ProgressListener;
import io.augtune.common.UnusableInputException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Reads the images of a folder one at a time, so that memory holds at most one full-resolution image however large
 * the folder. Unusable files never stop the run: each is reported as a {@link SkippedImage} with its reason.
 */
public final class FolderLoader {
    /** The progress phase reported while images are read. */
    public static final String PHASE = "Reading images";
    private static final int REASONS_IN_MESSAGE = 3;

    private final ImageDecoder decoder;

    public FolderLoader(ImageDecoder decoder) {
        this.decoder = Objects.requireNonNull(decoder, "decoder");
    }

    /**
     * Decodes every image of the listing in order and hands each to the visitor at full resolution; unreadable
     * sub-folders and unusable files go to {@link ImageVisitor#skipped}. Checks the token before each file.
     *
     * @return the number of usable images
     */
    public int visit(FolderListing listing, ImageVisitor visitor, CancellationToken token, ProgressListener progress) {
        listing.unreadable().forEach(visitor::skipped);
        List<ImageFile> files = listing.images();
        int usable = 0;
        for (int i = 0; i < files.size(); i++) {
            token.checkpoint();
            ImageFile file = files.get(i);
            progress.progress(PHASE, (double) i / files.size(), file.relativePath());
            try {
                DecodedImage image = decoder.decode(file.path());
                visitor.usable(ImageInfo.of(file, image), image);
                usable++;
            } catch (ImageDecodeException e) {
                visitor.skipped(new SkippedImage(file.path(), file.relativePath(), e.reason()));
            }
        }
        progress.progress(PHASE, 1.0, "");
        return usable;
    }

    /**
     * Loads the listing at the working resolution {@code width x height} (aspect not kept), keeping only the small
     * rasters. Channels follow {@code mode}, so that every raster of the scan has the same shape.
     *
     * @throws UnusableInputException if the listing has no image files, or none of them is usable
     */
    public FolderScan loadAtResolution(FolderListing listing, int width, int height, ChannelMode mode,
                                       CancellationToken token, ProgressListener progress)
            throws UnusableInputException {
        requireImageFiles(listing);
        List<LoadedImage> images = new ArrayList<>();
        List<SkippedImage> skipped = new ArrayList<>();
        visit(listing, new ImageVisitor() {
            @Override
            public void usable(ImageInfo info, DecodedImage image) {
                Raster small = Resizer.resize(image.raster(), width, height);
                images.add(new LoadedImage(info, mode == ChannelMode.AUTO ? small : convert(small, mode)));
            }

            @Override
            public void skipped(SkippedImage file) {
                skipped.add(file);
            }
        }, token, progress);
        requireUsable(listing.root(), images.size(), skipped);
        return new FolderScan(listing.root(), mode == ChannelMode.AUTO ? harmonise(images) : images, skipped);
    }

    /** Throws when a listing holds no image file at all, saying what was found instead. */
    public static void requireImageFiles(FolderListing listing) throws UnusableInputException {
        if (!listing.images().isEmpty()) {
            return;
        }
        List<String> found = new ArrayList<>();
        if (listing.ignoredFiles() > 0) {
            found.add(otherFiles(listing.ignoredFiles()) + " ignored");
        }
        listing.unreadable().stream().limit(REASONS_IN_MESSAGE).map(SkippedImage::toString).forEach(found::add);
        throw new UnusableInputException("no image files (" + String.join(", ", sortedExtensions())
                + ") in folder " + listing.root() + (found.isEmpty() ? "" : " (" + String.join("; ", found) + ")"));
    }

    /** Throws when no image of a folder is usable, naming the first few reasons. */
    public static void requireUsable(Path root, int usable, List<SkippedImage> skipped) throws UnusableInputException {
        if (usable > 0) {
            return;
        }
        String reasons = skipped.stream().limit(REASONS_IN_MESSAGE).map(SkippedImage::toString)
                .collect(Collectors.joining("; "));
        String more = skipped.size() > REASONS_IN_MESSAGE ? "; ..." : "";
        throw new UnusableInputException("no usable images in folder " + root + ": all " + skipped.size()
                + " skipped (" + reasons + more + ")");
    }

    private static Raster convert(Raster raster, ChannelMode mode) {
        return mode == ChannelMode.GRAY ? ChannelConversion.toGray(raster) : ChannelConversion.toRgb(raster);
    }

    /** In a folder that mixes gray and RGB, replicates the gray images so that every raster has 3 channels. */
    private static List<LoadedImage> harmonise(List<LoadedImage> images) {
        int channels = images.stream().anyMatch(image -> image.raster().channels() == 3) ? 3 : 1;
        return images.stream()
                .map(image -> new LoadedImage(image.info(), ChannelConversion.toChannels(image.raster(), channels)))
                .toList();
    }

    /** "1 other file", "3 other files". */
    public static String otherFiles(int count) {
        return count + (count == 1 ? " other file" : " other files");
    }

    private static List<String> sortedExtensions() {
        return ImageFolder.EXTENSIONS.stream().sorted().toList();
    }
}
