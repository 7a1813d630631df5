package io.augtune.cli;

import io.augtune.project.Project;
import io.augtune.project.ProjectStore;
import io.augtune.project.Verdict;
import io.augtune.testdata.SyntheticTextures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static io.augtune.cli.TuneScoreEvaluateCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code decide} records decisions by name, by path or from a CSV; the report and a rescoring carry them. */
class DecideCommandTest {
    private static final String[] TINY = TinyProject.TINY;

    @TempDir
    static Path dir;
    static Path production;
    static Path project;

    @BeforeAll
    static void tuneAProject() {
        TinyProject tiny = TinyProject.tune(dir, 7);
        production = tiny.production();
        project = tiny.file();
    }

    /** Each test decides on its own copy of the project. */
    private static Path copy(String name) throws Exception {
        return Files.copy(project, dir.resolve(name + ".augtune"));
    }

    @Test
    void decisionsByNameAndByPathAreSavedReportedAndKeptByARescoring() throws Exception {
        Path project = copy("by-name");
        TuneScoreEvaluateCommandTest.Result r = run("decide", "--project", project.toString(), "--good", "p000.png",
                "--defect", production.resolve("p001.png").toString(), "--unsure", "p002.png");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains("3 decisions recorded: 1 defect, 1 good, 1 unsure"), r.out());
        Project saved = new ProjectStore().loadWithoutModel(project).project();
        assertEquals(Verdict.PASS, saved.decisionOf("p000.png").orElseThrow());
        assertEquals(Verdict.FAIL, saved.decisionOf("p001.png").orElseThrow());

        Path csv = dir.resolve("report.csv");
        assertEquals(ExitCodes.OK, run("report", "--project", project.toString(), "--csv", csv.toString()).code());
        String p001 = Files.readAllLines(csv).stream().filter(l -> l.contains("p001.png")).findFirst().orElseThrow();
        List<String> header = List.of(Files.readAllLines(csv).get(0).split(",", -1));
        assertTrue(p001.contains(",FAIL,"), p001);
        assertEquals("defect", p001.split(",", -1)[header.indexOf("decision")], p001);

        assertEquals(ExitCodes.OK, run("score", "--project", project.toString(), "--csv",
                dir.resolve("again.csv").toString()).code());
        assertEquals(3, new ProjectStore().loadWithoutModel(project).project().decisions().size());
    }

    @Test
    void decisionsComeFromACsvAndAnEmptyDecisionClearsOne() throws Exception {
        Path project = copy("from-csv");
        assertEquals(ExitCodes.OK, run("decide", "--project", project.toString(), "--good", "p000.png").code());
        Path decisions = Files.writeString(dir.resolve("decisions.csv"), "file,decision\np003.png,defect\n"
                + "p000.png,\n");
        TuneScoreEvaluateCommandTest.Result r = run("decide", "--project", project.toString(), "--csv",
                decisions.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        Project saved = new ProjectStore().loadWithoutModel(project).project();
        assertEquals(Verdict.FAIL, saved.decisionOf("p003.png").orElseThrow());
        assertTrue(saved.decisionOf("p000.png").isEmpty());
    }

    @Test
    void anImageThatIsNotInTheProjectIsRefusedAndNothingChanges() throws Exception {
        byte[] before = Files.readAllBytes(project);
        TuneScoreEvaluateCommandTest.Result r = run("decide", "--project", project.toString(), "--good",
                "nope.png");
        assertEquals(ExitCodes.UNUSABLE_INPUT, r.code());
        assertTrue(r.err().contains("nope.png: not a scored production image"), r.err());
        assertArrayEquals(before, Files.readAllBytes(project));
    }

    @Test
    void aGoodMarkTeachesAPretrainedPatchModelAndTheImageStopsBeingFlagged() throws Exception {
        Random random = new Random(9);
        Path normal = SyntheticTextures.write(dir.resolve("frozen-normal"), "n", 8, 40, random, -1);
        Path frozenProduction = SyntheticTextures.write(dir.resolve("frozen-production"), "p", 4, 40, random, -1);
        SyntheticTextures.write(frozenProduction, "q", 2, 40, random, 0.1);
        Path frozen = dir.resolve("frozen.augtune");
        assertEquals(ExitCodes.OK, run("tune", "--normal", normal.toString(), "--production",
                frozenProduction.toString(), "--project", frozen.toString(), "--detection", "frozen", "--size", "32",
                "--seed", "3").code());
        Project before = new ProjectStore().loadWithoutModel(frozen).project();
        io.augtune.project.ScoredImage worstGood = before.scores().stream()
                .filter(s -> s.relativePath().startsWith("p"))
                .max(java.util.Comparator.comparingDouble(io.augtune.project.ScoredImage::score)).orElseThrow();

        TuneScoreEvaluateCommandTest.Result r = run("decide", "--project", frozen.toString(), "--good",
                worstGood.relativePath());

        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains("1 image added as normal to the model"), r.out());
        Project after = new ProjectStore().loadWithoutModel(frozen).project();
        double now = after.scores().stream().filter(s -> s.relativePath().equals(worstGood.relativePath()))
                .findFirst().orElseThrow().score();
        assertTrue(now < worstGood.score(), worstGood.score() + " -> " + now);
        assertTrue(now < 0.05 * worstGood.score(), "its own cells are now in the memory bank (up to float rounding "
                + "of the distance): " + now);
        assertEquals(Verdict.PASS, after.decisionOf(worstGood.relativePath()).orElseThrow());
        TuneScoreEvaluateCommandTest.Result rescored = run("score", "--project", frozen.toString(), "--csv",
                dir.resolve("frozen.csv").toString());
        assertEquals(ExitCodes.OK, rescored.code(), rescored.err());
        assertEquals(now, new ProjectStore().loadWithoutModel(frozen).project().scores().stream()
                .filter(s -> s.relativePath().equals(worstGood.relativePath())).findFirst().orElseThrow().score(),
                1e-9, "the next score --project ranks with the taught model");
    }

    @Test
    void aGoodMarkOnATrainedModelIsRecordedWithAWarningThatTheModelDidNotLearn() throws Exception {
        // patch detection alone has no pretrained memory bank to learn in
        Path project = TinyProject.tune(Files.createDirectories(dir.resolve("trained")), 5, "--detection", "patches")
                .file();
        TuneScoreEvaluateCommandTest.Result r = run("decide", "--project", project.toString(), "--good", "p000.png");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.err().contains("only a model with pretrained patches"), r.err());
        assertEquals(Verdict.PASS, new ProjectStore().loadWithoutModel(project).project().decisionOf("p000.png")
                .orElseThrow());
    }
}
