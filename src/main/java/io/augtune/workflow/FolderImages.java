package io.augtune.workflow;

import io.augtune.common.CancellationToken;
import io.augtune.common.ProgressListener;
import io.augtune.common.UnusableInputException;
import io.augtune.imaging.DecodedImage;
import io.augtune.imaging.FolderListing;
import io.augtune.imaging.FolderLoader;
import io.augtune.imaging.ImageDecoder;
import io.augtune.imaging.ImageFile;
import io.augtune.imaging.ImageFolder;
import io.augtune.imaging.ImageInfo;
import io.augtune.imaging.ImageLimits;
import io.augtune.imaging.ImageVisitor;
import io.augtune.common.Raster;
import io.augtune.common.SkippedImage;
import io.augtune.imaging.Thumbnails;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The "look at a folder's images" use case: list a folder, then read its images one at a time at full resolution,
 * for a preview, thumbnails or a listing of what each file is. Unusable files are reported with their reason and
 * never stop the reading; memory holds one full-resolution image at a time however large the folder.
 */
public final class FolderImages {
    /** Images above this many pixels are refused unless the caller says otherwise. */
    public static final long DEFAULT_MAX_PIXELS = ImageLimits.DEFAULT_MAX_PIXELS;
    /** The most pixels one image may have at all. */
    public static final long MAX_PIXELS = ImageLimits.MAX_PIXELS;

    /**
     * What is known of one usable image without its pixels.
     *
     * @param relativePath '/' separators, relative to the folder
     * @param channels     of the decoded pixels: 1 (gray) or 3 (RGB)
     * @param bitDepth     bits per stored sample
     * @param format       the codec's name for the format ("png", "JPEG", ...)
     * @param sourceColour how the file stored colour ("gray", "RGBA", "palette", ...)
     */
    public record Facts(String relativePath, int width, int height, int channels, int bitDepth, String format,
                        String sourceColour) {
    }

    /** Receives the images in listing order. */
    public interface Visitor {
        /** A usable image; its full-resolution pixels are valid only during the call: keep what is needed. */
        void usable(Facts facts, Raster pixels);

        /** A file that cannot be used; the default ignores it. */
        default void skipped(SkippedImage file) {
        }
    }

    private final FolderListing listing;

    private FolderImages(FolderListing listing) {
        this.listing = listing;
    }

    /** The image files of a folder (and its sub-folders if {@code recursive}), sorted by relative path. */
    public static FolderImages list(Path folder, boolean recursive) throws UnusableInputException {
        return new FolderImages(ImageFolder.list(folder, recursive));
    }

    /** The named files of a folder, in the given order, without listing it. */
    public static FolderImages named(Path folder, List<String> relativePaths) {
        List<ImageFile> files = relativePaths.stream().map(path -> new ImageFile(folder.resolve(path), path)).toList();
        return new FolderImages(new FolderListing(folder, files, List.of(), 0));
    }

    public Path root() {
        return listing.root();
    }

    /** How many image files will be read. */
    public int imageFiles() {
        return listing.images().size();
    }

    /** How many files were ignored because their extension is not an image extension. */
    public int ignoredFiles() {
        return listing.ignoredFiles();
    }

    /** The relative paths of every file that will be reported, usable or not. */
    public List<String> relativePaths() {
        return Stream.concat(listing.images().stream().map(ImageFile::relativePath),
                listing.unreadable().stream().map(SkippedImage::relativePath)).toList();
    }

    /** Throws when the folder holds no image file at all, saying what was found instead. */
    public void requireImageFiles() throws UnusableInputException {
        FolderLoader.requireImageFiles(listing);
    }

    /** Throws when no image was usable, naming the first few reasons. */
    public void requireUsable(int usable, List<SkippedImage> skipped) throws UnusableInputException {
        FolderLoader.requireUsable(listing.root(), usable, skipped);
    }

    /** Reads every image with the default pixel limit; returns the number of usable images. */
    public int read(Visitor visitor, CancellationToken token, ProgressListener progress) {
        return read(DEFAULT_MAX_PIXELS, visitor, token, progress);
    }

    /** Reads every image, refusing those above {@code maxPixels}; returns the number of usable images. */
    public int read(long maxPixels, Visitor visitor, CancellationToken token, ProgressListener progress) {
        Objects.requireNonNull(visitor, "visitor");
        ImageDecoder decoder = new ImageDecoder(ImageLimits.DEFAULT.withMaxPixels(maxPixels));
        return new FolderLoader(decoder).visit(listing, new ImageVisitor() {
            @Override
            public void usable(ImageInfo info, DecodedImage image) {
                visitor.usable(new Facts(info.relativePath(), info.width(), info.height(), info.channels(),
                        info.bitDepth(), info.format(), info.sourceColour()), image.raster());
            }

            @Override
            public void skipped(SkippedImage file) {
                visitor.skipped(file);
            }
        }, token, progress);
    }

    /** One image file scaled down so that its longest side is at most {@code longestSide} (aspect kept). */
    public static Raster readFitted(Path file, int longestSide) throws UnusableInputException {
        return thumbnail(new ImageDecoder().decode(file).raster(), longestSide);
    }

    /** The pixels scaled down so that the longest side is at most {@code longestSide} (aspect kept), never up. */
    public static Raster thumbnail(Raster pixels, int longestSide) {
        return Thumbnails.fit(pixels, longestSide);
    }

    /** "1 other file", "3 other files". */
    public static String otherFiles(int count) {
        return FolderLoader.otherFiles(count);
    }
}
