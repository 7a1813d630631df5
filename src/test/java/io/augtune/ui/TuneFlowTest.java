package io.augtune.ui;

import io.augtune.project.Thresholds;
import io.augtune.ui.fx.FxBridge;
import io.augtune.ui.fx.ThreadedExecutor;
import io.augtune.ui.newproject.NewProjectViewModel;
import io.augtune.project.Setting;
import io.augtune.ui.results.ImageDetail;
import io.augtune.ui.results.ResultRow;
import io.augtune.ui.results.ResultsViewModel;
import io.augtune.ui.settings.AppSettings;
import io.augtune.ui.shell.Screen;
import io.augtune.ui.shell.Workbench;
import io.augtune.ui.tune.RunState;
import io.augtune.ui.welcome.SampleProjects;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The main flow on tiny generated images, driven through the window: new project, tune a few steps, the ranking,
 * dragging the threshold, selecting images with the mouse and the keyboard. Folders are chosen through the
 * view-model (native folder choosers cannot be driven headless).
 */
@ExtendWith(ApplicationExtension.class)
class TuneFlowTest {
    @TempDir
    Path dir;
    private AugTuneApp app;

    @Start
    void start(Stage stage) {
        FxBridge bridge = new FxBridge();
        app = new AugTuneApp(new AppContext(AppSettings.inMemory(), bridge, new ThreadedExecutor(bridge, 2),
                new SampleProjects(List.of())));
        app.start(stage);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(app::stop);
    }

    @Test
    void newProjectTunesRanksAndLetsTheUserMoveTheThresholdAndBrowse(FxRobot robot) throws Exception {
        Path normal = TestImages.folder(dir, "normal", "n", 12, 0, 1);
        Path production = TestImages.folder(dir, "production", "p", 8, 2, 2);
        Workbench workbench = app.window().workbench();
        NewProjectViewModel project = workbench.newProjectModel();

        robot.clickOn("#newProjectButton");
        robot.interact(() -> {
            project.chooseNormalFolder(normal);
            project.chooseProductionFolder(production);
        });
        robot.clickOn("#setting-working-size").eraseText(2).write("16");
        robot.clickOn("#setting-budget-seconds").eraseText(3).write("1");
        robot.interact(() -> {
            project.settings().textProperty(Setting.STARTS).set("2");
            project.settings().textProperty(Setting.WARMUP_STEPS).set("4");
            project.settings().textProperty(Setting.BATCH_SIZE).set("4");
        });
        Button start = robot.lookup("#startTuning").queryAs(Button.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !start.isDisabled());
        assertEquals("12 images", robot.lookup("#normalFolderSummary").queryAs(Label.class).getText());

        List<String> familyTexts = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> workbench.liveModel().familyTextProperty().addListener((obs, old, now) ->
                familyTexts.add(now)));
        robot.clickOn(start);
        assertEquals(Screen.TUNE, workbench.navigator().current());
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS,
                () -> workbench.liveModel().stateProperty().get() == RunState.FINISHED);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(familyTexts.stream().anyMatch(t -> t.startsWith("Trying: Dark spot (CutDiff) — 1 of ")),
                "each family tried is named while it is tried: " + familyTexts);
        String kept = robot.lookup("#familyTrial").queryAs(Label.class).getText();
        assertTrue(kept.startsWith("Kept: ") && kept.contains(", chosen automatically"), kept);
        LineChart<?, ?> loss = robot.lookup("#chart-trainLoss").queryAs(LineChart.class);
        assertEquals(2, loss.getData().size(), "one line per start");
        assertFalse(loss.getData().get(0).getData().isEmpty());
        // each family tried drew its trial's loss, ended with its separation, and the one kept is marked
        var search = workbench.session().project().tuning().familyTrials();
        LineChart<?, ?> trials = robot.lookup("#familyTrialChart").queryAs(LineChart.class);
        assertEquals(search.trials().size(), trials.getData().size(), "one line per family tried");
        assertTrue(trials.getData().stream().allMatch(line -> !line.getData().isEmpty()
                && line.getName().contains(": separation ")), "every trial drew its loss and ended");
        assertEquals(1, trials.getData().stream().filter(line -> line.getName().contains(" — kept")).count());
        assertEquals(search.reason(), robot.lookup("#familyTrialReason").queryAs(Label.class).getText());

        robot.clickOn("#showResults");
        ResultsViewModel results = workbench.resultsModel();
        assertTrue(robot.lookup("#familyChoice").query().isVisible(), "auto's choice is shown with the ranking");
        assertEquals(workbench.session().project().tuning().familyTrials().reason(),
                robot.lookup("#familyChoiceReason").queryAs(Label.class).getText());
        TableView<?> table = robot.lookup("#resultsTable").queryAs(TableView.class);
        assertEquals(8, table.getItems().size());
        List<Double> scores = results.rows().stream().map(ResultRow::score).toList();
        for (int i = 1; i < scores.size(); i++) {
            assertTrue(scores.get(i - 1) >= scores.get(i), "ranked by score");
        }

        Thresholds before = results.thresholds().currentProperty().get();
        dragThresholdLeft(robot, results);
        Thresholds after = results.thresholds().currentProperty().get();
        assertTrue(after.userOverridden());
        assertTrue(after.fail() < before.fail(), before.fail() + " -> " + after.fail());
        assertTrue(workbench.session().dirtyProperty().get());

        robot.clickOn(robot.lookup("#resultsTable .table-row-cell").nth(0).queryAs(Node.class));
        assertEquals(1, results.selectedProperty().get().rank());
        robot.type(KeyCode.DOWN);
        assertEquals(2, results.selectedProperty().get().rank());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> results.detailProperty().get() != null);
        assertEquals(results.rows().get(1).relativePath(),
                robot.lookup("#detailHeading").queryAs(Label.class).getText());
        ImageDetail detail = results.detailProperty().get();
        assertNotNull(detail.heatmap(), "the tuned model draws the heatmap");
        assertTrue(detail.heatmap().floor() < detail.heatmap().threshold());
        assertNotNull(detail.nearest(), "the nearest normal image is shown beside it");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#heatmapOpacity").tryQuery().isPresent(), "opacity slider shown with the map");
        assertNotEquals("", robot.lookup("#verdictCounts").queryAs(Label.class).getText());
    }

    /** Presses on the red fail line of the histogram and drags it 60 pixels to the left. */
    private static void dragThresholdLeft(FxRobot robot, ResultsViewModel results) {
        Node histogram = robot.lookup("#scoreHistogram").query();
        double fail = results.thresholds().failProperty().get();
        var bins = results.histogramProperty().get();
        double width = histogram.getLayoutBounds().getWidth();
        double x = 36 + bins.fractionOf(fail) * (width - 36 - 14);
        Point2D onLine = histogram.localToScreen(x, histogram.getLayoutBounds().getHeight() / 2);
        robot.moveTo(onLine).press(MouseButton.PRIMARY).moveBy(-30, 0).moveBy(-30, 0).release(MouseButton.PRIMARY);
    }
}
