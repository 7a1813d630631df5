package io.augtune.evaluation;

import io.augtune.common.CancellationToken;
import io.augtune.engine.Detector;
import io.augtune.imaging.PngWriter;
import io.augtune.common.Raster;
import io.augtune.localise.LocaliserSpec;
import io.augtune.localise.PatchLocaliser;
import io.augtune.localise.PlantedPatches;
import io.augtune.testdata.SyntheticTextures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PixelEvaluationTest {
    private static final CancellationToken NONE = CancellationToken.none();

    @TempDir
    Path dir;

    /** good/: textures; test/good: textures; test/square: textures with the planted square and its mask. */
    static Path writeDataset(Path root, int squares, boolean masks) throws Exception {
        Random random = new Random(4);
        SyntheticTextures.write(root.resolve("good"), "n", 16, PlantedPatches.SIZE, random, -1);
        SyntheticTextures.write(root.resolve("test/good"), "g", 4, PlantedPatches.SIZE, random, -1);
        Files.createDirectories(root.resolve("test/square"));
        Files.createDirectories(root.resolve("ground_truth/square"));
        Raster mask = PlantedPatches.withSquare(new Raster(PlantedPatches.SIZE, PlantedPatches.SIZE, 1,
                new float[PlantedPatches.SIZE * PlantedPatches.SIZE]));
        for (int i = 0; i < squares; i++) {
            Raster image = PlantedPatches.withSquare(SyntheticTextures.texture(PlantedPatches.SIZE, random));
            PngWriter.writeGray8(image, root.resolve("test/square/s" + i + ".png"));
            if (masks && i > 0) { // the first defective image has no mask: it is left out of the pixel metrics
                PngWriter.writeGray8(mask, root.resolve("ground_truth/square/s" + i + "_mask.png"));
            }
        }
        return root;
    }

    @Test
    void aLocaliserThatFindsThePlantedSquaresScoresHighOnEveryPixelMetric() throws Exception {
        MvtecDataset dataset = MvtecDataset.open(writeDataset(dir, 4, true), null);
        LabelledImages images = LabelledImages.load(dataset, PlantedPatches.SIZE, NONE, (a, b, c) -> { });
        try (Detector detector = PlantedPatches.detector(1)) {
            PatchLocaliser localiser = PatchLocaliser.fit(detector, LocaliserSpec.patchGaussian(0, new int[] {1, 1}),
                    images.normal(), NONE);
            PixelEvaluation.Result r = PixelEvaluation.measure(localiser, images.test(), images, dataset, NONE);
            assertEquals(4 + 3, r.maskedImages(), "good images count, the mask-less defect does not");
            assertTrue(r.pixelAuroc() > 0.9, "pixel AUROC " + r.pixelAuroc());
            assertTrue(r.aupro() > 0.5, "AUPRO " + r.aupro());
            assertTrue(r.f1Max() > 0.3, "F1-max " + r.f1Max());
            assertEquals(1.0, r.imageAurocMap(), 1e-12, "every square image has the highest map maximum");
        }
    }

    @Test
    void withoutMasksOnlyTheMapBasedImageAurocIsMeasured() throws Exception {
        MvtecDataset dataset = MvtecDataset.open(writeDataset(dir, 3, false), null);
        LabelledImages images = LabelledImages.load(dataset, PlantedPatches.SIZE, NONE, (a, b, c) -> { });
        try (Detector detector = PlantedPatches.detector(1)) {
            PixelEvaluation.Result r = PixelEvaluation.measure(
                    PatchLocaliser.fit(detector, LocaliserSpec.patchGaussian(0, new int[] {1, 1}), images.normal(),
                            NONE), images.test(), images, dataset, NONE);
            assertTrue(Double.isNaN(r.pixelAuroc()) && Double.isNaN(r.aupro()) && Double.isNaN(r.f1Max()));
            assertEquals(0, r.maskedImages());
            assertTrue(r.imageAurocMap() > 0.5);
        }
    }
}
