package io.augtune.cli;

import io.augtune.testdata.SyntheticTextures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static io.augtune.cli.TuneScoreEvaluateCommandTest.concat;
import static io.augtune.cli.TuneScoreEvaluateCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #16, class 6: every name the folder scanner accepts can be stored in a project. An image whose name holds a
 * backslash (legal on Linux, a separator on Windows) is skipped with the reason by tune and score alike, and the
 * project is saved.
 */
class UnstorableNamesCliTest {
    private static final String[] TINY = {"--size", "16", "--starts", "1", "--budget-seconds", "1", "--seed", "3"};

    @TempDir
    Path dir;

    @Test
    void tuneAndScoreSkipAnImageNamedWithABackslashAndStillSaveTheProject() throws Exception {
        Random random = new Random(5);
        Path normal = SyntheticTextures.write(dir.resolve("normal"), "n", 8, 20, random, -1);
        Path production = SyntheticTextures.write(dir.resolve("production"), "p", 3, 20, random, -1);
        Files.copy(production.resolve("p000.png"), production.resolve("lot\\7.png"));
        Files.copy(normal.resolve("n000.png"), normal.resolve("a\\b.png"));
        Path project = dir.resolve("line.augtune");

        TuneScoreEvaluateCommandTest.Result tuned = run(concat(new String[] {"tune", "--normal", normal.toString(),
            "--production", production.toString(), "--project", project.toString()}, TINY));

        assertEquals(ExitCodes.OK, tuned.code(), tuned.err());
        assertTrue(tuned.err().contains("lot\\7.png: the name holds a backslash"), tuned.err());
        assertTrue(tuned.err().contains("a\\b.png: the name holds a backslash"), tuned.err());
        assertTrue(Files.isRegularFile(project));

        TuneScoreEvaluateCommandTest.Result scored = run("score", "--project", project.toString(), "--csv",
                dir.resolve("scores.csv").toString());

        assertEquals(ExitCodes.OK, scored.code(), scored.err());
        assertTrue(scored.err().contains("lot\\7.png: the name holds a backslash"), scored.err());
        assertTrue(scored.out().contains("3 images scored"), scored.out());
        assertFalse(Files.readString(dir.resolve("scores.csv")).contains("lot"));
    }
}
