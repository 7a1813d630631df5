package io.augtune.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

import java.nio.file.Path;

/** A headless app with its real background threads, started for each test and stopped after it. */
@ExtendWith(ApplicationExtension.class)
abstract class ThreadedAppTest {
    @TempDir
    Path dir;
    AugTuneApp app;

    /** On the FX thread, in the stage the extension registered (its {@code @Start} is not looked up in superclasses). */
    @BeforeEach
    void start() throws Exception {
        FxToolkit.setupStage(stage -> app = TestProjects.startThreaded(stage));
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(app::stop);
    }
}
