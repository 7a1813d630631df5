package io.augtune.ui.shell;

import io.augtune.cli.AugTuneCommand;
import io.augtune.project.Project;
import io.augtune.project.ProjectStore;
import io.augtune.project.ScoredImage;
import io.augtune.project.Verdict;
import io.augtune.testdata.SyntheticTextures;
import io.augtune.ui.AppContext;
import io.augtune.ui.fx.SameThreadExecutor;
import io.augtune.ui.results.ResultRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Marking a false alarm Good in the app teaches a pretrained-patch model and ranks the images again. */
class TeachFromTheAppTest {
    @TempDir
    Path dir;

    @Test
    void aGoodMarkOnAPretrainedPatchProjectIsLearntSavedAndReopened() throws Exception {
        Path file = pretrainedPatchProject(9, "frozen");
        List<UserError> errors = new ArrayList<>();
        Workbench workbench = new Workbench(AppContext.forTests(new SameThreadExecutor()), errors::add);
        workbench.openProject(file);
        ResultRow falseAlarm = workbench.resultsModel().rows().stream()
                .filter(r -> r.relativePath().startsWith("p")).max(Comparator.comparingDouble(ResultRow::score))
                .orElseThrow();
        Path modelBefore = workbench.session().modelDir();

        workbench.resultsModel().decide(falseAlarm, Verdict.PASS);

        assertTrue(errors.isEmpty(), errors.toString());
        assertNotEquals(modelBefore, workbench.session().modelDir(), "the taught model replaced the old one");
        assertTrue(workbench.statusProperty().get().contains("1 image added as normal by you"),
                workbench.statusProperty().get());
        double now = score(workbench.session().project(), falseAlarm.relativePath());
        assertTrue(now < 0.05 * falseAlarm.score(), falseAlarm.score() + " -> " + now);
        assertEquals(Verdict.PASS, workbench.session().project().decisionOf(falseAlarm.relativePath())
                .orElseThrow());

        workbench.save();
        Project reopened = new ProjectStore().loadWithoutModel(file).project();
        assertEquals(now, score(reopened, falseAlarm.relativePath()), 1e-12);
        assertEquals(Verdict.PASS, reopened.decisionOf(falseAlarm.relativePath()).orElseThrow());
    }

    @Test
    void takingAGoodMarkBackUnlearnsTheImageAndTheRankingComesBack() throws Exception {
        Path file = pretrainedPatchProject(5, "undo");
        List<UserError> errors = new ArrayList<>();
        Workbench workbench = new Workbench(AppContext.forTests(new SameThreadExecutor()), errors::add);
        workbench.openProject(file);
        Project opened = workbench.session().project();
        ResultRow first = workbench.resultsModel().rows().stream().filter(r -> r.relativePath().startsWith("p"))
                .max(Comparator.comparingDouble(ResultRow::score)).orElseThrow();
        String other = workbench.resultsModel().rows().stream().map(ResultRow::relativePath)
                .filter(p -> p.startsWith("p") && !p.equals(first.relativePath())).findFirst().orElseThrow();

        workbench.resultsModel().decide(first, Verdict.PASS);
        ResultRow second = workbench.resultsModel().rows().stream().filter(r -> r.relativePath().equals(other))
                .findFirst().orElseThrow();
        workbench.resultsModel().decide(second, Verdict.PASS);
        assertTrue(workbench.statusProperty().get().contains("2 images added as normal by you"),
                workbench.statusProperty().get());
        double learnt = score(workbench.session().project(), first.relativePath());
        assertTrue(learnt < 0.05 * score(opened, first.relativePath()));

        workbench.resultsModel().undoDecision();
        workbench.resultsModel().undoDecision();

        assertTrue(errors.isEmpty(), errors.toString());
        assertTrue(workbench.statusProperty().get().contains("0 images added as normal by you"),
                workbench.statusProperty().get());
        for (ScoredImage before : opened.scores()) {
            assertEquals(before.score(), score(workbench.session().project(), before.relativePath()), 1e-9,
                    "unlearnt: the model is the one opened again, " + before.relativePath());
        }
        assertTrue(workbench.session().project().decisions().isEmpty());
    }

    /** A project tuned with pretrained patches on textures drawn with {@code seed}, 2 of its 6 images planted. */
    private Path pretrainedPatchProject(long seed, String name) throws Exception {
        Random random = new Random(seed);
        Path normal = SyntheticTextures.write(dir.resolve("normal"), "n", 8, 40, random, -1);
        Path production = SyntheticTextures.write(dir.resolve("production"), "p", 4, 40, random, -1);
        SyntheticTextures.write(production, "q", 2, 40, random, 0.1);
        Path file = dir.resolve(name + ".augtune");
        StringWriter err = new StringWriter();
        assertEquals(0, AugTuneCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "tune",
                "--normal", normal.toString(), "--production", production.toString(), "--project", file.toString(),
                "--detection", "frozen", "--size", "32", "--seed", "3"), err.toString());
        return file;
    }

    private static double score(Project project, String image) {
        return project.scores().stream().filter(s -> s.relativePath().equals(image)).findFirst()
                .map(ScoredImage::score).orElseThrow();
    }
}
