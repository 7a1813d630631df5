package io.augtune.project;

import io.augtune.common.AtomicFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Saving: atomic replacement, keeping the model, and refusing inconsistent calls. */
class ProjectStoreSaveTest {
    @TempDir
    Path dir;
    private final ProjectStore store = new ProjectStore();

    @Test
    void aSaveThatFailsMidWayLeavesThePreviousFileIntactAndNoTempFiles() throws Exception {
        Project first = SampleProjects.fullyPopulated(SampleProjects.datasetUnder(dir));
        Path saves = Files.createDirectories(dir.resolve("saves"));
        Path file = saves.resolve("p.augtune");
        store.save(first, file, SampleProjects.modelFolder(dir), ExpectedFile.anything());
        Path brokenModel = Files.createDirectories(dir.resolve("broken-model"));
        Files.writeString(brokenModel.resolve("a-weights.params"), "weights", StandardCharsets.UTF_8);
        // A file that vanished after the engine listed it: reading it fails after project.json was written.
        Files.createSymbolicLink(brokenModel.resolve("b-vanished.params"), dir.resolve("no-such-file"));

        Project second = first.withName("renamed");
        assertThrows(NoSuchFileException.class, () -> store.save(second, file, brokenModel, ExpectedFile.anything()));

        assertEquals(first, store.load(file, dir.resolve("m")).project());
        assertEquals(List.of(file), filesIn(saves));
    }

    @Test
    void anInterruptedWriterLeavesTheTargetUnchanged() throws Exception {
        Path target = Files.writeString(dir.resolve("t.bin"), "old", StandardCharsets.UTF_8);

        assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));

        assertEquals("old", Files.readString(target));
        assertEquals(List.of(target), filesIn(dir));
    }

    @Test
    void resavingWithoutAModelFolderKeepsTheModelOfTheReplacedFile() throws Exception {
        Project project = SampleProjects.fullyPopulated(SampleProjects.datasetUnder(dir));
        Path file = dir.resolve("p.augtune");
        FileStamp saved = store.save(project, file, SampleProjects.modelFolder(dir), ExpectedFile.absent());
        Map<String, byte[]> before = TestZips.read(file);

        Project edited = project.withThresholds(new Thresholds(9.5, null, "set by hand", true));
        store.save(edited, file, null, ExpectedFile.unchangedSince(saved));

        Map<String, byte[]> after = TestZips.read(file);
        for (String name : List.of("model/detector-0001.params", "model/gaussian.json", "model/extra/größe.txt")) {
            assertArrayEquals(before.get(name), after.get(name), name);
        }
        assertEquals(edited, store.load(file, dir.resolve("m")).project());
    }

    @Test
    void saveAsElsewhereOfAProjectWithAModelNeedsTheModelFolder() throws Exception {
        Project project = SampleProjects.fullyPopulated(SampleProjects.datasetUnder(dir));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> store.save(project, dir.resolve("new.augtune"), null, ExpectedFile.anything()));

        assertTrue(e.getMessage().contains("is not the opened file holding one to keep"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("new.augtune")));
    }

    @Test
    void aModelFolderForAProjectWithoutAModelIsRefused() throws Exception {
        Project project = Project.create("p", SampleProjects.datasetUnder(dir), ProjectSettings.defaults());

        assertThrows(IllegalArgumentException.class,
                () -> store.save(project, dir.resolve("p.augtune"), SampleProjects.modelFolder(dir), ExpectedFile.anything()));
    }

    @Test
    void anEmptyModelFolderIsRefused() throws Exception {
        Project project = SampleProjects.fullyPopulated(SampleProjects.datasetUnder(dir));
        Path empty = Files.createDirectories(dir.resolve("empty"));

        assertThrows(IllegalArgumentException.class, () -> store.save(project, dir.resolve("p.augtune"), empty, ExpectedFile.anything()));
    }

    @Test
    void theModelIsNotExtractedIntoAFolderThatAlreadyHoldsFiles() throws Exception {
        Project project = SampleProjects.fullyPopulated(SampleProjects.datasetUnder(dir));
        Path file = dir.resolve("p.augtune");
        store.save(project, file, SampleProjects.modelFolder(dir), ExpectedFile.anything());
        Path used = Files.createDirectories(dir.resolve("used"));
        Files.writeString(used.resolve("stale.params"), "old", StandardCharsets.UTF_8);

        assertThrows(DirectoryNotEmptyException.class, () -> store.load(file, used));
    }

    @Test
    void aFileClaimingAModelItDoesNotHoldOpensWithoutOneAndAWarning() throws Exception {
        Project project = SampleProjects.fullyPopulated(SampleProjects.datasetUnder(dir));
        Path file = dir.resolve("p.augtune");
        store.save(project, file, SampleProjects.modelFolder(dir), ExpectedFile.anything());
        TestZips.write(file, Map.of("project.json", TestZips.read(file).get("project.json")));

        LoadedProject loaded = store.load(file, dir.resolve("m"));

        assertFalse(loaded.project().hasModel());
        assertNull(loaded.modelDir());
        assertTrue(loaded.warnings().get(0).contains("holds none"), loaded.warnings().toString());
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isRegularFile).toList();
        }
    }
}
