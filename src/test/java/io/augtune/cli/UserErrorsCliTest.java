package io.augtune.cli;

import io.augtune.testdata.SyntheticTextures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Random;

import static io.augtune.cli.TuneScoreEvaluateCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #16, class 5: every user error is one line on stderr with exit 2 (usage) or 3 (unusable input), before any
 * work: non-finite or absurd numbers, sizes beyond their documented bound, an output in a folder that does not exist.
 */
class UserErrorsCliTest {
    @TempDir
    static Path dir;
    static String normal;
    static String production;

    @BeforeAll
    static void writeFolders() {
        Random random = new Random(3);
        normal = SyntheticTextures.write(dir.resolve("normal"), "n", 2, 20, random, -1).toString();
        production = SyntheticTextures.write(dir.resolve("production"), "p", 2, 20, random, -1).toString();
    }

    /** Asserts the exit code and that stderr is exactly one line naming {@code expected}. */
    static void assertOneLineError(int code, String expected, TuneScoreEvaluateCommandTest.Result r) {
        assertEquals(code, r.code(), r.err());
        String err = r.err().strip();
        assertEquals(1, err.lines().count(), "one line: " + err);
        assertTrue(err.startsWith("error: "), err);
        assertTrue(err.contains(expected), err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), err);
    }

    private static TuneScoreEvaluateCommandTest.Result tune(String... options) {
        return run(TuneScoreEvaluateCommandTest.concat(new String[] {"tune", "--normal", normal, "--production",
            production, "--out", dir.resolve("model").toString()}, options));
    }

    private static TuneScoreEvaluateCommandTest.Result score(String... options) {
        return run(TuneScoreEvaluateCommandTest.concat(new String[] {"score", "--model",
            dir.resolve("no-model").toString(), "--images", production}, options));
    }

    @Test
    void aThresholdOrReviewEdgeThatIsNotAFiniteNumberIsAUsageError() {
        String csv = dir.resolve("s.csv").toString();
        assertOneLineError(ExitCodes.USAGE, "--threshold must be a finite number: NaN",
                score("--csv", csv, "--threshold", "NaN"));
        assertOneLineError(ExitCodes.USAGE, "--review must be a finite number: Infinity",
                score("--csv", csv, "--review", "Infinity"));
        assertOneLineError(ExitCodes.USAGE, "--threshold must be a finite number: -Infinity",
                score("--csv", csv, "--threshold", "-Infinity"));
    }

    @Test
    void countsAndSizesBeyondTheirDocumentedBoundsAreUsageErrorsBeforeAnyWork() {
        assertOneLineError(ExitCodes.USAGE, "starts must be in 1..32: 2147483647", tune("--starts", "2147483647"));
        assertOneLineError(ExitCodes.USAGE, "budgetSeconds must be in 1..86400", tune("--budget-seconds",
                "2147483647"));
        assertOneLineError(ExitCodes.USAGE, "workingSize must be in 16..1024: -5", tune("--size", "-5"));
        assertOneLineError(ExitCodes.USAGE, "patchScale", tune("--patch-scale", "NaN"));
        assertOneLineError(ExitCodes.USAGE, "--starts", tune("--starts", "99999999999"));
        assertOneLineError(ExitCodes.USAGE, "batch must be at most 1024", run("bench", "--batch", "2147483647"));
        assertOneLineError(ExitCodes.USAGE, "--max-pixels must be at most 715827879", run("images", production,
                "--max-pixels", "9223372036854775807"));
    }

    @Test
    void theHelpOfEverySizeOptionStatesItsUpperBound() {
        String help = run("tune", "--help").out();
        assertTrue(help.contains("1..32"), help);
        assertTrue(help.contains("16..1024"), help);
        assertTrue(help.contains("1..86400"), help);
        assertTrue(run("bench", "--help").out().contains("1..1024"));
    }

    @Test
    void aCsvOrJsonInAFolderThatDoesNotExistIsRefusedBeforeAnyWork() {
        String csv = dir.resolve("missing").resolve("out.csv").toString();
        assertOneLineError(ExitCodes.UNUSABLE_INPUT, "does not exist", score("--csv", csv));
        assertOneLineError(ExitCodes.UNUSABLE_INPUT, "--csv " + csv, run("report", "--project",
                dir.resolve("p.augtune").toString(), "--csv", csv));
        assertOneLineError(ExitCodes.UNUSABLE_INPUT, "--json", run("evaluate", "--dataset",
                dir.resolve("mvtec").toString(), "--json", dir.resolve("missing").resolve("e.json").toString()));
    }

    @Test
    void anUnknownOptionIsOneLineNotTheWholeUsageText() {
        assertOneLineError(ExitCodes.USAGE, "--no-such-option", run("images", production, "--no-such-option"));
    }
}
