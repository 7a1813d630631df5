package io.augtune.ui;

import io.augtune.project.Project;
import io.augtune.project.ProjectStore;
import io.augtune.project.Thresholds;
import io.augtune.project.Verdict;
import io.augtune.ui.results.ResultRow;
import io.augtune.ui.results.ResultsViewModel;
import io.augtune.ui.results.VerdictFilter;
import io.augtune.ui.shell.Workbench;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The inspector decides with the keyboard, works through the review queue, undoes, saves, and finds it all again. */
class DecisionsFlowTest extends ThreadedAppTest {
    @Test
    void decisionsByKeyboardFollowTheQueueUndoAndSurviveSaveAndReopen(FxRobot robot) throws Exception {
        Workbench workbench = app.window().workbench();
        Path file = TestProjects.savedRanking(dir, "decide", new Thresholds(6.0, 5.0, "set", false),
                9.0, 5.5, 5.2, 1.0);
        robot.interact(() -> workbench.openProject(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workbench.resultsModel().hasResultsProperty().get());
        ResultsViewModel results = workbench.resultsModel();

        robot.interact(() -> results.verdictFilterProperty().set(VerdictFilter.UNDECIDED_REVIEW));
        assertEquals(2, results.visibleRows().size(), "the queue: review band, undecided");
        WaitForAsyncUtils.waitForFxEvents();
        Node table = robot.lookup("#resultsTable").query();
        robot.interact(() -> {
            results.selectedProperty().set(results.visibleRows().get(0));
            table.requestFocus();
        });
        ResultRow first = results.selectedProperty().get();
        robot.type(KeyCode.G);
        assertEquals(Verdict.PASS, first.decision(), "G: good");
        assertEquals(Verdict.PASS, first.verdict(), "the decision is the verdict");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, results.visibleRows().size(), "decided images leave the queue");
        assertTrue(results.countsProperty().get().contains("1 decided by you"), results.countsProperty().get());

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertNull(first.decision(), "undone");
        assertEquals(2, results.visibleRows().size());

        robot.interact(() -> results.verdictFilterProperty().set(VerdictFilter.ALL));
        robot.interact(() -> {
            results.selectedProperty().set(results.rows().get(3));
            table.requestFocus();
        });
        robot.type(KeyCode.D);
        assertEquals(Verdict.FAIL, results.rows().get(3).decision(), "D: defect");
        assertTrue(results.ruleProperty().get().contains("0 of 1 defects fail (recall 0 %)"),
                results.ruleProperty().get());
        robot.interact(results::useDecisionThreshold);
        assertEquals(1.0, results.thresholds().currentProperty().get().fail(), 1e-9,
                "the highest threshold failing the defect marked at score 1.0");
        assertTrue(results.ruleProperty().get().contains("1 of 1 defects fail (recall 100 %)"),
                results.ruleProperty().get());
        assertTrue(workbench.session().dirtyProperty().get());

        robot.interact(workbench::save);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !workbench.session().dirtyProperty().get());
        Project saved = new ProjectStore().loadWithoutModel(file).project();
        assertEquals(1, saved.decisions().size());
        assertEquals("p-03.png", saved.decisions().get(0).relativePath());
        assertEquals(Verdict.FAIL, saved.decisions().get(0).verdict());

        Path csv = dir.resolve("report.csv");
        robot.interact(() -> workbench.exportReport(csv));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(csv));
        String p03 = Files.readAllLines(csv).stream().filter(l -> l.contains("p-03.png")).findFirst().orElseThrow();
        assertTrue(p03.contains(",FAIL,"), "the report's verdict is the decision: " + p03);
        assertTrue(p03.endsWith(",defect"), "and its decision column says so: " + p03);

        robot.interact(() -> workbench.openProject(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> results.rows().size() == 4
                && results.rows().get(3).decision() == Verdict.FAIL);
    }
}
