package io.augtune.imaging;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Objects;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes one image file to a {@link DecodedImage} by its true bit depth (see {@link RasterExtraction}). The format
 * is recognised from the content, not the extension. The header dimensions are checked against the
 * {@link ImageLimits} before any pixel is decoded, so a decompression bomb costs a few bytes of reading. Every way a
 * file can be unusable ends in an {@link ImageDecodeException} with a reason for the user. Thread-safe.
 */
public final class ImageDecoder {
    private static final int SNIFF_BYTES = 512;
    private static final String FILE_NOT_FOUND = "file not found (removed, or a broken link)";
    private static final String OUT_OF_MEMORY = "not enough memory to decode it (lower --max-pixels or add memory)";

    private final ImageLimits limits;

    public ImageDecoder(ImageLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** A decoder with {@link ImageLimits#DEFAULT}. */
    public ImageDecoder() {
        this(ImageLimits.DEFAULT);
    }

    public ImageLimits limits() {
        return limits;
    }

    /** Decodes the first image of {@code file} at full resolution. */
    public DecodedImage decode(Path file) throws ImageDecodeException {
        long bytes = sizeOf(file);
        if (bytes == 0) {
            throw new ImageDecodeException(file, "empty file (0 bytes)");
        }
        byte[] head = readHead(file);
        try (ImageInputStream stream = ImageIO.createImageInputStream(file.toFile())) {
            if (stream == null) {
                throw new ImageDecodeException(file, "cannot open file");
            }
            ImageReader reader = readerFor(file, stream, head);
            try {
                return read(file, reader, stream, bytes);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new ImageDecodeException(file, "cannot read file: " + messageOf(e), e);
        }
    }

    private DecodedImage read(Path file, ImageReader reader, ImageInputStream stream, long bytes)
            throws ImageDecodeException {
        reader.setInput(stream, true, true);
        checkSize(file, reader);
        ImageTypeSpecifier rawType = rawTypeOf(reader);
        TruncationWarnings warnings = new TruncationWarnings();
        reader.addIIOReadWarningListener(warnings);
        BufferedImage image = readPixels(file, reader);
        if (warnings.first() != null) {
            throw new ImageDecodeException(file, "truncated or corrupt image data (" + warnings.first() + ")");
        }
        ColorModel sourceModel = rawType != null ? rawType.getColorModel() : image.getColorModel();
        int sourceBands = rawType != null ? rawType.getNumBands() : image.getRaster().getNumBands();
        try {
            Raster raster = RasterExtraction.toRaster(image);
            String format = formatName(reader).toUpperCase(Locale.ROOT);
            return new DecodedImage(raster, RasterExtraction.bitDepth(sourceModel), sourceBands, format,
                    RasterExtraction.describeColour(sourceModel), bytes);
        } catch (RuntimeException e) {
            throw new ImageDecodeException(file, "unsupported pixel layout: " + messageOf(e), e);
        } catch (OutOfMemoryError e) {
            throw new ImageDecodeException(file, OUT_OF_MEMORY);
        }
    }

    private void checkSize(Path file, ImageReader reader) throws ImageDecodeException {
        int width;
        int height;
        try {
            width = reader.getWidth(0);
            height = reader.getHeight(0);
        } catch (IOException | RuntimeException e) {
            throw new ImageDecodeException(file, "unreadable image header: " + messageOf(e), e);
        }
        String size = width + "x" + height;
        long pixels = (long) width * height;
        if (pixels > limits.maxPixels()) {
            throw new ImageDecodeException(file, String.format(Locale.ROOT,
                    "too large: %s is %,d pixels, above the limit of %,d pixels", size, pixels, limits.maxPixels()));
        }
        if (pixels * 3 > Integer.MAX_VALUE - 8) {
            throw new ImageDecodeException(file, "too large: " + size + " does not fit in one raster");
        }
        if (width < limits.minSide() || height < limits.minSide()) {
            throw new ImageDecodeException(file,
                    "too small: " + size + " (minimum " + limits.minSide() + "x" + limits.minSide() + ")");
        }
    }

    private static BufferedImage readPixels(Path file, ImageReader reader) throws ImageDecodeException {
        try {
            return reader.read(0);
        } catch (IOException | RuntimeException e) {
            throw new ImageDecodeException(file, "truncated or corrupt image data: " + messageOf(e), e);
        } catch (OutOfMemoryError e) {
            // The limits keep this rare; the half-built image is garbage once we return, so the run can go on.
            throw new ImageDecodeException(file, OUT_OF_MEMORY);
        }
    }

    private static ImageReader readerFor(Path file, ImageInputStream stream, byte[] head)
            throws ImageDecodeException {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
        if (!readers.hasNext()) {
            String looksLike = looksLikeText(head) ? "; it looks like a text file" : "";
            throw new ImageDecodeException(file, "not an image: the content matches no known image format" + looksLike);
        }
        return readers.next();
    }

    /** The stored layout, which tells a CMYK JPEG from the RGB the codec converts it to; null when unknown. */
    private static ImageTypeSpecifier rawTypeOf(ImageReader reader) {
        try {
            return reader.getRawImageType(0);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String formatName(ImageReader reader) {
        try {
            return reader.getFormatName();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long sizeOf(Path file) throws ImageDecodeException {
        try {
            if (Files.isDirectory(file)) {
                throw new ImageDecodeException(file, "is a folder");
            }
            if (!Files.exists(file)) {
                throw new ImageDecodeException(file, FILE_NOT_FOUND);
            }
            if (!Files.isRegularFile(file)) {
                throw new ImageDecodeException(file, "not a regular file");
            }
            return Files.size(file);
        } catch (IOException e) {
            throw new ImageDecodeException(file, "cannot read file: " + messageOf(e), e);
        }
    }

    /** Reads the first bytes, which also surfaces a missing permission with a clear message. */
    private static byte[] readHead(Path file) throws ImageDecodeException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            throw new ImageDecodeException(file, "cannot read file: " + messageOf(e), e);
        }
    }

    static boolean looksLikeText(byte[] head) {
        if (head.length == 0) {
            return false;
        }
        int printable = 0;
        for (byte b : head) {
            int c = b & 0xff;
            if (c == 0) {
                return false;
            }
            if (c >= 0x20 && c != 0x7f || c == '\n' || c == '\r' || c == '\t') {
                printable++;
            }
        }
        return printable >= head.length * 0.95;
    }

    static String messageOf(Throwable e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return FILE_NOT_FOUND;
        }
        String message = e.getMessage();
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && !cause.getMessage().equals(message)) {
            message = (message == null ? "" : message + ": ") + cause.getMessage();
        }
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
