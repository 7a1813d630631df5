package io.augtune.ui;

import io.augtune.project.ProjectSettings;
import io.augtune.project.Setting;
import io.augtune.project.Thresholds;
import io.augtune.ui.results.VerdictFilter;
import io.augtune.ui.shell.Workbench;
import io.augtune.ui.tune.RunState;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Nothing of the project shown before leaks into the next: settings, header, filters, results, status. */
class ProjectSwitchTest extends ThreadedAppTest {
    /** A saved project like a sample: whole-image detection, a ranking, and a filter the user had set. */
    private Path wholeImageProject(String name) throws Exception {
        ProjectSettings settings = ProjectSettings.defaults().toBuilder()
                .detection(ProjectSettings.DETECTION_IMAGE).workingSize(16).budgetSeconds(1).starts(1).build();
        return TestProjects.savedRanking(dir, name, settings, new Thresholds(6.0, 5.0, "99th percentile", false),
                2.0, 8.0);
    }

    @Test
    void aNewProjectAfterAnOpenedOneStartsFromTheDefaultsAndForgetsTheOldOne(FxRobot robot) throws Exception {
        Workbench workbench = app.window().workbench();
        Path file = wholeImageProject("textures");
        robot.interact(() -> workbench.openProject(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workbench.resultsModel().hasResultsProperty().get());
        robot.interact(() -> workbench.resultsModel().verdictFilterProperty().set(VerdictFilter.REVIEW));
        assertEquals(ProjectSettings.DETECTION_IMAGE,
                workbench.newProjectModel().settings().textProperty(Setting.DETECTION).get());

        robot.interact(workbench::newProject);

        assertEquals(ProjectSettings.DETECTION_FUSED,
                workbench.newProjectModel().settings().textProperty(Setting.DETECTION).get(), "defaults, not the last project's");
        assertEquals("New project", workbench.newProjectModel().screenTitleProperty().get());

        Path normal = TestImages.folder(dir, "normal", "n", 8, 0, 3);
        Path production = TestImages.folder(dir, "production", "p", 4, 2, 4);
        robot.interact(() -> {
            workbench.newProjectModel().chooseNormalFolder(normal);
            workbench.newProjectModel().chooseProductionFolder(production);
            workbench.newProjectModel().settings().textProperty(Setting.WORKING_SIZE)
                    .set("16");
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> workbench.newProjectModel().canStartBinding().get());
        robot.interact(() -> workbench.newProjectModel().start());

        assertEquals("", robot.lookup("#projectLabel").queryAs(Label.class).getText(),
                "the old project's name and unsaved mark are gone from the header");
        assertFalse(workbench.resultsModel().hasResultsProperty().get(), "the old ranking is gone");
        assertEquals(VerdictFilter.ALL, workbench.resultsModel().verdictFilterProperty().get());

        robot.interact(() -> workbench.liveModel().cancel());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> workbench.liveModel().stateProperty().get() == RunState.CANCELLED);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(workbench.statusProperty().get().contains("cancelled"), workbench.statusProperty().get());
    }

    @Test
    void openingAnotherProjectShowsItsRankingUnfiltered(FxRobot robot) throws Exception {
        Workbench workbench = app.window().workbench();
        Path first = wholeImageProject("first");
        Path second = wholeImageProject("second");
        robot.interact(() -> workbench.openProject(first));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workbench.resultsModel().hasResultsProperty().get());
        robot.interact(() -> workbench.resultsModel().verdictFilterProperty().set(VerdictFilter.REVIEW));

        robot.interact(() -> workbench.openProject(second));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "second".equals(workbench.session().project() == null
                ? null : workbench.session().project().name()));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(VerdictFilter.ALL, workbench.resultsModel().verdictFilterProperty().get());
        assertEquals(2, workbench.resultsModel().visibleRows().size());
        assertEquals("Set-up of second", workbench.newProjectModel().screenTitleProperty().get());
    }
}
