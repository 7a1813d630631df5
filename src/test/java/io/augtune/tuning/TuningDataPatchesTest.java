package io.augtune.tuning;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.augtune.common.Raster;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Images larger than the working size are seen as random patches of it (patch-level detection, issue #8). */
class TuningDataPatchesTest {
    private static final int W = 20;
    private static final int H = 12;
    private static final int S = 8;

    /** Pixel (x, y) of image k holds k * 1000 + y * W + x: a patch tells which image and place it came from. */
    private static Raster indexed(int k) {
        float[] data = new float[W * H];
        for (int i = 0; i < data.length; i++) {
            data[i] = k * 1000 + i;
        }
        return new Raster(W, H, 1, data);
    }

    private static TuningData data() {
        return new TuningData(List.of(indexed(0), indexed(1)), List.of(indexed(2)), 1, S);
    }

    /** Checks that every patch of a batch is an S x S window of one of the images, and returns the batch values. */
    private static float[] assertPatchesOfTheImages(NDArray batch, int n) {
        assertEquals(new Shape(n, 1, S, S), batch.getShape());
        float[] v = batch.toFloatArray();
        for (int p = 0; p < n; p++) {
            float first = v[p * S * S];
            int k = (int) (first / 1000);
            int left = (int) (first - k * 1000) % W;
            int top = (int) (first - k * 1000) / W;
            assertTrue(left + S <= W && top + S <= H, "window inside the image");
            for (int y = 0; y < S; y++) {
                for (int x = 0; x < S; x++) {
                    assertEquals(k * 1000 + (top + y) * W + left + x, v[p * S * S + y * S + x]);
                }
            }
        }
        return v;
    }

    @Test
    void largerImagesGiveRandomPatchesOfTheWorkingSize() {
        TuningData data = data();
        assertTrue(data.patches());
        try (NDManager m = NDManager.newBaseManager()) {
            float[] a = assertPatchesOfTheImages(data.sampleNormals(m, new Random(1), 6), 6);
            float[] b = assertPatchesOfTheImages(data.sampleNormals(m, new Random(2), 6), 6);
            assertFalse(java.util.Arrays.equals(a, b), "other draws, other places");
        }
    }

    @Test
    void oneProductionImageGivesAsManyPatchesAsAsked() {
        try (NDManager m = NDManager.newBaseManager()) {
            assertPatchesOfTheImages(data().sampleProduction(m, new Random(1), 5), 5);
            assertPatchesOfTheImages(data().fixedProduction(m, 7), 7);
        }
    }

    @Test
    void fixedSamplesAreTheSamePatchesEveryTime() {
        TuningData data = data();
        try (NDManager m = NDManager.newBaseManager()) {
            assertArrayEquals(data.fixedNormals(m, 9).toFloatArray(), data.fixedNormals(m, 9).toFloatArray());
        }
    }

    @Test
    void fixedSamplesSpreadOverTheWholeSetNotItsFirstImages() {
        assertArrayEquals(new int[] {0, 2, 5, 7}, TuningData.fixedIndices(10, 4), "a sorted folder's both ends");
        assertArrayEquals(new int[] {0, 1, 2, 0, 1}, TuningData.fixedIndices(3, 5), "every image, then again");
        Raster[] good = {flat(0), flat(0), flat(0)};
        Raster[] bad = {flat(1), flat(1), flat(1)};
        List<Raster> sorted = List.of(good[0], good[1], good[2], bad[0], bad[1], bad[2]);
        TuningData whole = new TuningData(List.of(good[0], good[1]), sorted, 1, S);
        try (NDManager m = NDManager.newBaseManager()) {
            float[] v = whole.fixedProduction(m, 2).toFloatArray();
            assertEquals(0f, v[0]);
            assertEquals(1f, v[S * S], "the second half of a sorted production folder is sampled too");
        }
    }

    private static Raster flat(float value) {
        float[] data = new float[S * S];
        java.util.Arrays.fill(data, value);
        return new Raster(S, S, 1, data);
    }

    @Test
    void imagesAtTheWorkingSizeAreUsedWholeAsBefore() {
        Raster small = new Raster(S, S, 1, new float[S * S]);
        TuningData whole = new TuningData(List.of(small, small), List.of(small), 1, S);
        assertFalse(whole.patches());
        try (NDManager m = NDManager.newBaseManager()) {
            assertEquals(1, whole.sampleProduction(m, new Random(1), 5).getShape().get(0),
                    "one whole production image, not five copies");
        }
    }
}
