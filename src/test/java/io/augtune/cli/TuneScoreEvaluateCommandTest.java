package io.augtune.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.augtune.testdata.SyntheticTextures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The headless commands on tiny generated data: exit codes, outputs, files. */
class TuneScoreEvaluateCommandTest {
    private static final String[] TINY = {"--size", "16", "--starts", "1", "--budget-seconds", "1", "--seed", "3"};

    @TempDir
    static Path dir;
    static Path normal;
    static Path production;

    @BeforeAll
    static void writeData() {
        Random random = new Random(2);
        normal = SyntheticTextures.write(dir.resolve("normal"), "n", 10, 20, random, -1);
        production = SyntheticTextures.write(dir.resolve("production"), "p", 3, 20, random, -1);
        SyntheticTextures.write(production, "=q", 3, 20, random, 0.1);
        SyntheticTextures.writeDataset(dir.resolve("mvtec"), 20, 10, 4, 4, 0.1, 4);
    }

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AugTuneCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void tuneWritesAModelAndAProjectThenScoreRanksAFolderIntoACsv() throws Exception {
        Path model = dir.resolve("model");
        Path project = dir.resolve("line 1");
        Result tuned = run(concat(new String[] {"tune", "--normal", normal.toString(), "--production",
            production.toString(), "--out", model.toString(), "--project", project.toString()}, TINY));
        assertEquals(ExitCodes.OK, tuned.code(), tuned.err());
        assertTrue(tuned.out().contains("threshold"), tuned.out());
        assertTrue(Files.isRegularFile(model.resolve("model.json")));
        assertTrue(Files.isRegularFile(dir.resolve("line 1.augtune")));

        Path csv = dir.resolve("report.csv");
        Result scored = run("score", "--model", model.toString(), "--images", production.toString(),
                "--csv", csv.toString());
        assertEquals(ExitCodes.OK, scored.code(), scored.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(7, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("rank,file,score,verdict,threshold"));
        assertTrue(lines.stream().anyMatch(l -> l.contains(",'=q000.png,")), "formula-like names are guarded");
        assertTrue(scored.out().contains("6 images scored"), scored.out());
    }

    @Test
    void evaluateWritesTheJsonKeysOfTheBrief() throws Exception {
        Path json = dir.resolve("eval.json");
        Result r = run(concat(new String[] {"evaluate", "--dataset", dir.resolve("mvtec").toString(),
            "--methods", "fixed,tuned", "--json", json.toString()}, TINY));
        assertEquals(ExitCodes.OK, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        double fixed = root.path("imageAuroc").path("fixed").asDouble(-1);
        double tuned = root.path("imageAuroc").path("tuned").asDouble(-1);
        assertTrue(fixed >= 0 && fixed <= 1 && tuned >= 0 && tuned <= 1, root.toString());
        assertTrue(root.path("imageAuroc").path("gridSelected").isNull());
        for (String component : List.of("tuned", "frozen", "global")) {
            double auroc = root.path("components").path(component).path("imageAuroc").asDouble(-1);
            assertTrue(auroc >= 0 && auroc <= 1, "the default (fused) detector reports its components: " + root);
        }
        JsonNode images = root.path("fusedImages");
        assertEquals(8 + 2, images.size(), "every test image and the 2 held-back normals, for rule analyses");
        assertTrue(images.get(0).path("components").has("global"), images.toString());
        for (String part : List.of("tuned", "frozen")) {
            assertEquals(componentAuroc(images, part), root.path("components").path(part).path("imageAuroc")
                    .asDouble(), 1e-9, "a part ranks the test images by its image score as the fusion reads it");
        }
        // the default family is auto: the JSON names the family kept and every family tried
        String family = root.path("family").asText();
        assertTrue(root.path("families").has(family), root.toString());
        assertEquals(6, root.path("families").size(), "tiny images are looked at whole: every family is tried");
        root.path("families").forEach(f -> {
            double loss = f.path("finalValidationLoss").asDouble(-1);
            double auroc = f.path("imageAuroc").asDouble(-1);
            assertTrue(loss >= 0 && loss <= 1 && auroc >= 0 && auroc <= 1, f.toString());
        });
        assertFalse(root.path("familyChoice").path("reason").asText().isBlank());
        assertEquals(root.path("families").path(family).path("hyperparameters").size(),
                root.path("tunedHyperparameters").size(), "the tuned family's own hyperparameters");
        assertEquals(10, root.path("images").path("normal").asInt());
        assertEquals(8, root.path("images").path("production").asInt());
        assertTrue(root.path("seconds").path("tuned").asDouble() > 0);
        assertTrue(Files.isRegularFile(dir.resolve("eval.trajectories.csv")));
    }

    @Test
    void frozenDetectionTunesNothingScoresAFolderAndEvaluatesIntoTheTunedSlot() throws Exception {
        String[] frozen = {"--detection", "frozen", "--size", "32", "--seed", "3"};
        Path model = dir.resolve("frozen-model");
        Result fitted = run(concat(new String[] {"tune", "--normal", normal.toString(), "--production",
            production.toString(), "--out", model.toString()}, frozen));
        assertEquals(ExitCodes.OK, fitted.code(), fitted.err());
        assertTrue(fitted.out().contains("fitted frozen pretrained patch features"), fitted.out());
        Path csv = dir.resolve("frozen.csv");
        Result scored = run("score", "--model", model.toString(), "--images", production.toString(),
                "--csv", csv.toString());
        assertEquals(ExitCodes.OK, scored.code(), scored.err());
        assertEquals(7, Files.readAllLines(csv).size());

        Path json = dir.resolve("frozen.json");
        Result r = run(concat(new String[] {"evaluate", "--dataset", dir.resolve("mvtec").toString(),
            "--methods", "tuned", "--json", json.toString()}, frozen));
        assertEquals(ExitCodes.OK, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        double tuned = root.path("imageAuroc").path("tuned").asDouble(-1);
        assertTrue(tuned >= 0 && tuned <= 1, root.toString());
        assertTrue(root.path("detection").asText().startsWith("frozen-patches"), root.toString());
        assertEquals(32, root.path("workingSize").asInt());
    }

    @Test
    void frozenDetectionRefusesAWorkingSizeOffItsFeatureGrid() {
        Result r = run("evaluate", "--dataset", dir.resolve("mvtec").toString(), "--methods", "tuned",
                "--detection", "frozen", "--size", "30");
        assertEquals(ExitCodes.USAGE, r.code(), "30 is not a multiple of 16: " + r.err());
    }

    @Test
    void evaluateDiagnoseWritesTheCorrelationPerLossAndTheSensitivityRun() throws Exception {
        Path json = dir.resolve("diagnose.json");
        Result r = run(concat(new String[] {"evaluate", "--dataset", dir.resolve("mvtec").toString(),
            "--methods", "grid,tuned", "--diagnose", "--family", "rotation", "--json", json.toString()}, TINY));
        assertEquals(ExitCodes.OK, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        JsonNode d = root.path("diagnostics");
        // The grid's own loss, re-measured through finalLossUnder, must give the same correlation.
        assertEquals(d.path("spearman").asDouble(), d.path("spearmanByLoss").path(root.path("validationLoss").asText())
                .asDouble(), 1e-12, d.toString());
        for (String loss : List.of("mean-distance", "sinkhorn", "unexplained-distance")) {
            assertTrue(d.path("spearmanByLoss").has(loss), d.toString());
        }
        for (String production : List.of("normalOnly", "defectOnly", "mixed")) {
            assertTrue(d.path("sensitivity").path(production).has("angle"), d.toString());
        }
        assertTrue(r.out().contains("under unexplained-distance"), r.out());
    }

    @Test
    void aMissingFolderIsUnusableInputNamingIt() {
        Result r = run(concat(new String[] {"tune", "--normal", dir.resolve("nope").toString(), "--production",
            production.toString(), "--out", dir.resolve("m2").toString()}, TINY));
        assertEquals(ExitCodes.UNUSABLE_INPUT, r.code());
        assertTrue(r.err().contains("nope"), r.err());
    }

    @Test
    void tuneRunsWithTheFourHyperparameterLineFamilyAndRecordsItsHyperparameters() throws Exception {
        Path model = dir.resolve("line-model");
        Result r = run(concat(new String[] {"tune", "--normal", normal.toString(), "--production",
            production.toString(), "--out", model.toString(), "--family", "line"}, TINY));
        assertEquals(ExitCodes.OK, r.code(), r.err());
        JsonNode saved = new ObjectMapper().readTree(model.resolve("model.json").toFile());
        assertEquals("line", saved.path("family").asText(), saved.toString());
        for (String name : List.of("length", "width", "contrast", "tilt")) {
            assertTrue(r.out().contains(name), name + " in " + r.out());
        }
    }

    @Test
    void anUnknownFamilyIsAUsageError() {
        Result r = run("tune", "--normal", normal.toString(), "--production", production.toString(),
                "--out", dir.resolve("m3").toString(), "--family", "blur");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("cutdiff"), r.err());
        assertTrue(r.err().contains("shading"), "the new families are named too: " + r.err());
    }

    @Test
    void anUnknownVariantIsAUsageErrorNamingTheValidOnes() {
        Result r = run("tune", "--normal", normal.toString(), "--production", production.toString(),
                "--out", dir.resolve("m4").toString(), "--variant", "fancy");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("default or plain"), r.err());
    }

    @Test
    void scoringWithAMissingModelIsUnusableInput() {
        Result r = run("score", "--model", dir.resolve("no-model").toString(), "--images", production.toString(),
                "--csv", dir.resolve("x.csv").toString());
        assertEquals(ExitCodes.UNUSABLE_INPUT, r.code());
        assertTrue(r.err().contains("no-model"), r.err());
    }

    /** Image AUROC of the test images ranked by one part's z (ties count half). */
    private static double componentAuroc(JsonNode images, String part) {
        List<Double> defective = new java.util.ArrayList<>();
        List<Double> good = new java.util.ArrayList<>();
        for (JsonNode image : images) {
            if (!image.path("heldBack").asBoolean()) {
                (image.path("anomalous").asBoolean() ? defective : good).add(image.path("components").path(part)
                        .asDouble());
            }
        }
        double wins = 0;
        for (double d : defective) {
            for (double g : good) {
                wins += d > g ? 1 : d == g ? 0.5 : 0;
            }
        }
        return wins / defective.size() / good.size();
    }
}
