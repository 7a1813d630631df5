package io.augtune.cli;

import io.augtune.imaging.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImagesCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void listsEachFileWithSizeChannelsAndDepthOrItsReasonThenASummary() {
        TestImages.gray16(dir.resolve("deep.png"), "png", 12, 10, (x, y) -> 300);
        TestImages.rgb8(dir.resolve("colour.jpg"), "jpeg", 16, 8, 10, 20, 30);
        TestImages.text(dir.resolve("fake.png"), "not an image\n");
        TestImages.text(dir.resolve("notes.txt"), "ignored");

        int code = run("images", dir.toString());

        assertEquals(ExitCodes.OK, code, err.toString());
        List<String> lines = out.toString().lines().toList();
        assertEquals("Images in " + dir + ":", lines.get(0));
        assertEquals("  colour.jpg  16x8         3 ch   8-bit  JPEG RGB        OK", lines.get(1));
        assertEquals("  deep.png    12x10        1 ch  16-bit  PNG gray        OK", lines.get(2));
        assertEquals("  fake.png    SKIPPED: not an image: the content matches no known image format; "
                + "it looks like a text file", lines.get(3));
        assertEquals("2 usable, 1 skipped, 1 other file ignored", lines.get(4));
        assertEquals(5, lines.size());
    }

    @Test
    void recursiveOptionIncludesSubFolders() {
        TestImages.gray8(dir.resolve("top.png"), "png", 8, 8, (x, y) -> 0);
        TestImages.gray8(dir.resolve("sub/low.png"), "png", 8, 8, (x, y) -> 0);

        assertEquals(ExitCodes.OK, run("images", dir.toString()));
        assertTrue(out.toString().contains("1 usable, 0 skipped"), out.toString());

        assertEquals(ExitCodes.OK, run("images", "--recursive", dir.toString()));
        assertTrue(out.toString().contains("sub/low.png"), out.toString());
        assertTrue(out.toString().contains("2 usable, 0 skipped"), out.toString());
    }

    @Test
    void missingFolderExitsWithUnusableInputNamingTheFolder() {
        Path missing = dir.resolve("no such folder");

        assertEquals(ExitCodes.UNUSABLE_INPUT, run("images", missing.toString()));
        assertEquals("error: folder does not exist: " + missing, err.toString().trim());
    }

    @Test
    void folderWithoutImagesExitsWithUnusableInput() throws Exception {
        Files.createDirectory(dir.resolve("empty"));

        assertEquals(ExitCodes.UNUSABLE_INPUT, run("images", dir.resolve("empty").toString()));
        assertTrue(err.toString().contains("no image files"), err.toString());
        assertTrue(err.toString().contains(dir.resolve("empty").toString()), err.toString());
    }

    @Test
    void folderWhereNothingIsUsableStillListsEveryFileThenExitsWithUnusableInput() {
        TestImages.bytes(dir.resolve("empty.png"), new byte[0]);
        TestImages.gray8(dir.resolve("dot.png"), "png", 1, 1, (x, y) -> 0);

        assertEquals(ExitCodes.UNUSABLE_INPUT, run("images", dir.toString()));
        assertTrue(out.toString().contains("dot.png    SKIPPED: too small: 1x1 (minimum 8x8)"), out.toString());
        assertTrue(out.toString().contains("empty.png  SKIPPED: empty file (0 bytes)"), out.toString());
        assertTrue(out.toString().contains("0 usable, 2 skipped"), out.toString());
        assertTrue(err.toString().startsWith("error: no usable images in folder " + dir), err.toString());
    }

    @Test
    void maxPixelsRefusesLargerImagesWithTheLimitInTheReason() {
        TestImages.gray8(dir.resolve("big.png"), "png", 100, 100, (x, y) -> 0);
        TestImages.gray8(dir.resolve("small.png"), "png", 10, 10, (x, y) -> 0);

        assertEquals(ExitCodes.OK, run("images", "--max-pixels", "5000", dir.toString()));
        assertTrue(out.toString().contains("big.png    SKIPPED: too large: 100x100 is 10,000 pixels, "
                + "above the limit of 5,000 pixels"), out.toString());
        assertTrue(out.toString().contains("1 usable, 1 skipped"), out.toString());
    }

    @Test
    void nonPositiveMaxPixelsIsAUsageError() {
        TestImages.gray8(dir.resolve("a.png"), "png", 8, 8, (x, y) -> 0);

        assertEquals(ExitCodes.USAGE, run("images", "--max-pixels", "0", dir.toString()));
        assertTrue(err.toString().contains("--max-pixels must be positive"), err.toString());
    }

    @Test
    void folderWhoseNameStartsWithADashWorksAfterDoubleDash() {
        Path odd = dir.resolve("-odd folder");
        TestImages.gray8(odd.resolve("=eq ünï.png"), "png", 8, 8, (x, y) -> 0);

        assertEquals(ExitCodes.OK, run("images", "--", odd.toString()), err.toString());
        assertTrue(out.toString().contains("=eq ünï.png"), out.toString());
    }

    @Test
    void missingFolderArgumentIsAUsageError() {
        assertEquals(ExitCodes.USAGE, run("images"));
    }

    @Test
    void helpDescribesTheCommand() {
        assertEquals(ExitCodes.OK, run("images", "--help"));
        assertTrue(out.toString().contains("--max-pixels"), out.toString());
        assertTrue(out.toString().contains("Default: 100000000"), out.toString());
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return AugTuneCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }
}
