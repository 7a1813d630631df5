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
import java.util.Random;

import static io.augtune.cli.TuneScoreEvaluateCommandTest.concat;
import static io.augtune.cli.TuneScoreEvaluateCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code decide} records decisions by name, by path or from a CSV; the report and a rescoring carry them. */
class DecideCommandTest {
    private static final String[] TINY = {"--size", "16", "--starts", "1", "--budget-seconds", "1", "--seed", "3"};

    @TempDir
    static Path dir;
    static Path production;
    static Path project;

    @BeforeAll
    static void tuneAProject() {
        Random random = new Random(7);
        Path normal = SyntheticTextures.write(dir.resolve("normal"), "n", 8, 20, random, -1);
        production = SyntheticTextures.write(dir.resolve("production"), "p", 4, 20, random, 0.1);
        project = dir.resolve("line.augtune");
        TuneScoreEvaluateCommandTest.Result tuned = run(concat(new String[] {"tune", "--normal", normal.toString(),
            "--production", production.toString(), "--project", project.toString()}, TINY));
        assertEquals(ExitCodes.OK, tuned.code(), tuned.err());
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
        assertTrue(p001.contains(",FAIL,") && p001.endsWith(",defect"), p001);

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
}
