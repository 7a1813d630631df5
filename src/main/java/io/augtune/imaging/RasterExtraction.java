package io.augtune.imaging;

import io.augtune.common.Raster;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;

/**
 * Turns a decoded {@link BufferedImage} into a float {@link Raster} by its true bit depth: raw samples are read
 * with the sample model's bit size and divided by {@code 2^bits - 1}, so 16-bit data keeps all 16 bits.
 *
 * <p>Alpha is dropped, not composited: the colour samples are kept exactly as recorded, because inspection images
 * carry an alpha band only as an export artefact and compositing would alter the measured intensities. Palette
 * images are expanded through their palette (to gray when every entry is gray). Colour spaces other than gray and
 * RGB (CMYK TIFF, for instance) are converted to 16-bit sRGB first.
 */
final class RasterExtraction {

    private RasterExtraction() {
    }

    static Raster toRaster(BufferedImage image) {
        ColorModel model = image.getColorModel();
        if (model instanceof IndexColorModel palette) {
            return fromPalette(image.getRaster(), palette);
        }
        int space = model.getColorSpace().getType();
        if (space == ColorSpace.TYPE_GRAY) {
            return fromSamples(image.getRaster(), model, 1);
        }
        if (space == ColorSpace.TYPE_RGB && model.getNumColorComponents() == 3) {
            return fromSamples(image.getRaster(), model, 3);
        }
        BufferedImage srgb = toSixteenBitSrgb(image);
        return fromSamples(srgb.getRaster(), srgb.getColorModel(), 3);
    }

    /** Bits per stored colour sample: the widest colour band, or the index size of a palette. */
    static int bitDepth(ColorModel model) {
        if (model instanceof IndexColorModel) {
            return model.getPixelSize();
        }
        int bits = 0;
        for (int band = 0; band < model.getNumColorComponents(); band++) {
            bits = Math.max(bits, model.getComponentSize(band));
        }
        return bits;
    }

    /** A short name of how the colour is stored: gray, gray+alpha, RGB, RGBA, palette, CMYK, ... */
    static String describeColour(ColorModel model) {
        if (model instanceof IndexColorModel) {
            return model.hasAlpha() ? "palette+alpha" : "palette";
        }
        String alpha = model.hasAlpha() ? "A" : "";
        return switch (model.getColorSpace().getType()) {
            case ColorSpace.TYPE_GRAY -> model.hasAlpha() ? "gray+alpha" : "gray";
            case ColorSpace.TYPE_RGB -> "RGB" + alpha;
            case ColorSpace.TYPE_CMYK -> "CMYK";
            case ColorSpace.TYPE_YCbCr -> "YCbCr";
            case ColorSpace.TYPE_Lab -> "Lab";
            default -> model.getNumColorComponents() + "-component colour";
        };
    }

    private static Raster fromSamples(WritableRaster source, ColorModel model, int channels) {
        int width = source.getWidth();
        int height = source.getHeight();
        float[] data = new float[channels * width * height];
        boolean floating = source.getDataBuffer().getDataType() == DataBuffer.TYPE_FLOAT
                || source.getDataBuffer().getDataType() == DataBuffer.TYPE_DOUBLE;
        for (int band = 0; band < channels; band++) {
            int offset = band * width * height;
            if (floating) {
                copyFloatBand(source, band, data, offset);
            } else {
                copyIntegerBand(source, model.getComponentSize(band), band, data, offset);
            }
        }
        return new Raster(width, height, channels, data);
    }

    /**
     * Divides by the largest value of the colour model's component size (which equals the sample model's bit size
     * for every common codec, and is the authority when, say, 12-bit data sits in 16-bit samples).
     */
    private static void copyIntegerBand(WritableRaster source, int bits, int band, float[] data, int offset) {
        int width = source.getWidth();
        long mask = (1L << source.getSampleModel().getSampleSize(band)) - 1;
        double scale = 1.0 / ((1L << bits) - 1);
        int[] row = new int[width];
        for (int y = 0; y < source.getHeight(); y++) {
            source.getSamples(0, y, width, 1, band, row);
            for (int x = 0; x < width; x++) {
                data[offset + y * width + x] = (float) Math.min(1.0, (row[x] & mask) * scale);
            }
        }
    }

    /** Floating-point samples are taken as already normalised; they are clamped to [0,1] and NaN becomes 0. */
    private static void copyFloatBand(WritableRaster source, int band, float[] data, int offset) {
        int width = source.getWidth();
        float[] row = new float[width];
        for (int y = 0; y < source.getHeight(); y++) {
            source.getSamples(0, y, width, 1, band, row);
            for (int x = 0; x < width; x++) {
                float value = row[x];
                data[offset + y * width + x] = value >= 0f ? Math.min(value, 1f) : 0f;
            }
        }
    }

    private static Raster fromPalette(WritableRaster source, IndexColorModel palette) {
        int size = palette.getMapSize();
        float[][] entries = new float[3][size];
        boolean gray = true;
        for (int i = 0; i < size; i++) {
            entries[0][i] = palette.getRed(i) / 255f;
            entries[1][i] = palette.getGreen(i) / 255f;
            entries[2][i] = palette.getBlue(i) / 255f;
            gray &= palette.getRed(i) == palette.getGreen(i) && palette.getGreen(i) == palette.getBlue(i);
        }
        int channels = gray ? 1 : 3;
        int width = source.getWidth();
        int plane = width * source.getHeight();
        float[] data = new float[channels * plane];
        int[] row = new int[width];
        for (int y = 0; y < source.getHeight(); y++) {
            source.getSamples(0, y, width, 1, 0, row);
            for (int x = 0; x < width; x++) {
                // An index past the palette's end is malformed data; the last entry stands in for it.
                int index = Math.min(row[x], size - 1);
                for (int c = 0; c < channels; c++) {
                    data[c * plane + y * width + x] = entries[c][index];
                }
            }
        }
        return new Raster(width, source.getHeight(), channels, data);
    }

    private static BufferedImage toSixteenBitSrgb(BufferedImage image) {
        ColorModel target = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB),
                new int[] {16, 16, 16}, false, false, Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
        BufferedImage converted = new BufferedImage(target,
                target.createCompatibleWritableRaster(image.getWidth(), image.getHeight()), false, null);
        new ColorConvertOp(null).filter(image, converted);
        return converted;
    }
}
