package io.augtune.ui.newproject;

import io.augtune.ui.TestImages;
import io.augtune.ui.fx.SameThreadExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FolderPreviewModelTest {
    @TempDir
    Path dir;
    private final FolderPreviewModel model = new FolderPreviewModel("normal", new SameThreadExecutor());

    @Test
    void aFolderBecomesThumbnailsSkippedFilesWithReasonsAndASummary() throws IOException {
        Path folder = TestImages.folder(dir, "good", "img", 3, 0, 1);
        Files.writeString(folder.resolve("broken.png"), "this is not a png");
        Files.writeString(folder.resolve("notes.txt"), "ignored");

        model.load(folder, false);

        assertEquals(3, model.thumbnails().size());
        assertEquals("img-00.png", model.thumbnails().get(0).relativePath());
        assertEquals(1, model.skipped().size());
        assertEquals("broken.png", model.skipped().get(0).relativePath());
        assertFalse(model.skipped().get(0).reason().isBlank());
        assertEquals("3 images · 1 skipped · 1 other file ignored", model.summaryProperty().get());
        assertFalse(model.loadingProperty().get());
        assertTrue(model.readyBinding().get());
    }

    @Test
    void aMissingFolderIsAnErrorNotAnException() {
        model.load(dir.resolve("nowhere"), false);
        assertTrue(model.errorProperty().get().contains("does not exist"));
        assertFalse(model.readyBinding().get());
    }

    @Test
    void aFolderWithoutImagesSaysSo() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("readme.txt"), "x");
        model.load(empty, false);
        assertTrue(model.errorProperty().get().startsWith("No image files"), model.errorProperty().get());
        assertFalse(model.readyBinding().get());
    }

    @Test
    void subFoldersCountOnlyWhenAsked() throws IOException {
        Path root = Files.createDirectories(dir.resolve("prod"));
        TestImages.folder(root, "lot-1", "a", 2, 0, 2);
        model.load(root, false);
        assertTrue(model.thumbnails().isEmpty());
        model.reload(true);
        assertEquals(2, model.thumbnails().size());
        assertEquals("lot-1/a-00.png", model.thumbnails().get(0).relativePath());
    }
}
