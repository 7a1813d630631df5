package io.augtune.ui;

import io.augtune.ui.fx.SameThreadExecutor;
import io.augtune.ui.shell.Workbench;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The set-up screen says what is wrong, where it is wrong. */
@ExtendWith(ApplicationExtension.class)
class NewProjectScreenTest {
    @TempDir
    Path dir;
    private AugTuneApp app;

    @Start
    void start(Stage stage) {
        app = new AugTuneApp(AppContext.forTests(new SameThreadExecutor()));
        app.start(stage);
    }

    @Test
    void anInvalidFieldShowsItsReasonUnderIt(FxRobot robot) {
        robot.clickOn("#newProjectButton");
        Label reason = robot.lookup("#setting-working-size-problem").queryAs(Label.class);
        assertFalse(reason.isVisible());

        robot.clickOn("#setting-working-size").eraseText(3).write("3");

        assertTrue(reason.isVisible());
        assertTrue(reason.getText().contains("Working size") || reason.getText().matches(".*\\d.*"),
                reason.getText());
        robot.clickOn("#setting-working-size").eraseText(1).write("64");
        assertFalse(reason.isVisible());
    }

    @Test
    void theSameFolderTwiceIsShownAsAnErrorNotAHint(FxRobot robot) throws Exception {
        Workbench workbench = app.window().workbench();
        Path folder = TestImages.folder(dir, "images", "x", 3, 0, 1);
        robot.clickOn("#newProjectButton");
        robot.interact(() -> {
            workbench.newProjectModel().chooseNormalFolder(folder);
            workbench.newProjectModel().chooseProductionFolder(folder);
        });
        Label blocker = robot.lookup("#startBlocker").queryAs(Label.class);
        assertTrue(blocker.getText().contains("must differ"), blocker.getText());
        assertTrue(blocker.getStyleClass().contains("error-text"), blocker.getStyleClass().toString());
    }
}
