package io.augtune.workflow;

import io.augtune.common.UnusableInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Outputs never land on inputs, on files the app did not write, or where nothing can be written. */
class OutputGuardTest {
    @TempDir
    Path dir;

    private Path images() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("line/images"));
        Files.write(folder.resolve("a.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        return folder;
    }

    private static void refused(String expected, org.junit.jupiter.api.function.Executable check) {
        UnusableInputException e = assertThrows(UnusableInputException.class, check);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().contains("nothing was written"), e.getMessage());
    }

    @Test
    void theReportIsNeverTheProjectBeingRead() throws Exception {
        Path project = Files.writeString(dir.resolve("p.augtune"), "PK");
        OutputGuard guard = new OutputGuard().readsFile(project, "the project being read");

        refused("is the project being read", () -> guard.checkReport(project, "--csv"));
        refused("is the project being read",
                () -> guard.checkReport(dir.resolve("sub/../p.augtune"), "--csv"));
    }

    @Test
    void anotherSpellingOfAnInputThroughALinkIsStillThatInput() throws Exception {
        Path images = images();
        Path link = Files.createSymbolicLink(dir.resolve("link"), images);
        OutputGuard guard = new OutputGuard().readsFolder(images, "the image folder being scored");

        refused("is an image in the image folder", () -> guard.checkReport(link.resolve("a.png"), "--csv"));
        refused("is the image folder being scored", () -> guard.checkHeatmapFolder(link, "--heatmaps"));
    }

    @Test
    void aFolderOutputMayNotBeAnInputNorHoldOneNorLieInsideOne() throws Exception {
        Path images = images();
        OutputGuard guard = new OutputGuard().readsFolder(images, "the normal image folder");

        refused("is the normal image folder", () -> guard.checkModelFolder(images, "--out"));
        refused("holds the normal image folder", () -> guard.checkModelFolder(dir.resolve("line"), "--out"));
        refused("lies inside the normal image folder",
                () -> guard.checkHeatmapFolder(images.resolve("maps"), "--heatmaps"));
    }

    @Test
    void aReportBesideTheImagesIsFineButNeverOverAnImageOrAProject() throws Exception {
        Path images = images();
        OutputGuard guard = new OutputGuard().readsFolder(images, "the images");
        assertDoesNotThrow(() -> guard.checkReport(images.resolve("report.csv"), "--csv"));

        Path otherProject = Files.write(dir.resolve("q.csv"), new byte[] {'P', 'K', 3, 4, 0});
        refused("is a project or archive", () -> new OutputGuard().checkReport(otherProject, "--csv"));
        Path picture = Files.write(dir.resolve("photo.dat"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0});
        refused("is an image", () -> new OutputGuard().checkReport(picture, "--csv"));
    }

    @Test
    void aReportInAMissingFolderOrUnderAFileIsRefusedBeforeAnyWork() throws Exception {
        refused("does not exist", () -> new OutputGuard().checkReport(dir.resolve("no/such/r.csv"), "--csv"));
        Path file = Files.writeString(dir.resolve("plain"), "x");
        refused("cannot be created", () -> new OutputGuard().checkModelFolder(file.resolve("model"), "--out"));
    }

    @Test
    void twoOptionsOfOneRunNeverNameTheSamePlace() throws Exception {
        OutputGuard guard = new OutputGuard();
        guard.checkHeatmapFolder(dir.resolve("maps"), "--heatmaps");

        refused("is also where --heatmaps goes", () -> guard.checkReport(dir.resolve("maps/r.csv"), "--csv"));
    }

    @Test
    void aHeatmapFolderMustBeNewEmptyOrOneTheAppWrote() throws Exception {
        Path mine = Files.createDirectories(dir.resolve("holiday"));
        Files.writeString(mine.resolve("beach.txt"), "x");
        refused("did not write as heatmaps", () -> new OutputGuard().checkHeatmapFolder(mine, "--heatmaps"));

        Path earlier = Files.createDirectories(dir.resolve("maps"));
        Files.writeString(earlier.resolve(HeatmapExport.SCALE_FILE), "map_threshold=1");
        assertDoesNotThrow(() -> new OutputGuard().checkHeatmapFolder(earlier, "--heatmaps"));
    }

    @Test
    void anExistingFileThatIsNotAProjectIsNeverReplacedByOne() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.augtune"), "my notes");

        refused("is not an AugTune project", () -> new OutputGuard().checkProject(notes, "--project", null));
    }
}
