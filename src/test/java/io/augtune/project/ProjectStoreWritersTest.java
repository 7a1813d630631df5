package io.augtune.project;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two writers, one project: a save never replaces, or mixes with, what another program saved. */
class ProjectStoreWritersTest {
    @TempDir
    Path dir;
    private final ProjectStore store = new ProjectStore();

    @Test
    void aSaveOverAFileThatChangedSinceItWasOpenedIsRefusedAndTheOtherWritersFileStays() throws Exception {
        Project project = SampleProjects.fullyPopulated(SampleProjects.datasetUnder(dir));
        Path file = dir.resolve("p.augtune");
        store.save(project, file, SampleProjects.modelFolder(dir), ExpectedFile.absent());
        LoadedProject mine = store.loadWithoutModel(file);
        // Another window saves its own edit of the same file in the meantime.
        LoadedProject theirs = store.loadWithoutModel(file);
        store.save(theirs.project().withName("theirs"), file, null, ExpectedFile.of(theirs.stamp()));
        byte[] theirBytes = Files.readAllBytes(file);

        ProjectChangedException e = assertThrows(ProjectChangedException.class, () -> store.save(
                mine.project().withName("mine"), file, null, ExpectedFile.of(mine.stamp())));

        assertTrue(e.getMessage().contains("changed on disk since it was opened"), e.getMessage());
        assertEquals(file, e.file());
        assertArrayEquals(theirBytes, Files.readAllBytes(file));
    }

    @Test
    void theModelKeptOnResaveIsAlwaysTheOpenedFilesOwnNeverAnotherProjects() throws Exception {
        Path file = dir.resolve("p.augtune");
        Project first = SampleProjects.fullyPopulated(SampleProjects.datasetUnder(dir));
        store.save(first, file, SampleProjects.modelFolder(dir), ExpectedFile.absent());
        LoadedProject opened = store.loadWithoutModel(file);
        // A different project (with another model) is saved to the same path by another program.
        Path otherModel = Files.createDirectories(dir.resolve("other-model"));
        Files.writeString(otherModel.resolve("gaussian.json"), "{\"other\": true}");
        store.save(first.withName("other"), file, otherModel, ExpectedFile.anything());

        assertThrows(ProjectChangedException.class, () -> store.save(opened.project(), file, null,
                ExpectedFile.of(opened.stamp())));
        assertThrows(IllegalArgumentException.class, () -> store.save(opened.project(), file, null,
                ExpectedFile.anything()), "overwriting without a model folder would pack the other model");

        assertEquals("other", store.loadWithoutModel(file).project().name());
    }

    @Test
    void aNewProjectIsNotSavedOverAFileThatAppearedAtItsPath() throws Exception {
        Path file = Files.writeString(dir.resolve("p.augtune"), "someone else's");
        Project project = Project.create("p", SampleProjects.datasetUnder(dir), ProjectSettings.defaults());

        assertThrows(ProjectChangedException.class, () -> store.save(project, file, null, ExpectedFile.absent()));

        assertEquals("someone else's", Files.readString(file));
    }

    @Test
    void successiveSavesOfOneWindowEachExpectTheStampOfTheLast() throws Exception {
        Path file = dir.resolve("p.augtune");
        Project project = Project.create("p", SampleProjects.datasetUnder(dir), ProjectSettings.defaults());
        FileStamp first = store.save(project, file, null, ExpectedFile.absent());
        FileStamp second = store.save(project.withName("q"), file, null, ExpectedFile.of(first));

        assertEquals(FileStamp.of(file), second);
        assertEquals(second, store.loadWithoutModel(file).stamp());
        assertThrows(ProjectChangedException.class, () -> store.save(project, file, null, ExpectedFile.of(first)));
        assertFalse(Files.exists(dir.resolve(".p.augtune.lock")), "no lock file is left behind");
    }

    @Test
    void aFolderAtTheProjectPathIsRefusedWithAMessage() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("p.augtune"));
        Project project = Project.create("p", SampleProjects.datasetUnder(dir), ProjectSettings.defaults());

        var e = assertThrows(io.augtune.common.UnusableInputException.class,
                () -> store.save(project, folder, null, ExpectedFile.anything()));
        assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
    }
}
