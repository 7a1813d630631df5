package io.augtune.imaging;

import io.augtune.common.Raster;

import io.augtune.common.AtomicFiles;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Writes rasters as PNG: 8-bit or 16-bit gray, 8-bit RGB. Values are clamped to [0,1] and rounded to the nearest
 * level. The file is written next to its target and moved into place, so a failed write never leaves half a file.
 */
public final class PngWriter {

    private PngWriter() {
    }

    /** 8 bits per sample, gray or RGB as the raster has 1 or 3 channels. */
    public static void write(Raster raster, Path file) throws IOException {
        if (raster.channels() == 1) {
            writeGray8(raster, file);
        } else {
            writeRgb8(raster, file);
        }
    }

    /** An 8-bit gray PNG of a 1-channel raster. */
    public static void writeGray8(Raster raster, Path file) throws IOException {
        requireChannels(raster, 1);
        writeImage(toImage(raster, BufferedImage.TYPE_BYTE_GRAY, 255), file);
    }

    /** A 16-bit gray PNG of a 1-channel raster. */
    public static void writeGray16(Raster raster, Path file) throws IOException {
        requireChannels(raster, 1);
        writeImage(toImage(raster, BufferedImage.TYPE_USHORT_GRAY, 65535), file);
    }

    /** An 8-bit RGB PNG of a 3-channel raster. */
    public static void writeRgb8(Raster raster, Path file) throws IOException {
        requireChannels(raster, 3);
        writeImage(toImage(raster, BufferedImage.TYPE_3BYTE_BGR, 255), file);
    }

    private static BufferedImage toImage(Raster raster, int type, int maxLevel) {
        BufferedImage image = new BufferedImage(raster.width(), raster.height(), type);
        WritableRaster target = image.getRaster();
        int width = raster.width();
        int[] row = new int[width];
        for (int c = 0; c < raster.channels(); c++) {
            for (int y = 0; y < raster.height(); y++) {
                for (int x = 0; x < width; x++) {
                    row[x] = toLevel(raster.get(c, y, x), maxLevel);
                }
                target.setSamples(0, y, width, 1, c, row);
            }
        }
        return image;
    }

    static int toLevel(float value, int maxLevel) {
        float clamped = value >= 0f ? Math.min(value, 1f) : 0f; // NaN fails ">= 0" and becomes 0
        return Math.round(clamped * maxLevel);
    }

    private static void writeImage(BufferedImage image, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }

    private static void requireChannels(Raster raster, int channels) {
        if (raster.channels() != channels) {
            throw new IllegalArgumentException("expected " + channels + " channel(s), got " + raster.channels());
        }
    }
}
