package io.augtune.ui;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The desktop app's main window starts headless. */
@ExtendWith(ApplicationExtension.class)
class AppWindowSmokeTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new AugTuneApp().start(stage);
    }

    @Test
    void mainWindowOpensWithTitle(FxRobot robot) {
        assertTrue(stage.isShowing());
        assertEquals("AugTune Inspector", stage.getTitle());
    }
}
