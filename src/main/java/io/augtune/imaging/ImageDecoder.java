package io.augtune.imaging;

import io.augtune.common.Raster;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
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
    /** Files above 1 GiB are refused before they are read: larger than any image within the pixel limit. */
    public static final int MAX_FILE_BYTES = 1 << 30;
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

    /**
     * Decodes the first image of {@code file} at full resolution. The file is read once; its SHA-256 is taken of
     * exactly the bytes that are decoded, so the hash and the pixels always belong to the same content.
     */
    public DecodedImage decode(Path file) throws ImageDecodeException {
        requireRegularFile(file);
        FileStamp stamp = stampOf(file);
        byte[] bytes = readOnce(file, stamp);
        if (bytes.length == 0) {
            throw new ImageDecodeException(file, "empty file (0 bytes)");
        }
        try (ImageInputStream stream = new ByteArrayImageInput(bytes)) {
            ImageReader reader = readerFor(file, stream, Arrays.copyOf(bytes, Math.min(SNIFF_BYTES, bytes.length)));
            try {
                return read(file, reader, stream, bytes.length, ContentHash.sha256(bytes), stamp);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new ImageDecodeException(file, "cannot read file: " + messageOf(e), e);
        }
    }

    private DecodedImage read(Path file, ImageReader reader, ImageInputStream stream, long bytes, String sha256,
                              FileStamp stamp) throws ImageDecodeException {
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
                    RasterExtraction.describeColour(sourceModel), bytes, sha256, stamp);
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

    private static void requireRegularFile(Path file) throws ImageDecodeException {
        if (Files.isDirectory(file)) {
            throw new ImageDecodeException(file, "is a folder");
        }
        if (!Files.exists(file)) {
            throw new ImageDecodeException(file, FILE_NOT_FOUND);
        }
        if (!Files.isRegularFile(file)) {
            throw new ImageDecodeException(file, "not a regular file");
        }
    }

    private static FileStamp stampOf(Path file) throws ImageDecodeException {
        try {
            return FileStamp.of(file);
        } catch (IOException e) {
            throw new ImageDecodeException(file, "cannot read file: " + messageOf(e), e);
        }
    }

    /**
     * The whole file in one read, at most {@link #MAX_FILE_BYTES}; a missing permission surfaces here with a clear
     * message. A file whose stamp moved while it was read is refused: its bytes may mix two contents.
     */
    private static byte[] readOnce(Path file, FileStamp before) throws ImageDecodeException {
        if (before.size() > MAX_FILE_BYTES) {
            throw new ImageDecodeException(file, tooLargeFile(before.size()));
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            throw new ImageDecodeException(file, "cannot read file: " + messageOf(e), e);
        } catch (OutOfMemoryError e) {
            throw new ImageDecodeException(file, OUT_OF_MEMORY);
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw new ImageDecodeException(file, tooLargeFile(bytes.length));
        }
        if (bytes.length != before.size() || !before.equals(stampOf(file))) {
            throw new ImageDecodeException(file, "changed while it was being read");
        }
        return bytes;
    }

    private static String tooLargeFile(long bytes) {
        return String.format(Locale.ROOT, "too large: the file has %,d bytes, above the limit of %,d bytes", bytes,
                MAX_FILE_BYTES);
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
