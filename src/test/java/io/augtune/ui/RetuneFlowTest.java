package io.augtune.ui;

import io.augtune.project.Project;
import io.augtune.project.ProjectStore;
import io.augtune.project.Setting;
import io.augtune.project.Verdict;
import io.augtune.ui.newproject.NewProjectViewModel;
import io.augtune.ui.results.ResultRow;
import io.augtune.ui.results.ResultsViewModel;
import io.augtune.ui.shell.Screen;
import io.augtune.ui.shell.Workbench;
import io.augtune.ui.tune.RunState;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Retune with my decisions, through the menu and its question, on a tiny project tuned in the window: off until a
 * defect is marked; a cancelled retune leaves the project and its results as they were; a finished one shows the new
 * ranking with the decisions, says on the family card that they judged it, and is saved to the project's file.
 */
class RetuneFlowTest extends ThreadedAppTest {
    private static final Map<String, Verdict> MARKS = Map.of("p-01.png", Verdict.FAIL, "p-03.png", Verdict.FAIL,
            "p-00.png", Verdict.PASS, "p-02.png", Verdict.PASS);

    @Test
    void decisionsJudgeTheRetuneWhichKeepsThemAndACancelKeepsTheResults(FxRobot robot) throws Exception {
        Workbench workbench = app.window().workbench();
        ResultsViewModel results = workbench.resultsModel();
        tune(robot, workbench);
        robot.clickOn("#showResults");
        Path file = dir.resolve("retune.augtune");
        robot.interact(() -> workbench.saveAs(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !workbench.session().dirtyProperty().get());
        MenuItem retune = retuneItem(robot);
        assertTrue(retune.isDisable(), "no defect marked yet");

        Node table = robot.lookup("#resultsTable").query();
        for (Map.Entry<String, Verdict> mark : MARKS.entrySet()) {
            robot.interact(() -> {
                results.selectedProperty().set(row(results, mark.getKey()));
                table.requestFocus();
            });
            robot.type(mark.getValue() == Verdict.FAIL ? KeyCode.D : KeyCode.G);
        }
        assertFalse(retune.isDisable(), "two defects marked");
        // fused detection learns the images marked good: the model to keep is the taught one
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> workbench.statusProperty().get().startsWith("2 images added as normal"));

        Project before = workbench.session().project();
        Path modelBefore = workbench.session().modelDir();
        startFromMenu(robot);
        assertEquals(Screen.TUNE, workbench.navigator().current());
        assertTrue(retune.isDisable(), "not twice at once");
        robot.interact(() -> workbench.liveModel().cancel());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> workbench.liveModel().stateProperty().get() == RunState.CANCELLED);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Screen.RESULTS, workbench.navigator().current(), "back to the results it had");
        Project after = workbench.session().project();
        assertTrue(before.withViewState(after.viewState()).equals(after), "the same project, the view aside");
        assertEquals(modelBefore, workbench.session().modelDir());
        assertTrue(Files.isDirectory(modelBefore), "the previous model is kept");
        assertEquals(8, results.rows().size());
        assertEquals(Verdict.FAIL, row(results, "p-01.png").decision());
        assertTrue(workbench.statusProperty().get().contains("cancelled"), workbench.statusProperty().get());

        // every status shown from now on: the retune's own is soon followed by the re-teaching's
        java.util.List<String> statuses = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> workbench.statusProperty().addListener((o, was, now) -> statuses.add(now)));
        startFromMenu(robot);
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS,
                () -> workbench.liveModel().stateProperty().get() == RunState.FINISHED);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(statuses.stream().anyMatch(t -> t.contains("judged by your 2 defects and 2 good parts")),
                statuses.toString());
        // the new model learns the two parts marked Good again, in the background
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> workbench.statusProperty().get().startsWith("2 images added as normal"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#showResults");
        assertEquals(8, results.rows().size());
        MARKS.forEach((image, verdict) -> assertEquals(verdict, row(results, image).decision(), image));
        String reason = robot.lookup("#familyChoiceReason").queryAs(Label.class).getText();
        assertTrue(reason.contains("ranked your 2 confirmed defects above your 2 good parts"), reason);
        String meaning = robot.lookup("#familyChoiceMeaning").queryAs(Label.class).getText();
        assertTrue(meaning.contains("your confirmed defects"), meaning);
        assertTrue(workbench.session().dirtyProperty().get(), "retuned: unsaved");
        assertEquals(file, workbench.session().file(), "still the project's file");

        robot.interact(workbench::save);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !workbench.session().dirtyProperty().get());
        Project saved = new ProjectStore().loadWithoutModel(file).project();
        assertEquals(4, saved.decisions().size());
        assertTrue(saved.tuning().familyTrials().reason().contains("confirmed defects"));
    }

    /** A tiny project tuned from the New project form, as in {@link TuneFlowTest}. */
    private void tune(FxRobot robot, Workbench workbench) throws Exception {
        Path normal = TestImages.folder(dir, "normal", "n", 12, 0, 1);
        Path production = TestImages.folder(dir, "production", "p", 8, 2, 2);
        NewProjectViewModel project = workbench.newProjectModel();
        robot.clickOn("#newProjectButton");
        robot.interact(() -> {
            project.chooseNormalFolder(normal);
            project.chooseProductionFolder(production);
            project.settings().textProperty(Setting.WORKING_SIZE).set("16");
            project.settings().textProperty(Setting.BUDGET_SECONDS).set("1");
            project.settings().textProperty(Setting.STARTS).set("2");
            project.settings().textProperty(Setting.WARMUP_STEPS).set("4");
            project.settings().textProperty(Setting.BATCH_SIZE).set("4");
        });
        Button start = robot.lookup("#startTuning").queryAs(Button.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !start.isDisabled());
        robot.clickOn(start);
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS,
                () -> workbench.liveModel().stateProperty().get() == RunState.FINISHED);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static MenuItem retuneItem(FxRobot robot) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream())
                .filter(item -> "retuneWithDecisions".equals(item.getId())).findFirst().orElseThrow();
    }

    /** File › Retune with my decisions…, then Retune in the question. */
    private static void startFromMenu(FxRobot robot) {
        robot.clickOn("File").clickOn("Retune with my decisions…");
        robot.clickOn("Retune");
    }

    private static ResultRow row(ResultsViewModel results, String image) {
        return results.rows().stream().filter(r -> r.relativePath().equals(image)).findFirst().orElseThrow();
    }
}
