package io.augtune.ui.shell;

import io.augtune.imaging.ContentHash;
import io.augtune.project.DatasetSpec;
import io.augtune.project.ImageRole;
import io.augtune.project.LoadedProject;
import io.augtune.project.ManifestEntry;
import io.augtune.project.ExpectedFile;
import io.augtune.project.Project;
import io.augtune.project.ProjectSettings;
import io.augtune.project.ProjectStore;
import io.augtune.project.ScoredImage;
import io.augtune.project.Thresholds;
import io.augtune.ui.AppContext;
import io.augtune.ui.TestImages;
import io.augtune.ui.fx.SameThreadExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkbenchTest {
    private static final String HASH = "a".repeat(64);
    @TempDir
    Path dir;
    private final List<UserError> errors = new ArrayList<>();
    private final Workbench workbench = new Workbench(AppContext.forTests(new SameThreadExecutor()), errors::add);

    private Path savedProject() throws Exception {
        Path normal = TestImages.folder(dir, "normal", "n", 2, 0, 1);
        Path production = TestImages.folder(dir, "production", "p", 3, 0, 2);
        Project project = Project.create("line 4", new DatasetSpec(normal, production, false),
                        ProjectSettings.defaults())
                .withScores(List.of(ScoredImage.withoutMap("p-00.png", 2.0, 24, 24, HASH),
                        ScoredImage.withoutMap("p-01.png", 8.0, 24, 24, HASH),
                        ScoredImage.withoutMap("p-02.png", 5.0, 24, 24, HASH)))
                .withThresholds(new Thresholds(6.0, null, "99th percentile of 4 held-back normal scores = 6", false));
        Path file = dir.resolve("line4.augtune");
        new ProjectStore().save(project, file, null, ExpectedFile.anything());
        return file;
    }

    @Test
    void openingAProjectShowsItsRankingAndRemembersIt() throws Exception {
        Path file = savedProject();
        workbench.openProject(file);
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals(Screen.RESULTS, workbench.navigator().current());
        assertEquals("p-01.png", workbench.resultsModel().rows().get(0).relativePath());
        assertEquals(List.of(file), workbench.context().settings().recentProjects());
        assertFalse(workbench.session().dirtyProperty().get());
        assertEquals("line 4 — AugTune Inspector", workbench.session().windowTitleBinding().get());
    }

    @Test
    void aMovedThresholdMakesTheProjectDirtyAndIsSavedAndReopened() throws Exception {
        Path file = savedProject();
        workbench.openProject(file);
        workbench.resultsModel().thresholds().setFail(4.0);
        assertTrue(workbench.session().dirtyProperty().get());
        assertTrue(workbench.session().windowTitleBinding().get().startsWith("line 4 •"));
        Path copy = dir.resolve("copy");
        workbench.saveAs(copy);
        assertTrue(errors.isEmpty(), errors.toString());
        assertFalse(workbench.session().dirtyProperty().get());
        Path written = dir.resolve("copy.augtune");
        assertTrue(Files.isRegularFile(written));

        Workbench other = new Workbench(AppContext.forTests(new SameThreadExecutor()), errors::add);
        other.openProject(written);
        Thresholds reopened = other.resultsModel().thresholds().currentProperty().get();
        assertEquals(4.0, reopened.fail());
        assertTrue(reopened.userOverridden());
    }

    @Test
    void browsingTheRankingIsRememberedWithoutCountingAsAnUnsavedChange() throws Exception {
        workbench.openProject(savedProject());
        workbench.resultsModel().selectedProperty().set(workbench.resultsModel().rows().get(2));
        assertFalse(workbench.session().dirtyProperty().get());
        assertEquals("p-00.png", workbench.session().project().viewState().selectedImage());
    }

    @Test
    void theReportHoldsEveryRankedImage() throws Exception {
        workbench.openProject(savedProject());
        Path csv = dir.resolve("report.csv");
        workbench.exportReport(csv);
        assertTrue(errors.isEmpty(), errors.toString());
        String text = Files.readString(csv);
        assertTrue(text.contains("p-00.png") && text.contains("p-01.png") && text.contains("p-02.png"), text);
    }

    @Test
    void failuresAreReportedWithTheFileAndAReason() throws Exception {
        workbench.openProject(dir.resolve("missing.augtune"));
        assertEquals(1, errors.size());
        assertEquals("Could not open the project", errors.get(0).action());
        assertTrue(errors.get(0).file().endsWith("missing.augtune"));
        assertFalse(errors.get(0).reason().isBlank());

        workbench.openProject(savedProject());
        workbench.scoreBatch(dir.resolve("normal"));
        assertEquals(2, errors.size());
        assertTrue(errors.get(1).reason().contains("no trained model"), errors.get(1).reason());
    }

    @Test
    void reopeningAfterAnImageChangedNamesItAndKeepsTheResultsThatStillMatch() throws Exception {
        Path file = savedProject();
        LoadedProject saved = new ProjectStore().load(file, null);
        Project project = saved.project();
        List<ManifestEntry> manifest = new ArrayList<>();
        for (String name : List.of("p-00.png", "p-01.png", "p-02.png")) {
            Path image = project.dataset().productionFolder().resolve(name);
            manifest.add(new ManifestEntry(ImageRole.PRODUCTION, name, 24, 24, Files.size(image),
                    ContentHash.sha256(image)));
        }
        new ProjectStore().save(project.withManifest(manifest), file, null, ExpectedFile.anything());
        Files.copy(project.dataset().productionFolder().resolve("p-02.png"),
                project.dataset().productionFolder().resolve("p-01.png"), StandardCopyOption.REPLACE_EXISTING);

        workbench.openProject(file);
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("The project opened, with warnings", errors.get(0).action());
        assertTrue(errors.get(0).reason().contains("Changed: production:p-01.png"), errors.get(0).reason());
        assertEquals(List.of("p-02.png", "p-00.png"),
                workbench.resultsModel().rows().stream().map(r -> r.relativePath()).toList());
        assertTrue(workbench.session().dirtyProperty().get(), "setting stale scores aside is an unsaved change");
    }
}
