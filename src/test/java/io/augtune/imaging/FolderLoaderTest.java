package io.augtune.imaging;

import io.augtune.common.SkippedImage;

import io.augtune.common.Raster;

import io.augtune.common.CancellationToken;
import io.augtune.common.CancelledException;
import io.augtune.common.ProgressListener;
import io.augtune.common.UnusableInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FolderLoaderTest {

    @TempDir
    Path dir;

    private final FolderLoader loader = new FolderLoader(new ImageDecoder());

    @Test
    void usableImagesAreLoadedAtTheWorkingResolutionAndTheRestReportedWithReasons() throws Exception {
        TestImages.gray8(dir.resolve("a.png"), "png", 40, 30, (x, y) -> 51);
        TestImages.bytes(dir.resolve("b empty.png"), new byte[0]);
        TestImages.gray16(dir.resolve("c.tif"), "tiff", 20, 20, (x, y) -> 65535);
        TestImages.gray8(dir.resolve("d-tiny.png"), "png", 1, 1, (x, y) -> 0);

        FolderScan scan = load(ChannelMode.AUTO);

        assertEquals(List.of("a.png", "c.tif"), scan.images().stream().map(i -> i.info().relativePath()).toList());
        Raster first = scan.images().get(0).raster();
        assertEquals(16, first.width());
        assertEquals(16, first.height());
        assertEquals(51 / 255f, first.get(0, 8, 8), 1e-6f);
        assertEquals(40, scan.images().get(0).info().width());
        assertEquals(List.of("b empty.png: empty file (0 bytes)", "d-tiny.png: too small: 1x1 (minimum 8x8)"),
                scan.skipped().stream().map(SkippedImage::toString).toList());
    }

    @Test
    void autoModeReplicatesGrayWhenTheFolderMixesGrayAndRgb() throws Exception {
        TestImages.gray8(dir.resolve("gray.png"), "png", 8, 8, (x, y) -> 102);
        TestImages.rgb8(dir.resolve("rgb.png"), "png", 8, 8, 255, 0, 0);

        FolderScan scan = load(ChannelMode.AUTO);

        Raster gray = scan.images().get(0).raster();
        assertEquals(3, gray.channels());
        assertEquals(1, scan.images().get(0).info().channels());
        assertEquals(102 / 255f, gray.get(2, 0, 0), 1e-6f);
        assertEquals(3, scan.images().get(1).raster().channels());
    }

    @Test
    void autoModeKeepsAnAllGrayFolderGray() throws Exception {
        TestImages.gray8(dir.resolve("one.png"), "png", 8, 8, (x, y) -> 1);
        TestImages.gray16(dir.resolve("two.png"), "png", 8, 8, (x, y) -> 1);

        assertTrue(load(ChannelMode.AUTO).images().stream().allMatch(i -> i.raster().channels() == 1));
    }

    @Test
    void grayModeTurnsRgbIntoLuminance() throws Exception {
        TestImages.rgb8(dir.resolve("red.png"), "png", 8, 8, 255, 0, 0);

        Raster raster = load(ChannelMode.GRAY).images().get(0).raster();

        assertEquals(1, raster.channels());
        assertEquals(0.299f, raster.get(0, 3, 3), 1e-6f);
    }

    @Test
    void folderWithoutImageFilesIsUnusableInput() throws Exception {
        TestImages.text(dir.resolve("notes.txt"), "x");

        UnusableInputException e = assertThrows(UnusableInputException.class, () -> load(ChannelMode.AUTO));

        assertEquals("no image files (bmp, gif, jpeg, jpg, png, tif, tiff) in folder " + dir
                + " (1 other file ignored)", e.getMessage());
    }

    @Test
    void folderWhereNothingIsUsableIsUnusableInputNamingTheReasons() {
        TestImages.bytes(dir.resolve("a.png"), new byte[0]);
        TestImages.text(dir.resolve("b.jpg"), "hello");

        UnusableInputException e = assertThrows(UnusableInputException.class, () -> load(ChannelMode.AUTO));

        String expectedStart = "no usable images in folder " + dir + ": all 2 skipped (a.png: empty file";
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
        assertTrue(e.getMessage().contains("b.jpg: not an image"), e.getMessage());
    }

    @Test
    void visitHandsOverFullResolutionImagesOneAtATimeInOrder() throws Exception {
        TestImages.gray8(dir.resolve("1.png"), "png", 30, 10, (x, y) -> 0);
        TestImages.text(dir.resolve("2.png"), "broken");
        TestImages.gray8(dir.resolve("3.png"), "png", 12, 9, (x, y) -> 0);
        List<String> seen = new ArrayList<>();

        int usable = loader.visit(ImageFolder.list(dir, false), new ImageVisitor() {
            @Override
            public void usable(ImageInfo info, DecodedImage image) {
                seen.add(info.relativePath() + " " + image.width() + "x" + image.height());
            }

            @Override
            public void skipped(SkippedImage file) {
                seen.add(file.relativePath() + " skipped");
            }
        }, CancellationToken.none(), ProgressListener.NONE);

        assertEquals(2, usable);
        assertEquals(List.of("1.png 30x10", "2.png skipped", "3.png 12x9"), seen);
    }

    @Test
    void progressIsReportedPerFileAndEndsAtOne() throws Exception {
        TestImages.gray8(dir.resolve("1.png"), "png", 8, 8, (x, y) -> 0);
        TestImages.gray8(dir.resolve("2.png"), "png", 8, 8, (x, y) -> 0);
        List<String> events = new ArrayList<>();

        loader.visit(ImageFolder.list(dir, false), (info, image) -> { }, CancellationToken.none(),
                (phase, fraction, detail) -> events.add(fraction + " " + detail));

        assertEquals(List.of("0.0 1.png", "0.5 2.png", "1.0 "), events);
    }

    @Test
    void cancelledTokenStopsTheVisit() throws Exception {
        TestImages.gray8(dir.resolve("1.png"), "png", 8, 8, (x, y) -> 0);
        CancellationToken token = new CancellationToken();
        token.cancel();
        FolderListing listing = ImageFolder.list(dir, false);

        assertThrows(CancelledException.class,
                () -> loader.visit(listing, (info, image) -> { }, token, ProgressListener.NONE));
    }

    @Test
    void fileRemovedAfterListingIsSkippedNotFatal() throws Exception {
        TestImages.gray8(dir.resolve("1.png"), "png", 8, 8, (x, y) -> 0);
        Path gone = TestImages.gray8(dir.resolve("2.png"), "png", 8, 8, (x, y) -> 0);
        FolderListing listing = ImageFolder.list(dir, false);
        Files.delete(gone);

        FolderScan scan = loader.loadAtResolution(listing, 8, 8, ChannelMode.AUTO, CancellationToken.none(),
                ProgressListener.NONE);

        assertEquals(1, scan.images().size());
        assertEquals("2.png: file not found (removed, or a broken link)", scan.skipped().get(0).toString());
    }

    private FolderScan load(ChannelMode mode) throws UnusableInputException {
        return loader.loadAtResolution(ImageFolder.list(dir, false), 16, 16, mode, CancellationToken.none(),
                ProgressListener.NONE);
    }
}
