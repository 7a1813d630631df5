package io.augtune.cli;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.augtune.cli.TuneScoreEvaluateCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code bench --fused}: the default detector's scoring throughput, every part timed (issue #14). */
class BenchFusedCommandTest {
    @Test
    void aTinySizeReportsEveryPartWithPositiveFigures() {
        TuneScoreEvaluateCommandTest.Result r = run("bench", "--fused", "40x100", "--images", "1");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("fused detector (defaults), 40x100 gray originals, 1 timed"), r.out());
        assertTrue(lines.get(1).contains("fused input 224x560") && lines.get(1).contains("frozen-patches(")
                && lines.get(1).contains("bank 10000") && lines.get(1).contains("map at original 40x100"), lines.get(1));
        for (String part : List.of("resize to fused input", "trained detector", "pretrained cells",
                "global, part resizes, fusion", "map at original size", "scoring", "peak resident memory")) {
            String line = lines.stream().filter(l -> l.startsWith(part)).findFirst().orElseThrow(() ->
                    new AssertionError("no line " + part + " in " + r.out()));
            Matcher m = Pattern.compile("\\s(-?[0-9.]+) (ms|images/s|MB)").matcher(line);
            assertTrue(m.find(), line);
            assertTrue(Double.parseDouble(m.group(1)) > 0, line);
        }
    }

    @Test
    void aPatchGridSizeTimesTheTrainedPatchesAgainstAFullBank() {
        TuneScoreEvaluateCommandTest.Result r = run("bench", "--fused", "300x300", "--images", "1");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains("trained 160x160 patch-grid(knn bank 4096"), r.out());
    }

    @Test
    void aSideBelowSixteenIsAUsageError() {
        UserErrorsCliTest.assertOneLineError(ExitCodes.USAGE, "--fused must be WxH with sides of at least 16",
                run("bench", "--fused", "15x100"));
        UserErrorsCliTest.assertOneLineError(ExitCodes.USAGE, "not both",
                run("bench", "--fused", "40x100", "--frozen", "32x32"));
    }
}
