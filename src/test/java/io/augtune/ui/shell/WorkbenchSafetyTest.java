package io.augtune.ui.shell;

import io.augtune.project.ExpectedFile;
import io.augtune.project.LoadedProject;
import io.augtune.project.ProjectStore;
import io.augtune.project.Thresholds;
import io.augtune.ui.AppContext;
import io.augtune.ui.fx.SameThreadExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The app's save and export refuse what the command line refuses, and a save never replaces another window's. */
class WorkbenchSafetyTest {
    @TempDir
    Path dir;
    private final List<UserError> errors = new ArrayList<>();
    private final Workbench workbench = new Workbench(AppContext.forTests(new SameThreadExecutor()), errors::add);
    private final ProjectStore store = new ProjectStore();

    private Path savedProject() throws Exception {
        return io.augtune.ui.TestProjects.savedRanking(dir, "line5",
                new Thresholds(6.0, null, "99th percentile", false), 2.0, 8.0);
    }

    @Test
    void anExportOntoTheProjectFileOrAnImageIsRefusedWithTheReason() throws Exception {
        Path file = savedProject();
        workbench.openProject(file);
        byte[] before = Files.readAllBytes(file);
        Path image = dir.resolve("line5-production/p-00.png");
        byte[] picture = Files.readAllBytes(image);

        workbench.exportReport(file);
        workbench.exportReport(image);

        assertEquals(2, errors.size(), errors.toString());
        assertEquals("Could not export the report", errors.get(0).action());
        assertTrue(errors.get(0).reason().contains("is the project file"), errors.get(0).reason());
        assertTrue(errors.get(1).reason().contains("is an image in"), errors.get(1).reason());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertArrayEquals(picture, Files.readAllBytes(image));
    }

    @Test
    void savingOverAFileThatIsNotAProjectIsRefused() throws Exception {
        workbench.openProject(savedProject());
        Path notes = Files.writeString(dir.resolve("notes.augtune"), "my notes");

        workbench.saveAs(notes);

        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).reason().contains("is not an AugTune project"), errors.get(0).reason());
        assertEquals("my notes", Files.readString(notes));
    }

    @Test
    void aSaveAfterAnotherWindowSavedTheSameFileAsksAndByDefaultKeepsTheOtherWindowsWork() throws Exception {
        Path file = savedProject();
        workbench.openProject(file);
        LoadedProject other = store.loadWithoutModel(file);
        store.save(other.project().withName("other window"), file, null, ExpectedFile.of(other.stamp()));
        byte[] theirs = Files.readAllBytes(file);
        workbench.resultsModel().thresholds().setFail(4.0);

        workbench.save();

        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).reason().contains("changed on disk since it was opened"), errors.get(0).reason());
        assertArrayEquals(theirs, Files.readAllBytes(file));
        assertTrue(workbench.session().dirtyProperty().get(), "this window's change is still unsaved");
    }

    @Test
    void theUserMayChooseToReloadOrToOverwrite() throws Exception {
        Path file = savedProject();
        workbench.openProject(file);
        LoadedProject other = store.loadWithoutModel(file);
        store.save(other.project().withName("other window"), file, null, ExpectedFile.of(other.stamp()));

        workbench.setSaveConflicts(changed -> new SaveConflicts.Resolution(SaveConflicts.Choice.RELOAD, null));
        workbench.resultsModel().thresholds().setFail(4.0);
        workbench.save();
        assertEquals("other window", workbench.session().project().name(), "reloaded");

        store.save(other.project().withName("third"), file, null, ExpectedFile.anything());
        workbench.setSaveConflicts(changed -> new SaveConflicts.Resolution(SaveConflicts.Choice.OVERWRITE, null));
        workbench.resultsModel().thresholds().setFail(3.0);
        workbench.save();
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals("other window", store.loadWithoutModel(file).project().name(), "overwritten by this window");
        assertEquals(3.0, store.loadWithoutModel(file).project().thresholds().fail());
    }
}
