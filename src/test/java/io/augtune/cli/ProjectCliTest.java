package io.augtune.cli;

import io.augtune.testdata.SyntheticTextures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static io.augtune.cli.TuneScoreEvaluateCommandTest.concat;
import static io.augtune.cli.TuneScoreEvaluateCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code tune --project}, {@code report --project} and {@code score --project}: a project's life on the command line. */
class ProjectCliTest {
    private static final String[] TINY = {"--size", "16", "--starts", "1", "--budget-seconds", "1", "--seed", "3"};

    @TempDir
    static Path dir;
    static Path normal;
    static Path production;
    static Path project;

    @BeforeAll
    static void tuneAProject() {
        Random random = new Random(4);
        normal = SyntheticTextures.write(dir.resolve("normal"), "n", 10, 20, random, -1);
        production = SyntheticTextures.write(dir.resolve("production"), "p", 3, 20, random, -1);
        SyntheticTextures.write(production, "q", 3, 20, random, 0.1);
        project = dir.resolve("line.augtune");
        TuneScoreEvaluateCommandTest.Result tuned = run(concat(new String[] {"tune", "--normal", normal.toString(),
            "--production", production.toString(), "--project", project.toString()}, TINY));
        assertEquals(ExitCodes.OK, tuned.code(), tuned.err());
    }

    @Test
    void aProjectsReportLeavesOutImagesThatChangedUntilTheFolderIsScoredAgain() throws Exception {
        Path csv = dir.resolve("report.csv");
        TuneScoreEvaluateCommandTest.Result report = run("report", "--project", project.toString(), "--csv",
                csv.toString());
        assertEquals(ExitCodes.OK, report.code(), report.err());
        assertEquals(7, Files.readAllLines(csv).size(), "header + 6 images");
        assertTrue(Files.isRegularFile(dir.resolve("report.meta.properties")), "metadata sidecar");
        assertTrue(report.out().contains("6 images"), report.out());
        assertFalse(report.err().contains("warning"), report.err());

        // Another image under an existing name: its saved score no longer describes it.
        Files.copy(production.resolve("q000.png"), production.resolve("p001.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        TuneScoreEvaluateCommandTest.Result stale = run("report", "--project", project.toString(), "--csv",
                csv.toString());
        assertEquals(ExitCodes.OK, stale.code(), stale.err());
        assertTrue(stale.err().contains("Changed: production:p001.png"), stale.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(6, lines.size(), String.join("\n", lines));
        assertTrue(lines.stream().noneMatch(l -> l.contains("p001.png")));

        TuneScoreEvaluateCommandTest.Result rescored = run("score", "--project", project.toString(), "--csv",
                dir.resolve("rescored.csv").toString());
        assertEquals(ExitCodes.OK, rescored.code(), rescored.err());
        assertTrue(rescored.out().contains("project updated"), rescored.out());
        TuneScoreEvaluateCommandTest.Result fresh = run("report", "--project", project.toString(), "--csv",
                csv.toString());
        assertFalse(fresh.err().contains("warning"), fresh.err());
        assertEquals(7, Files.readAllLines(csv).size());
    }

    @Test
    void scoringAnotherFolderWithAProjectLeavesTheProjectAsItIs() throws Exception {
        Path batch = SyntheticTextures.write(dir.resolve("batch"), "b", 2, 20, new Random(8), -1);
        byte[] before = Files.readAllBytes(project);
        TuneScoreEvaluateCommandTest.Result r = run("score", "--project", project.toString(), "--images",
                batch.toString(), "--csv", dir.resolve("batch.csv").toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains("2 images scored"), r.out());
        assertTrue(r.out().contains("is unchanged"), r.out());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(project)));
    }

    @Test
    void tuningAnExistingProjectRetunesItWithItsFoldersAndTheNewOptions() throws Exception {
        Path copy = dir.resolve("copy.augtune");
        Files.copy(project, copy);
        byte[] before = Files.readAllBytes(copy);
        TuneScoreEvaluateCommandTest.Result r = run("tune", "--project", copy.toString(), "--seed", "11",
                "--budget-seconds", "1", "--starts", "1");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertNotEquals(new String(before, java.nio.charset.StandardCharsets.ISO_8859_1),
                new String(Files.readAllBytes(copy), java.nio.charset.StandardCharsets.ISO_8859_1));
        TuneScoreEvaluateCommandTest.Result report = run("report", "--project", copy.toString(), "--csv",
                dir.resolve("copy.csv").toString());
        assertEquals(ExitCodes.OK, report.code(), report.err());
        assertTrue(report.out().contains("6 images"), report.out());
    }

    @Test
    void scoreNeedsExactlyOneOfModelAndProject() {
        TuneScoreEvaluateCommandTest.Result r = run("score", "--images", production.toString(), "--csv",
                dir.resolve("x.csv").toString());
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("--model"), r.err());
    }

    @Test
    void aReportOfAMissingProjectIsUnusableInputNamingIt() {
        TuneScoreEvaluateCommandTest.Result r = run("report", "--project", dir.resolve("none.augtune").toString(),
                "--csv", dir.resolve("y.csv").toString());
        assertEquals(ExitCodes.UNUSABLE_INPUT, r.code());
        assertTrue(r.err().contains("none.augtune"), r.err());
    }
}
