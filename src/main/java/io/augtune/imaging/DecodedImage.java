package io.augtune.imaging;

import io.augtune.common.Raster;

import java.util.Objects;

/**
 * A decoded image at full resolution.
 *
 * @param raster         the pixels as floats in [0,1], 1 channel (gray) or 3 (RGB)
 * @param bitDepth       bits per stored sample (8, 16, ...; the index size for palette images)
 * @param sourceChannels bands stored in the file, alpha included (4 for RGBA, 1 for a palette)
 * @param format         the codec's name for the format ("png", "JPEG", "tiff", ...)
 * @param sourceColour   how the file stored colour: "gray", "RGBA", "palette", "CMYK", ...
 * @param fileBytes      size of the file in bytes
 * @param sha256         SHA-256 of exactly the bytes that were decoded, lower-case hex
 * @param stamp          the file's size, time and identity when it was read, to tell later if it changed
 */
public record DecodedImage(Raster raster, int bitDepth, int sourceChannels, String format, String sourceColour,
                           long fileBytes, String sha256, FileStamp stamp) {

    public DecodedImage {
        Objects.requireNonNull(raster, "raster");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sourceColour, "sourceColour");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(stamp, "stamp");
    }

    public int width() {
        return raster.width();
    }

    public int height() {
        return raster.height();
    }
}
