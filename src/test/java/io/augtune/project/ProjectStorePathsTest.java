package io.augtune.project;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectStorePathsTest {
    @TempDir
    Path dir;
    private final ProjectStore store = new ProjectStore();

    @Test
    void aProjectFolderMovedWithItsImagesOpensWithTheFoldersAtTheNewPlace() throws Exception {
        Path original = dir.resolve("original");
        Project project = SampleProjects.fullyPopulated(SampleProjects.datasetUnder(original));
        store.save(project, original.resolve("bracket.augtune"), SampleProjects.modelFolder(dir), ExpectedFile.anything());
        Path moved = dir.resolve("moved elsewhere");
        copyTree(original, moved);
        deleteTree(original);

        LoadedProject loaded = store.load(moved.resolve("bracket.augtune"), dir.resolve("model"));

        assertEquals(moved.resolve("images").resolve("normal"), loaded.project().dataset().normalFolder());
        assertEquals(moved.resolve("images").resolve("production"), loaded.project().dataset().productionFolder());
        assertTrue(loaded.warnings().isEmpty(), loaded.warnings().toString());
    }

    @Test
    void foldersOutsideTheProjectFolderAreFoundThroughTheirRelativePath() throws Exception {
        Path images = dir.resolve("shared data");
        Path projects = Files.createDirectories(dir.resolve("projects").resolve("line 3"));
        Project project = Project.create("p", SampleProjects.datasetUnder(images), ProjectSettings.defaults());
        store.save(project, projects.resolve("p.augtune"), null, ExpectedFile.anything());
        Path movedRoot = dir.resolve("new root");
        copyTree(images, movedRoot.resolve("shared data"));
        copyTree(dir.resolve("projects"), movedRoot.resolve("projects"));

        Project loaded = store.load(movedRoot.resolve("projects/line 3/p.augtune"), null).project();

        assertEquals(movedRoot.resolve("shared data/images/normal"), loaded.dataset().normalFolder());
    }

    @Test
    void aProjectFileMovedAloneFallsBackToTheAbsoluteFolders() throws Exception {
        DatasetSpec dataset = SampleProjects.datasetUnder(dir.resolve("site"));
        Project project = Project.create("p", dataset, ProjectSettings.defaults());
        store.save(project, dir.resolve("site").resolve("p.augtune"), null, ExpectedFile.anything());
        Path elsewhere = Files.createDirectories(dir.resolve("mail attachments"));
        Files.copy(dir.resolve("site").resolve("p.augtune"), elsewhere.resolve("p.augtune"));

        LoadedProject loaded = store.load(elsewhere.resolve("p.augtune"), null);

        assertEquals(dataset, loaded.project().dataset());
        assertTrue(loaded.warnings().isEmpty(), loaded.warnings().toString());
    }

    @Test
    void aFolderFoundNowhereStillOpensWithAWarningNamingIt() throws Exception {
        DatasetSpec dataset = SampleProjects.datasetUnder(dir.resolve("site"));
        store.save(Project.create("p", dataset, ProjectSettings.defaults()), dir.resolve("site/p.augtune"), null, ExpectedFile.anything());
        Files.move(dir.resolve("site/p.augtune"), dir.resolve("p.augtune"));
        deleteTree(dir.resolve("site"));

        LoadedProject loaded = store.load(dir.resolve("p.augtune"), null);

        assertEquals(2, loaded.warnings().size(), loaded.warnings().toString());
        assertTrue(loaded.warnings().get(0).contains("normal-images folder was not found"), loaded.warnings().get(0));
        assertTrue(loaded.warnings().get(0).contains(dataset.normalFolder().toString()), loaded.warnings().get(0));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
