package io.augtune.engine;

import io.augtune.common.CancellationToken;
import io.augtune.common.Raster;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Scoring speed of frozen pretrained patch detection (issue #14) at a given image size: the two costs of scoring one
 * image, describing its cells and finding each cell's nearest entry in a full memory bank. The bank is the cells of
 * enough generated images (random smooth textures) to fill the detector's capacity, so its size is realistic.
 *
 * @param imagesPerSecond scoring throughput, median over the timed images
 * @param describeMs      median milliseconds to describe one image's cells
 * @param nearestMs       median milliseconds to score them against the bank
 * @param bankSize        entries of the bank scored against
 * @param peakRssMb       peak resident memory of the process, or -1 where unknown
 */
public record FrozenBenchmark(double imagesPerSecond, double describeMs, double nearestMs, int bankSize,
                              long peakRssMb) {
    private static final int MIN_BANK_IMAGES = 4;
    private static final int WARM_UP = 2;

    /**
     * @param bankCapacity entries of the bank, e.g. the detector's coreset size
     * @param projection   dimensions of the coreset's random projection
     * @param timed        images scored and timed after a warm-up
     * @param backbone     the network that describes the cells
     */
    public static FrozenBenchmark run(int width, int height, int bankCapacity, int projection, int timed,
                                      FrozenBackbone backbone) {
        Random random = new Random(1);
        try (FrozenPatchFeatures features = FrozenPatchFeatures.load(backbone)) {
            List<float[]> cells = new ArrayList<>();
            // enough images that the bank is full: small images have few cells each
            int perImage = FrozenPatchFeatures.columns(width) * FrozenPatchFeatures.rows(height);
            int bankImages = Math.max(MIN_BANK_IMAGES, bankCapacity / perImage + 1);
            for (int i = 0; i < bankImages; i++) {
                cells.addAll(List.of(features.describe(BenchmarkInputs.texture(width, height, random))));
            }
            PatchMemoryBank bank = PatchMemoryBank.coreset(cells.toArray(new float[0][]), bankCapacity, 1,
                    projection, CancellationToken.none());
            double[] describe = new double[timed];
            double[] nearest = new double[timed];
            for (int i = -WARM_UP; i < timed; i++) {
                Raster image = BenchmarkInputs.texture(width, height, random);
                long t0 = System.nanoTime();
                float[][] described = features.describe(image);
                long t1 = System.nanoTime();
                bank.nearestDistances(described, CancellationToken.none());
                long t2 = System.nanoTime();
                if (i >= 0) {
                    describe[i] = (t1 - t0) / 1e6;
                    nearest[i] = (t2 - t1) / 1e6;
                }
            }
            double d = BenchmarkInputs.median(describe);
            double n = BenchmarkInputs.median(nearest);
            return new FrozenBenchmark(1000 / (d + n), d, n, bank.size(), ProcessMemory.peakResidentMb());
        }
    }
}
