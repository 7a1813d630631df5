package io.augtune.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.augtune.common.CancellationToken;
import io.augtune.common.Raster;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrozenPatchFeaturesTest {

    private static Raster noise(int width, int height, int channels, long seed) {
        Random random = new Random(seed);
        float[] data = new float[width * height * channels];
        for (int i = 0; i < data.length; i++) {
            data[i] = random.nextFloat();
        }
        return new Raster(width, height, channels, data);
    }

    @Test
    void everyEightPixelCellOfANonSquareImageGetsOne128ValueDescriptor() {
        try (FrozenPatchFeatures features = FrozenPatchFeatures.load(FrozenBackbone.MOBILENETV2)) {
            List<float[][]> out = features.describe(List.of(noise(48, 80, 1, 1), noise(48, 80, 3, 2)),
                    CancellationToken.none());
            assertEquals(2, out.size());
            for (float[][] cells : out) {
                assertEquals(FrozenPatchFeatures.columns(48) * FrozenPatchFeatures.rows(80), cells.length);
                assertEquals(6 * 10, cells.length);
                assertEquals(128, cells[0].length);
            }
        }
    }

    @Test
    void aGrayImageIsDescribedAsItsThreeChannelCopyAndTheSameImageAlwaysTheSameWay() {
        Raster gray = noise(32, 48, 1, 3);
        float[] three = new float[3 * gray.data().length];
        for (int c = 0; c < 3; c++) {
            System.arraycopy(gray.data(), 0, three, c * gray.data().length, gray.data().length);
        }
        try (FrozenPatchFeatures features = FrozenPatchFeatures.load(FrozenBackbone.MOBILENETV2)) {
            float[][] a = features.describe(gray);
            float[][] b = features.describe(new Raster(32, 48, 3, three));
            float[][] again = features.describe(gray);
            for (int i = 0; i < a.length; i++) {
                assertArrayEquals(b[i], a[i], 1e-5f);
                assertArrayEquals(again[i], a[i], 0f);
            }
        }
    }

    @Test
    void aBrightSpotChangesTheDescriptorsOfItsCellMoreThanThoseFarAway() {
        Raster plain = new Raster(64, 64, 1, filled(64 * 64, 0.5f));
        float[] spotted = filled(64 * 64, 0.5f);
        for (int y = 40; y < 48; y++) {
            for (int x = 8; x < 16; x++) {
                spotted[y * 64 + x] = 1f;
            }
        }
        try (FrozenPatchFeatures features = FrozenPatchFeatures.load(FrozenBackbone.MOBILENETV2)) {
            float[][] a = features.describe(plain);
            float[][] b = features.describe(new Raster(64, 64, 1, spotted));
            int near = 5 * 8 + 1;
            int far = 0 * 8 + 7;
            assertTrue(distance(a[near], b[near]) > 10 * distance(a[far], b[far]) + 1e-6,
                    "near " + distance(a[near], b[near]) + ", far " + distance(a[far], b[far]));
        }
    }

    @Test
    void upsamplingKeepsAConstantMapConstantAndItsWeightsSumToOne() {
        float[] w = BilinearResampling.weights(8, 4, BilinearResampling.CENTRES);
        for (int i = 0; i < 8; i++) {
            float sum = 0;
            for (int j = 0; j < 4; j++) {
                sum += w[i * 4 + j];
            }
            assertEquals(1f, sum, 1e-6f);
        }
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray up = BilinearResampling.resample(m.full(new Shape(1, 2, 3, 5), 2.5f), 6, 10,
                    BilinearResampling.CENTRES);
            assertEquals(new Shape(1, 2, 6, 10), up.getShape());
            for (float v : up.toFloatArray()) {
                assertEquals(2.5f, v, 1e-5f);
            }
        }
    }

    @Test
    void imagesSmallerThanTheDeepLayersStrideAreRefused() {
        try (FrozenPatchFeatures features = FrozenPatchFeatures.load(FrozenBackbone.MOBILENETV2)) {
            assertThrows(IllegalArgumentException.class, () -> features.describe(noise(8, 64, 1, 4)));
        }
    }

    @Test
    void inceptionDescribesTheSameCellsWith256ValuesAndABrightSpotMostAtItsCell() {
        int side = 128;
        Raster plain = new Raster(side, side, 1, filled(side * side, 0.5f));
        float[] spotted = filled(side * side, 0.5f);
        for (int y = 40; y < 48; y++) {
            for (int x = 72; x < 80; x++) {
                spotted[y * side + x] = 1f;
            }
        }
        try (FrozenPatchFeatures features = FrozenPatchFeatures.load(FrozenBackbone.INCEPTIONV3)) {
            float[][] a = features.describe(plain);
            float[][] b = features.describe(new Raster(side, side, 1, spotted));
            assertEquals(16 * 16, a.length);
            assertEquals(256, a[0].length);
            assertEquals(FrozenBackbone.INCEPTIONV3.dimension(), features.dimension());
            // the shallow part (mixed2) changes most at the spot's cell (9, 5): the cells read the right positions
            int most = 0;
            for (int i = 0; i < a.length; i++) {
                if (shallowDistance(a[i], b[i]) > shallowDistance(a[most], b[most])) {
                    most = i;
                }
            }
            assertTrue(Math.abs(most % 16 - 9) <= 1 && Math.abs(most / 16 - 5) <= 1, "most at cell " + most % 16
                    + ", " + most / 16);
            assertTrue(distance(a[5 * 16 + 9], b[5 * 16 + 9]) > 2 * distance(a[15 * 16], b[15 * 16]));
            assertThrows(IllegalArgumentException.class, () -> features.describe(noise(40, 64, 1, 4)));
        }
    }

    private static double shallowDistance(float[] a, float[] b) {
        return distance(java.util.Arrays.copyOf(a, FrozenBackbone.INCEPTIONV3.shallowDimension()),
                java.util.Arrays.copyOf(b, FrozenBackbone.INCEPTIONV3.shallowDimension()));
    }

    @Test
    void inceptionCellsReadTheMapsAtTheirCentresClampedAtTheEdges() {
        // mixed2 of a 64-pixel side has 5 positions; cell c reads position c - 1.1875
        float[] w = BilinearResampling.weights(8, 5, BilinearResampling.steps(-1.1875, 1.0));
        assertEquals(1f, w[0], 0f, "cell 0 lies before the first window: clamped to it");
        assertEquals(1 - 0.8125f, w[2 * 5], 1e-6f, "cell 2 reads position 0.8125");
        assertEquals(0.8125f, w[2 * 5 + 1], 1e-6f);
        assertEquals(1f, w[7 * 5 + 4], 0f, "cell 7 reads position 5.8: clamped to the last");
    }

    @Test
    void savedModelsOfBeforeTheChoiceNameMobileNetV2() {
        assertEquals(FrozenBackbone.MOBILENETV2,
                FrozenBackbone.ofSavedName("mobilenetv2-block5+block12").orElseThrow());
        assertEquals(128, FrozenBackbone.MOBILENETV2.dimension());
        assertEquals(FrozenBackbone.INCEPTIONV3, FrozenBackbone.ofSetting("inceptionv3"));
    }

    private static float[] filled(int n, float v) {
        float[] out = new float[n];
        java.util.Arrays.fill(out, v);
        return out;
    }

    private static double distance(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(s);
    }
}
