package io.augtune.ui;

import io.augtune.ui.fx.SameThreadExecutor;
import io.augtune.ui.shell.Screen;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The main window starts headless on the start screen, with empty states, and New project navigates. */
@ExtendWith(ApplicationExtension.class)
class AppWindowSmokeTest {
    private Stage stage;
    private AugTuneApp app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new AugTuneApp(AppContext.forTests(new SameThreadExecutor()));
        app.start(stage);
    }

    @Test
    void mainWindowOpensOnTheStartScreenAndNewProjectNavigates(FxRobot robot) {
        assertTrue(stage.isShowing());
        assertEquals("AugTune Inspector", stage.getTitle());
        ListView<?> recent = robot.lookup("#recentList").queryAs(ListView.class);
        assertTrue(recent.getItems().isEmpty());
        robot.clickOn("#newProjectButton");
        assertEquals(Screen.NEW_PROJECT, app.window().workbench().navigator().current());
    }
}
