package io.augtune.model;

import io.augtune.cli.AugTuneCommand;
import io.augtune.common.CancellationToken;
import io.augtune.project.DatasetSpec;
import io.augtune.project.ProjectSettings;
import io.augtune.testdata.SyntheticTextures;
import io.augtune.workflow.ModelFolder;
import io.augtune.workflow.TuneJob;
import io.augtune.workflow.TuneObserver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #16, class 5: a saved model with non-finite values or absurd sizes is refused when it is read, with a
 * message naming the file, before anything of the claimed size is allocated; the command line says so in one line.
 */
class HostileModelFilesTest {
    @TempDir
    static Path dir;
    static Path model;
    static Path production;

    @BeforeAll
    static void tuneATinyModel() throws Exception {
        Random random = new Random(12);
        Path normal = SyntheticTextures.write(dir.resolve("normal"), "n", 8, 48, random, -1);
        production = SyntheticTextures.write(dir.resolve("production"), "p", 2, 48, random, -1);
        ProjectSettings tiny = ProjectSettings.builder().workingSize(16).batchSize(4).starts(1).budgetSeconds(1)
                .warmupSteps(2).seed(3).build();
        model = new TuneJob(new TuneJob.TuneRequest("tiny", new DatasetSpec(normal, production, false), tiny))
                .run(TuneObserver.NONE, CancellationToken.none()).modelDir();
    }

    @AfterAll
    static void cleanUp() {
        ModelFolder.deleteQuietly(model);
    }

