package io.augtune.imaging;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What is known about one usable image without keeping its pixels: where it is, its full-resolution size, the
 * channels of its decoded raster (1 or 3), its stored bit depth, format, stored colour layout and file size, the
 * SHA-256 of the bytes that were decoded and the file's stamp when they were read.
 */
public record ImageInfo(Path path, String relativePath, int width, int height, int channels, int bitDepth,
                        long fileBytes, String format, String sourceColour, String sha256, FileStamp stamp) {

    public ImageInfo {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sourceColour, "sourceColour");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(stamp, "stamp");
    }

    /** The description of a decoded file. */
    public static ImageInfo of(ImageFile file, DecodedImage image) {
        return new ImageInfo(file.path(), file.relativePath(), image.width(), image.height(),
                image.raster().channels(), image.bitDepth(), image.fileBytes(), image.format(), image.sourceColour(),
                image.sha256(), image.stamp());
    }
}
