package io.augtune.cli;

import io.augtune.project.FamilyTrials;
import io.augtune.project.ProjectStore;
import io.augtune.testdata.SyntheticTextures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Random;

import static io.augtune.cli.TuneScoreEvaluateCommandTest.concat;
import static io.augtune.cli.TuneScoreEvaluateCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code tune} and {@code report} say which family {@code --family auto} kept and why; a named family says nothing. */
class FamilyChoiceCliTest {
    @TempDir
    static Path dir;
    static Path normal;
    static Path production;

    @BeforeAll
    static void writeImages() {
        Random random = new Random(5);
        normal = SyntheticTextures.write(dir.resolve("normal"), "n", 10, 20, random, -1);
        production = SyntheticTextures.write(dir.resolve("production"), "p", 4, 20, random, 0.1);
    }

    private static TuneScoreEvaluateCommandTest.Result tune(Path project, String... options) {
        TuneScoreEvaluateCommandTest.Result tuned = run(concat(new String[] {"tune", "--normal", normal.toString(),
            "--production", production.toString(), "--project", project.toString()},
                concat(TinyProject.TINY, options)));
        assertEquals(ExitCodes.OK, tuned.code(), tuned.err());
        return tuned;
    }

    @Test
    void autoTuningAndItsReportPrintTheFamilyKeptEveryFamilysSeparationAndTheReason() throws Exception {
        Path project = dir.resolve("auto.augtune");
        TuneScoreEvaluateCommandTest.Result tuned = tune(project);
        FamilyTrials search = new ProjectStore().loadWithoutModel(project).project().tuning().familyTrials();

        String kept = "family " + search.chosen() + " chosen automatically";
        assertTrue(tuned.out().contains(kept), tuned.out());
        assertTrue(tuned.out().contains("family choice: " + search.reason() + "\n"), tuned.out());
        for (var trial : search.trials()) {
            assertTrue(tuned.out().contains(String.format(java.util.Locale.ROOT, "%s %.2f", trial.family(),
                    1 - trial.loss())), trial.family() + " in " + tuned.out());
        }
        assertTrue(tuned.out().contains(search.chosen() + " " + String.format(java.util.Locale.ROOT, "%.2f",
                1 - search.trials().stream().filter(t -> t.family().equals(search.chosen())).findFirst()
                        .orElseThrow().loss()) + " (kept)"), tuned.out());

        TuneScoreEvaluateCommandTest.Result report = run("report", "--project", project.toString(), "--csv",
                dir.resolve("auto.csv").toString());
        assertEquals(ExitCodes.OK, report.code(), report.err());
        assertTrue(report.out().contains(kept), report.out());
        assertTrue(report.out().contains("family choice: " + search.reason() + "\n"), report.out());
    }

    @Test
    void aNamedFamilyPrintsNoChoice() {
        Path project = dir.resolve("line.augtune");
        TuneScoreEvaluateCommandTest.Result tuned = tune(project, "--family", "line");
        assertTrue(tuned.out().startsWith("tuned line in "), tuned.out());
        assertFalse(tuned.out().contains("family choice"), tuned.out());

        TuneScoreEvaluateCommandTest.Result report = run("report", "--project", project.toString(), "--csv",
                dir.resolve("line.csv").toString());
        assertFalse(report.out().contains("family choice"), report.out());
    }
}
