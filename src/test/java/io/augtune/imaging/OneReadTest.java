package io.augtune.imaging;

import io.augtune.common.SkippedImage;

import io.augtune.common.CancellationToken;
import io.augtune.common.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue #16, class 3: an image's hash is that of the very bytes decoded, and a later change is noticed. */
class OneReadTest {
    @TempDir
    Path dir;

    @Test
    void theDecodedImageCarriesTheHashOfTheBytesItWasDecodedFrom() throws Exception {
        Path file = TestImages.gray8(dir.resolve("a.png"), "png", 12, 10, (x, y) -> 7 * x + y);
        String before = ContentHash.sha256(file);

        DecodedImage image = new ImageDecoder().decode(file);
        TestImages.gray8(file, "png", 12, 10, (x, y) -> 200);

        assertEquals(before, image.sha256(), "the hash of what was decoded, not of what is on disk now");
        assertEquals(7 * 3 + 2, Math.round(image.raster().get(0, 2, 3) * 255));
    }

    @Test
    void aFileAboveTheByteLimitIsRefusedBeforeItIsRead() throws Exception {
        Path file = dir.resolve("huge.png");
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {1}), ImageDecoder.MAX_FILE_BYTES);
        }

        ImageDecodeException e = org.junit.jupiter.api.Assertions.assertThrows(ImageDecodeException.class,
                () -> new ImageDecoder().decode(file));

        assertTrue(e.reason().startsWith("too large: the file has 1,073,741,825 bytes"), e.reason());
    }

    @Test
    void imagesDeletedOrReplacedAfterTheyWereReadAreNamedWithTheReasonAndMovedToTheSkippedFiles() throws Exception {
        TestImages.gray8(dir.resolve("a.png"), "png", 8, 8, (x, y) -> 1);
        TestImages.gray8(dir.resolve("b.png"), "png", 8, 8, (x, y) -> 2);
        TestImages.gray8(dir.resolve("c.png"), "png", 8, 8, (x, y) -> 3);
        Path other = TestImages.gray8(dir.resolve("other").resolve("x.png"), "png", 9, 9, (x, y) -> 4);
        FolderScan scan = new FolderLoader(new ImageDecoder()).loadAtResolution(ImageFolder.list(dir, false), 8, 8,
                ChannelMode.AUTO, CancellationToken.none(), ProgressListener.NONE);

        Files.delete(dir.resolve("a.png"));
        Files.copy(other, dir.resolve("c.png"), StandardCopyOption.REPLACE_EXISTING);
        List<SkippedImage> changed = scan.changedSinceRead();

        assertEquals(List.of("a.png: deleted during the run", "c.png: changed during the run"),
                changed.stream().map(SkippedImage::toString).toList());
        FolderScan kept = scan.skipping(changed);
        assertEquals(List.of("b.png"), kept.images().stream().map(i -> i.info().relativePath()).toList());
        assertEquals(2, kept.skipped().size());
    }
}
