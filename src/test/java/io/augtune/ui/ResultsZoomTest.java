package io.augtune.ui;

import io.augtune.project.Thresholds;
import io.augtune.ui.shell.Workbench;
import io.augtune.ui.widgets.FittedImage;
import javafx.geometry.Bounds;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The selected image zooms and pans (wheel, buttons, double-click), and the nearest normal image follows. */
class ResultsZoomTest extends ThreadedAppTest {
    @Test
    void theWheelZoomsAboutTheCursorTheButtonsFitAndShowPixelsOneToOne(FxRobot robot) throws Exception {
        Workbench workbench = app.window().workbench();
        Path file = TestProjects.savedRanking(dir, "zoom", new Thresholds(6.0, null, "set", false), 2.0, 8.0);
        robot.interact(() -> workbench.openProject(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workbench.resultsModel().hasResultsProperty().get());
        robot.interact(() -> workbench.resultsModel().selectedProperty().set(workbench.resultsModel().rows().get(0)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workbench.resultsModel().detailProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        FittedImage image = robot.lookup("#detailImage").queryAs(FittedImage.class);
        FittedImage nearest = robot.lookup("#nearestImage").queryAs(FittedImage.class);
        assertSame(image.viewport(), nearest.viewport(), "the nearest normal image zooms with the selected one");

        // on a busy machine the picture may still be on its way: the wheel zooms only a laid-out image
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> image.oneToOneZoom() != 1);
        WaitForAsyncUtils.waitForFxEvents();
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
