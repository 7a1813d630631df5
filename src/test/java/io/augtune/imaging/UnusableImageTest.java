package io.augtune.imaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Every kind of bad file ends in an {@link ImageDecodeException} whose reason says what is wrong. */
class UnusableImageTest {

    @TempDir
    Path dir;

    private final ImageDecoder decoder = new ImageDecoder();

    @Test
    void zeroByteFileIsReportedAsEmpty() {
        Path file = TestImages.bytes(dir.resolve("empty.png"), new byte[0]);

        assertReason(file, "empty file (0 bytes)");
    }

    @Test
    void textFileWithAnImageExtensionIsNotAnImage() {
        Path file = TestImages.text(dir.resolve("notes.png"), "these are not pixels\n".repeat(10));

        assertReason(file, "not an image: the content matches no known image format; it looks like a text file");
    }

    @Test
    void truncatedPngIsReportedAsTruncated() {
        Path whole = TestImages.gray8(dir.resolve("whole.png"), "png", 64, 64, (x, y) -> (x * 7 + y * 13) & 255);
        Path cut = TestImages.truncated(whole, dir.resolve("cut.png"), 0.5);

        assertReasonStartsWith(cut, "truncated or corrupt image data");
    }

    @Test
    void truncatedJpegIsReportedAsTruncatedRatherThanPaddedWithGray() {
        Path whole = TestImages.gray8(dir.resolve("whole.jpg"), "jpeg", 64, 64, (x, y) -> (x * 7 + y * 13) & 255);
        Path cut = TestImages.truncated(whole, dir.resolve("cut.jpg"), 0.5);

        assertReasonStartsWith(cut, "truncated or corrupt image data");
    }

    @Test
    void oneByOneImageIsTooSmall() {
        Path file = TestImages.gray8(dir.resolve("dot.png"), "png", 1, 1, (x, y) -> 0);

        assertReason(file, "too small: 1x1 (minimum 8x8)");
    }

    @Test
    void minimumSizeIsInclusive() throws Exception {
        Path file = TestImages.gray8(dir.resolve("eight.png"), "png", 8, 8, (x, y) -> 0);

        assertEquals(8, decoder.decode(file).width());
    }

    @Test
    void headerClaimingTenGigapixelsIsRefusedBeforeDecoding() {
        Path file = TestImages.pngHeaderOnly(dir.resolve("bomb.png"), 100_000, 100_000);

        assertReason(file, "too large: 100000x100000 is 10,000,000,000 pixels, above the limit of 100,000,000 pixels");
    }

    @Test
    void pixelLimitIsConfigurable() {
        Path file = TestImages.gray8(dir.resolve("medium.png"), "png", 64, 64, (x, y) -> 0);
        ImageDecoder strict = new ImageDecoder(ImageLimits.DEFAULT.withMaxPixels(4000));

        ImageDecodeException e = assertThrows(ImageDecodeException.class, () -> strict.decode(file));

        assertEquals("too large: 64x64 is 4,096 pixels, above the limit of 4,000 pixels", e.reason());
    }

    @Test
    void folderWithAnImageNameIsNotAnImage() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("looks-like.png"));

        assertReason(folder, "is a folder");
    }

    @Test
    void missingFileIsReported() {
        assertReason(dir.resolve("gone.png"), "file not found (removed, or a broken link)");
    }

    @Test
    void unreadableFileIsReportedAsPermissionDenied() throws Exception {
        Path file = TestImages.gray8(dir.resolve("locked.png"), "png", 8, 8, (x, y) -> 0);
        assumeTrue(Files.getFileStore(file).supportsFileAttributeView("posix"), "needs POSIX permissions");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "running as root: permissions do not stop reading");

        assertReason(file, "cannot read file: permission denied");
    }

    @Test
    void messageNamesTheFileAndTheReason() {
        Path file = TestImages.bytes(dir.resolve("empty.png"), new byte[0]);

        ImageDecodeException e = assertThrows(ImageDecodeException.class, () -> decoder.decode(file));

        assertEquals(file + ": empty file (0 bytes)", e.getMessage());
        assertEquals(file, e.file());
    }

    @Test
    void binaryGarbageIsNotCalledText() {
        assertTrue(ImageDecoder.looksLikeText("plain words\n".getBytes(StandardCharsets.UTF_8)));
        assertFalse(ImageDecoder.looksLikeText(new byte[] {1, 0, 2, 3}));
    }

    private void assertReason(Path file, String reason) {
        ImageDecodeException e = assertThrows(ImageDecodeException.class, () -> decoder.decode(file));
        assertEquals(reason, e.reason());
    }

    private void assertReasonStartsWith(Path file, String prefix) {
        ImageDecodeException e = assertThrows(ImageDecodeException.class, () -> decoder.decode(file));
        assertTrue(e.reason().startsWith(prefix), e.reason());
    }
}
