package io.augtune.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** score with heatmaps and a review band, and evaluate's localisation keys, on tiny generated data. */
class ScoreHeatmapCommandTest {
    private static final String[] TINY = {"--size", "16", "--starts", "1", "--budget-seconds", "1", "--seed", "3"};

    @TempDir
    static Path dir;
    static Path production;
    static Path model;

    @BeforeAll
    static void tune() {
        Random random = new Random(2);
        Path normal = SyntheticTextures.write(dir.resolve("normal"), "n", 10, 20, random, -1);
        production = SyntheticTextures.write(dir.resolve("production"), "p", 3, 20, random, -1);
        SyntheticTextures.write(production.resolve("more"), "q", 3, 20, random, 0.1);
        model = dir.resolve("model");
        TuneScoreEvaluateCommandTest.Result tuned = run(concat(new String[] {"tune", "--normal", normal.toString(),
            "--production", production.toString(), "--out", model.toString(), "-r"}, TINY));
        assertEquals(ExitCodes.OK, tuned.code(), tuned.err());
    }

    private static List<String> column(List<String> csv, String name) {
        int index = List.of(csv.get(0).split(",", -1)).indexOf(name);
        return csv.stream().skip(1).map(line -> line.split(",", -1)[index]).toList();
    }

    @Test
    void scoreFillsTheMapColumnsAndWritesAnOverlayAndARawMapPerImage() throws Exception {
        Path csv = dir.resolve("maps.csv");
        Path heatmaps = dir.resolve("heatmaps");
        TuneScoreEvaluateCommandTest.Result r = run("score", "--model", model.toString(), "--images",
                production.toString(), "-r", "--csv", csv.toString(), "--heatmaps", heatmaps.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains("map threshold"), r.out());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(7, lines.size());
        // the default (fused) detector counts normal spreads: a good part's map maximum may be below 0
        assertTrue(column(lines, "max_map_score").stream().allMatch(v -> Double.isFinite(Double.parseDouble(v))),
                lines.toString());
        assertTrue(lines.get(0).endsWith(",decision,component_tuned,component_frozen,component_global"), lines.get(0));
        List<String> verdicts = column(lines, "verdict");
        assertTrue(verdicts.stream().allMatch(v -> List.of("PASS", "REVIEW", "FAIL").contains(v)));
        List<String> boxes = column(lines, "defect_bbox");
        List<String> areas = column(lines, "defect_area_px");
        for (int i = 0; i < boxes.size(); i++) {
            if (verdicts.get(i).equals("PASS")) {
                assertTrue(areas.get(i).isEmpty() && boxes.get(i).isEmpty(), "a part that passes has no defect area");
            } else {
                assertTrue(Long.parseLong(areas.get(i)) >= 0);
                assertEquals(areas.get(i).equals("0"), boxes.get(i).isEmpty(), "a box exactly when there is an area");
            }
        }
        assertTrue(Files.isRegularFile(heatmaps.resolve("p000.png.overlay.png")));
        assertTrue(Files.isRegularFile(heatmaps.resolve("p000.png.map.png")));
        assertTrue(Files.isRegularFile(heatmaps.resolve("more/q002.png.overlay.png")));
        assertTrue(Files.isRegularFile(heatmaps.resolve("heatmaps.properties")));
    }

    @Test
    void aReviewBandGivesReviewVerdictsBetweenItsEdges() throws Exception {
        Path csv = dir.resolve("review.csv");
        TuneScoreEvaluateCommandTest.Result r = run("score", "--model", model.toString(), "--images",
                production.toString(), "-r", "--csv", csv.toString(), "--threshold", "1e9", "--review=-1e9");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(column(Files.readAllLines(csv), "verdict").stream().allMatch("REVIEW"::equals));
        assertTrue(r.out().contains("0 above the threshold, 6 to review"), r.out());
        assertTrue(Files.readString(dir.resolve("review.meta.properties")).contains("review_lower"));
    }

    @Test
    void aReviewEdgeAtOrAboveTheFailThresholdIsAUsageError() {
        TuneScoreEvaluateCommandTest.Result r = run("score", "--model", model.toString(), "--images",
                production.toString(), "--csv", dir.resolve("bad.csv").toString(), "--threshold", "5", "--review",
                "5");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("--review"), r.err());
        assertFalse(Files.exists(dir.resolve("bad.csv")));
    }
}
