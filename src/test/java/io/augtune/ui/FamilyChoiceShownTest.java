package io.augtune.ui;

import io.augtune.project.ProjectSettings;
import io.augtune.project.Thresholds;
import io.augtune.project.TuningResult;
import io.augtune.ui.shell.Workbench;
import io.augtune.workflow.FamilyChoices;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A project whose family auto chose shows the family kept, why, and the families tried, on the results screen. */
class FamilyChoiceShownTest extends ThreadedAppTest {
    private Workbench open(FxRobot robot, String name, TuningResult tuning) throws Exception {
        Workbench workbench = app.window().workbench();
        Path file = TestProjects.savedRanking(dir, name, ProjectSettings.defaults(), tuning,
                new Thresholds(6.0, null, "set", false), 2.0, 8.0);
        robot.interact(() -> workbench.openProject(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workbench.resultsModel().hasResultsProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        return workbench;
    }

    @Test
    void theChosenFamilyTheReasonAndEveryFamilyTriedAreShown(FxRobot robot) throws Exception {
        TuningResult tuning = FamilyChoices.clearWinner();
        open(robot, "chosen", tuning);

        TitledPane card = robot.lookup("#familyChoice").queryAs(TitledPane.class);
        assertTrue(card.isVisible() && card.isExpanded());
        assertEquals("Augmentation: Scratch or crack (thin line), chosen automatically", card.getText());
        assertEquals(tuning.familyTrials().reason(),
                robot.lookup("#familyChoiceReason").queryAs(Label.class).getText());
        List<String> cells = robot.lookup("#familyTrials").queryAs(GridPane.class).getChildren().stream()
                .map(n -> ((Label) n).getText()).toList();
        assertEquals(List.of("Scratch or crack (thin line)", "line", "0.88", "✓ kept"), cells.subList(4, 8),
                "the kept family first, with its separation");
        assertEquals(4 + 5 * 4, cells.size(), "a header and five families tried");
        assertFalse(robot.lookup("#tuningNote").queryAs(Label.class).isVisible(), "a clear choice is no warning");
    }

    @Test
    void aCloseCallIsMarkedOnTheCardAndNotRepeatedInTheWarning(FxRobot robot) throws Exception {
        TuningResult tuning = FamilyChoices.closeCall();
        open(robot, "close", tuning);

        TitledPane card = robot.lookup("#familyChoice").queryAs(TitledPane.class);
        assertTrue(card.getText().endsWith("chosen automatically — not clear-cut"), card.getText());
        assertTrue(robot.lookup("#familyChoiceReason").queryAs(Label.class).getText().contains("a close call"));
        assertFalse(robot.lookup("#tuningNote").queryAs(Label.class).isVisible());
    }

    @Test
    void aProjectWithoutAFamilySearchShowsNoCard(FxRobot robot) throws Exception {
        open(robot, "pinned", null);

        Node card = robot.lookup("#familyChoice").query();
        assertFalse(card.isVisible());
    }
}
