package io.augtune.imaging;

import com.twelvemonkeys.imageio.color.ColorSpaces;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.IntBinaryOperator;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Writes small synthetic image files of every kind the decoder must handle, for tests. */
public final class TestImages {

    private TestImages() {
    }

    /** An 8-bit gray image whose sample at (x, y) is {@code value.applyAsInt(x, y)}, written in {@code format}. */
    public static Path gray8(Path file, String format, int width, int height, IntBinaryOperator value) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        fill(image.getRaster(), 0, value);
        return write(image, format, file);
    }

    /** A 16-bit gray image (PNG or TIFF). */
    public static Path gray16(Path file, String format, int width, int height, IntBinaryOperator value) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_USHORT_GRAY);
        fill(image.getRaster(), 0, value);
        return write(image, format, file);
    }

    /** An 8-bit RGB image of one colour. */
    public static Path rgb8(Path file, String format, int width, int height, int red, int green, int blue) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        fill(image.getRaster(), 0, (x, y) -> red);
        fill(image.getRaster(), 1, (x, y) -> green);
        fill(image.getRaster(), 2, (x, y) -> blue);
        return write(image, format, file);
    }

    /** An 8-bit RGBA PNG of one colour and one alpha. */
    public static Path rgba8(Path file, int width, int height, int[] rgba) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_4BYTE_ABGR);
        for (int band = 0; band < 4; band++) {
            int sample = rgba[band];
            fill(image.getRaster(), band, (x, y) -> sample);
        }
        return write(image, "png", file);
    }

    /** An indexed image: left half palette entry 0, right half entry 1. */
    public static Path palette(Path file, String format, int width, int height, int[] rgb0, int[] rgb1) {
        byte[] reds = {(byte) rgb0[0], (byte) rgb1[0]};
        byte[] greens = {(byte) rgb0[1], (byte) rgb1[1]};
        byte[] blues = {(byte) rgb0[2], (byte) rgb1[2]};
        IndexColorModel model = new IndexColorModel(8, 2, reds, greens, blues);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED, model);
        fill(image.getRaster(), 0, (x, y) -> x < width / 2 ? 0 : 1);
        return write(image, format, file);
    }

    /** A 1-bit black-and-white PNG, which the PNG reader hands back through a gray palette. */
    public static Path binary(Path file, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        fill(image.getRaster(), 0, (x, y) -> (x + y) % 2);
        return write(image, "png", file);
    }

    /** A CMYK TIFF of one ink combination (samples 0-255 per ink). */
    public static Path cmykTiff(Path file, int width, int height, int[] cmyk) {
        ColorSpace space = ColorSpaces.getColorSpace(ColorSpaces.CS_GENERIC_CMYK);
        ColorModel model = new ComponentColorModel(space, false, false, Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
        WritableRaster raster = model.createCompatibleWritableRaster(width, height);
        for (int band = 0; band < 4; band++) {
            int sample = cmyk[band];
            fill(raster, band, (x, y) -> sample);
        }
        return write(new BufferedImage(model, raster, false, null), "tiff", file);
    }

    /**
     * A CMYK JPEG as Photoshop writes them: four components with an Adobe APP14 marker (transform 0), samples stored
     * inverted. {@code cmyk} are ink amounts 0-255.
     */
    public static Path cmykJpeg(Path file, int width, int height, int[] cmyk) {
        WritableRaster raster = WritableRaster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 4, null);
        for (int band = 0; band < 4; band++) {
            int stored = 255 - cmyk[band];
            fill(raster, band, (x, y) -> stored);
        }
        byte[] jpeg = encodeRasterAsJpeg(raster);
        byte[] app14 = {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        out.write(app14, 0, app14.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return bytes(file, out.toByteArray());
    }

    /** A PNG made of the signature and an IHDR chunk (with a correct CRC) claiming any size, and no pixel data. */
    public static Path pngHeaderOnly(Path file, int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(4 + 13);
        ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0); // 8-bit gray, no interlace
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        ByteBuffer png = ByteBuffer.allocate(8 + 4 + ihdr.capacity() + 4);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})
                .putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
        return bytes(file, png.array());
    }

    /** A copy of {@code source} cut to the given fraction of its bytes. */
    public static Path truncated(Path source, Path file, double fraction) {
        try {
            byte[] all = Files.readAllBytes(source);
            return bytes(file, Arrays.copyOf(all, (int) (all.length * fraction)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path text(Path file, String content) {
        return bytes(file, content.getBytes(StandardCharsets.UTF_8));
    }

    public static Path bytes(Path file, byte[] content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] encodeRasterAsJpeg(WritableRaster raster) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(raster, null, null), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static void fill(WritableRaster raster, int band, IntBinaryOperator value) {
        for (int y = 0; y < raster.getHeight(); y++) {
            for (int x = 0; x < raster.getWidth(); x++) {
                raster.setSample(x, y, band, value.applyAsInt(x, y));
            }
        }
    }

    private static Path write(BufferedImage image, String format, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (!ImageIO.write(image, format, file.toFile())) {
                throw new IllegalStateException("no " + format + " writer for " + image);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