    /** A copy of the tuned model to tamper with. */
    private static Path copy(String name) throws IOException {
        Path target = dir.resolve(name);
        try (Stream<Path> files = Files.walk(model)) {
            for (Path file : files.toList()) {
                Path to = target.resolve(model.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        }
        return target;
    }

    private static String refusal(Path tampered) {
        return assertThrows(IOException.class, () -> ScoringModel.load(tampered).close()).getMessage();
    }

    private static void replaceIn(Path file, String regex, String replacement) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String changed = text.replaceFirst(regex, replacement);
        assertTrue(!changed.equals(text), "the tampering applies to " + file);
        Files.writeString(file, changed, StandardCharsets.UTF_8);
    }

    /** Why the model is refused once the first match of {@code regex} in its {@code file} is replaced (in a copy). */
    private static String refusalAfter(String name, String file, String regex, String replacement) throws IOException {
        Path tampered = copy(name);
        replaceIn(tampered.resolve(file), regex, replacement);
        return refusal(tampered);
    }

    @Test
    void aGaussianWithANaNMeanIsRefused() throws Exception {
        String message = refusalAfter("nan-mean", "gaussian.json", "\"mean\" : \\[ [-0-9.eE]+",
                "\"mean\" : [ \"NaN\"");

        assertTrue(message.contains("gaussian.json") && message.contains("not a finite number"), message);
    }

    @Test
    void aModelInfoWithAnAbsurdWorkingSizeOrAnInfiniteHyperparameterIsRefused() throws Exception {
        Path size = copy("huge-size");
        replaceIn(size.resolve("model.json"), "\"workingSize\" : \\d+", "\"workingSize\" : 2000000000");
        Path hyper = copy("infinite-hyperparameter");
        replaceIn(hyper.resolve("model.json"), "\"hyperparameters\" : \\{\\s*(\"[^\"]+\") : [-0-9.eE]+",
                "\"hyperparameters\" : { $1 : \"Infinity\"");

        assertTrue(refusal(size).contains("workingSize must be in 16..1024"));
        assertTrue(refusal(hyper).contains("must be a finite number"));
    }

    /** The patch bank of the copy, which patch detection with the nearest-neighbour scorer writes. */
    private static Path bankOf(Path tampered) {
        Path bank = tampered.resolve("patch-bank.bin");
        assertTrue(Files.isRegularFile(bank), "the model has a patch bank");
        return bank;
    }

    @Test
    void aPatchBankWhoseHeaderClaimsMoreThanTheFileHoldsIsRefusedBeforeAllocating() throws Exception {
        Path tampered = copy("huge-bank");
        try (RandomAccessFile file = new RandomAccessFile(bankOf(tampered).toFile(), "rw")) {
            file.seek(8);
            file.writeInt(1 << 20);
            file.writeInt(1 << 8);
        }

        String message = refusal(tampered);

        assertTrue(message.contains("patch-bank.bin") && message.contains("header implies"), message);
    }

    @Test
    void aPatchBankHoldingANaNIsRefused() throws Exception {
        Path tampered = copy("nan-bank");
        try (RandomAccessFile file = new RandomAccessFile(bankOf(tampered).toFile(), "rw")) {
            file.seek(16);
            file.writeFloat(Float.NaN);
        }

        assertTrue(refusal(tampered).contains("not a finite number"));
    }

    @Test
    void aDetectorWithAbsurdStageWidthsIsRefused() throws Exception {
        Path tampered = copy("wide-detector");
        replaceIn(tampered.resolve("detector").resolve("detector.properties"), "stageWidths=[0-9, ]+",
                "stageWidths=1000000\n");

        assertTrue(refusal(tampered).contains("stage widths must be in 1..4096"));
    }

    @Test
    void aFusedPartWhoseImageScoreHasNoCellsIsRefused() throws Exception {
        assertTrue(refusalAfter("no-cells", "fusion.json", "\"imageCells\" : [0-9]+", "\"imageCells\" : 0")
                .contains("fusion.json"));
    }

    @Test
    void aFusionSavedBeforePartsHadImageCellsScoresByTheMapMaximumAndAddsTheGlobalExcess() throws Exception {
        Path old = copy("before-image-cells");
        String text = Files.readString(old.resolve("fusion.json"), StandardCharsets.UTF_8);
        String without = text.replaceAll(",\\s*\"imageCells\" : [0-9]+", "")
                .replaceAll(",\\s*\"globalJoin\" : \"[A-Z_]+\"", "")
                .replaceAll(",\\s*\"partsJoin\" : \"[A-Z_]+\"", "")
                .replaceAll(",\\s*\"markFactor\" : [-0-9.eE]+", "");
        assertTrue(!without.equals(text) && !without.contains("imageCells") && !without.contains("globalJoin")
                && !without.contains("partsJoin"), without);
        Files.writeString(old.resolve("fusion.json"), without, StandardCharsets.UTF_8);
        try (ScoringModel loaded = ScoringModel.load(old)) {
            io.augtune.localise.FusedLocaliser fused = (io.augtune.localise.FusedLocaliser) loaded.localiser()
                    .orElseThrow();
            assertTrue(fused.parts().stream().allMatch(p -> p.imageCells() == 1), "as it was calibrated");
            assertTrue(fused.parts().stream().allMatch(p -> p.markFactor() == 1),
                    "marks count at their distance, as they did");
            assertEquals(io.augtune.localise.FusedLocaliser.GlobalJoin.ADDED, fused.join());
            assertEquals(io.augtune.localise.PartsJoin.SUM, fused.partsJoin());
        }
        try (ScoringModel current = ScoringModel.load(model)) {
            io.augtune.localise.FusedLocaliser fused = (io.augtune.localise.FusedLocaliser) current.localiser()
                    .orElseThrow();
            assertEquals(io.augtune.localise.FusedLocaliser.GlobalJoin.DEFAULT, fused.join());
            assertEquals(io.augtune.localise.PartsJoin.DEFAULT, fused.partsJoin());
        }
    }

    @Test
    void aFusedPartWhoseMarksCountNearerThanTheyAreIsRefused() throws Exception {
        String message = refusalAfter("factor-below-one", "fusion.json", "\"markFactor\" : [-0-9.eE]+",
                "\"markFactor\" : 0.5");
        assertTrue(message.contains("fusion.json") && message.contains("factor"), message);
    }

    @Test
    void markedCellsSaidToBeginBeyondTheBankAreRefused() throws Exception {
        String message = refusalAfter("marks-beyond", "fusion.json", "\"imageCells\" : 1(?=\\D)",
                "\"imageCells\" : 1, \"markedFrom\" : 99999999");
        assertTrue(message.contains("patch-bank.bin") && message.contains("marked cells said to begin"), message);
    }

    @Test
    void aFusionWithAnUnknownPartsJoinIsRefused() throws Exception {
        String message = refusalAfter("unknown-parts-join", "fusion.json", "\"partsJoin\" : \"[A-Z_]+\"",
                "\"partsJoin\" : \"MAX\"");
        assertTrue(message.contains("unknown parts' join"), message);
    }

    @Test
    void aFusionWithAnUnknownGlobalJoinIsRefused() throws Exception {
        String message = refusalAfter("unknown-join", "fusion.json", "\"globalJoin\" : \"[A-Z_]+\"",
                "\"globalJoin\" : \"MAX\"");
        assertTrue(message.contains("unknown global join"), message);
    }

    @Test
    void scoringWithATamperedModelIsOneLineWithExitThree() throws Exception {
        Path tampered = copy("cli-nan-mean");
        replaceIn(tampered.resolve("gaussian.json"), "\"mean\" : \\[ [-0-9.eE]+", "\"mean\" : [ \"NaN\"");
        StringWriter err = new StringWriter();

        int code = AugTuneCommand.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "score", "--model", tampered.toString(), "--images", production.toString(), "--csv",
                dir.resolve("s.csv").toString());

        assertEquals(3, code, err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
    }
}
