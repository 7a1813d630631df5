package io.augtune.ui;

import io.augtune.project.DatasetSpec;
import io.augtune.project.ExpectedFile;
import io.augtune.project.Project;
import io.augtune.project.ProjectSettings;
import io.augtune.project.ProjectStore;
import io.augtune.project.ScoredImage;
import io.augtune.project.Thresholds;
import io.augtune.ui.fx.FxBridge;
import io.augtune.ui.fx.ThreadedExecutor;
import io.augtune.ui.settings.AppSettings;
import io.augtune.ui.shell.Workbench;
import io.augtune.ui.welcome.SampleProjects;
import io.augtune.ui.widgets.FittedImage;
import javafx.geometry.Bounds;
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
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The selected image zooms and pans (wheel, buttons, double-click), and the nearest normal image follows. */
@ExtendWith(ApplicationExtension.class)
class ResultsZoomTest {
    private static final String HASH = "a".repeat(64);
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
    void theWheelZoomsAboutTheCursorTheButtonsFitAndShowPixelsOneToOne(FxRobot robot) throws Exception {
        Workbench workbench = app.window().workbench();
        Path normal = TestImages.folder(dir, "normal", "n", 2, 0, 1);
        Path production = TestImages.folder(dir, "production", "p", 2, 0, 2);
        Project project = Project.create("zoom", new DatasetSpec(normal, production, false),
                        ProjectSettings.defaults())
                .withScores(List.of(ScoredImage.withoutMap("p-00.png", 2.0, 24, 24, HASH),
                        ScoredImage.withoutMap("p-01.png", 8.0, 24, 24, HASH)))
                .withThresholds(new Thresholds(6.0, null, "set", false));
        Path file = dir.resolve("zoom.augtune");
        new ProjectStore().save(project, file, null, ExpectedFile.absent());
        robot.interact(() -> workbench.openProject(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workbench.resultsModel().hasResultsProperty().get());
        robot.interact(() -> workbench.resultsModel().selectedProperty().set(workbench.resultsModel().rows().get(0)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workbench.resultsModel().detailProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        FittedImage image = robot.lookup("#detailImage").queryAs(FittedImage.class);
        FittedImage nearest = robot.lookup("#nearestImage").queryAs(FittedImage.class);
        assertSame(image.viewport(), nearest.viewport(), "the nearest normal image zooms with the selected one");

        Bounds bounds = image.localToScreen(image.getLayoutBounds());
        robot.moveTo(new javafx.geometry.Point2D(bounds.getCenterX(), bounds.getCenterY()));
        robot.scroll(3, javafx.geometry.VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        double zoomed = image.viewport().zoomProperty().get();
        assertTrue(zoomed > 1.5, "wheel zoom: " + zoomed);

        robot.clickOn("#zoomFit");
        assertEquals(1, image.viewport().zoomProperty().get());
        robot.clickOn("#zoomActual");
        assertEquals(image.oneToOneZoom(), image.viewport().zoomProperty().get(), 1e-9);
        robot.doubleClickOn(image);
        assertEquals(1, image.viewport().zoomProperty().get(), "double-click fits");
    }
}
