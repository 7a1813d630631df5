package io.augtune.imaging;

import io.augtune.common.UnusableInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImageFolderTest {

    @TempDir
    Path dir;

    @Test
    void imageExtensionsAreRecognisedInAnyCaseAndOtherFilesCounted() throws Exception {
        List<String> names = List.of("a.PNG", "b.JpEg", "c.jpg", "d.bmp", "e.GIF", "f.tif", "g.TIFF",
                "notes.txt", "README");
        for (String name : names) {
            TestImages.text(dir.resolve(name), "x");
        }

        FolderListing listing = ImageFolder.list(dir, false);

        assertEquals(List.of("a.PNG", "b.JpEg", "c.jpg", "d.bmp", "e.GIF", "f.tif", "g.TIFF"), relativePaths(listing));
        assertEquals(2, listing.ignoredFiles());
    }

    @Test
    void anImageWhoseNameHoldsABackslashIsSkippedWithTheReasonSinceAProjectCouldNotStoreIt() throws Exception {
        TestImages.text(dir.resolve("a.png"), "x");
        TestImages.text(dir.resolve("lot\\7.png"), "x");

        FolderListing listing = ImageFolder.list(dir, false);

        assertEquals(List.of("a.png"), relativePaths(listing));
        assertEquals(1, listing.unreadable().size());
        assertEquals("lot\\7.png", listing.unreadable().get(0).relativePath());
        assertTrue(listing.unreadable().get(0).reason().contains("backslash"), listing.unreadable().get(0).reason());
    }

    @Test
    void orderIsByRelativePathWhateverTheDefaultLocale() throws Exception {
        for (String name : List.of("b.png", "ä.png", "B.png", "a10.png", "a9.png", "Z.png")) {
            TestImages.text(dir.resolve(name), "x");
        }
        List<String> expected = List.of("B.png", "Z.png", "a10.png", "a9.png", "b.png", "ä.png");
        Locale original = Locale.getDefault();
        try {
            for (Locale locale : List.of(Locale.GERMANY, new Locale("sv", "SE"), Locale.ROOT)) {
                Locale.setDefault(locale);
                assertEquals(expected, relativePaths(ImageFolder.list(dir, false)), locale.toString());
            }
        } finally {
            Locale.setDefault(original);
        }
    }

    @Test
    void hiddenFilesAndFoldersAreSkipped() throws Exception {
        TestImages.text(dir.resolve(".hidden.png"), "x");
        TestImages.text(dir.resolve(".cache/inside.png"), "x");
        TestImages.text(dir.resolve("seen.png"), "x");

        FolderListing listing = ImageFolder.list(dir, true);

        assertEquals(List.of("seen.png"), relativePaths(listing));
        assertEquals(0, listing.ignoredFiles());
    }

    @Test
    void subFoldersAreListedOnlyWhenRecursiveWithForwardSlashes() throws Exception {
        TestImages.text(dir.resolve("top.png"), "x");
        TestImages.text(dir.resolve("sub/deeper/low.png"), "x");

        assertEquals(List.of("top.png"), relativePaths(ImageFolder.list(dir, false)));
        assertEquals(List.of("sub/deeper/low.png", "top.png"), relativePaths(ImageFolder.list(dir, true)));
    }

    @Test
    void awkwardNamesAreListedAsTheyAre() throws Exception {
        List<String> names = List.of("-starts-with-dash.png", "=equals.png", "with space.png", "zß日本.png");
        for (String name : names) {
            TestImages.text(dir.resolve(name), "x");
        }

        assertEquals(names, relativePaths(ImageFolder.list(dir, false)));
    }

    @Test
    void missingFolderIsUnusableInput() {
        Path missing = dir.resolve("nope");

        UnusableInputException e = assertThrows(UnusableInputException.class, () -> ImageFolder.list(missing, false));

        assertEquals("folder does not exist: " + missing, e.getMessage());
    }

    @Test
    void fileInsteadOfFolderIsUnusableInput() {
        Path file = TestImages.text(dir.resolve("file.png"), "x");

        UnusableInputException e = assertThrows(UnusableInputException.class, () -> ImageFolder.list(file, false));

        assertEquals("not a folder: " + file, e.getMessage());
    }

    @Test
    void emptyFolderGivesAnEmptyListing() throws Exception {
        Files.createDirectory(dir.resolve("empty"));

        FolderListing listing = ImageFolder.list(dir.resolve("empty"), true);

        assertTrue(listing.images().isEmpty());
        assertTrue(listing.unreadable().isEmpty());
    }

    @Test
    void imageNameNeedsAnExtensionAfterAName() {
        assertTrue(ImageFolder.isImageName("x.tiff"));
        assertFalse(ImageFolder.isImageName(".png"));
        assertFalse(ImageFolder.isImageName("png"));
        assertFalse(ImageFolder.isImageName("x.png.txt"));
    }

    private static List<String> relativePaths(FolderListing listing) {
        return listing.images().stream().map(ImageFile::relativePath).toList();
    }
}
