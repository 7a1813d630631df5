package io.augtune.scoring;

import io.augtune.common.CancellationToken;
import io.augtune.common.CancelledException;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PatchGaussianTest {
    private static final int H = 2;
    private static final int W = 3;
    private static final int C = 4;

    @Test
    void eachPositionIsScoredByTheGaussianOfItsOwnSamples() {
        double[][][] maps = randomMaps(new Random(1), 12);
        PatchGaussian patches = PatchGaussian.fit(maps, H, W);
        double[][] probe = randomMaps(new Random(2), 1)[0];
        double[] distances = patches.score(probe);
        for (int p = 0; p < H * W; p++) {
            double[][] samples = new double[maps.length][];
            for (int k = 0; k < maps.length; k++) {
                samples[k] = maps[k][p];
            }
            assertEquals(GaussianModel.fit(samples).mahalanobis(probe[p]), distances[p], 0.0);
        }
    }

    @Test
    void aDeviationAtOnePositionGivesThatPositionTheLargestDistance() {
        double[][][] maps = randomMaps(new Random(3), 20);
        PatchGaussian patches = PatchGaussian.fit(maps, H, W);
        double[][] probe = randomMaps(new Random(4), 1)[0];
        probe[4] = new double[] {30, -30, 30, -30};
        double[] distances = patches.score(probe);
        for (int p = 0; p < H * W; p++) {
            if (p != 4) {
                assertEquals(true, distances[4] > 2 * distances[p], "position " + p);
            }
        }
    }

    @Test
    void restoringFromPositionModelsScoresIdentically() {
        PatchGaussian patches = PatchGaussian.fit(randomMaps(new Random(5), 8), H, W);
        PatchGaussian restored = PatchGaussian.fromModels(H, W, patches.positions());
        double[][] probe = randomMaps(new Random(6), 1)[0];
        assertArrayEquals(patches.score(probe), restored.score(probe), 0.0);
        assertEquals(C, restored.channels());
        assertEquals(W, restored.width());
    }

    @Test
    void mapsWhoseSizeDisagreesWithTheGridAreRejected() {
        double[][][] maps = randomMaps(new Random(7), 4);
        assertThrows(IllegalArgumentException.class, () -> PatchGaussian.fit(maps, 3, 3));
        PatchGaussian patches = PatchGaussian.fit(maps, H, W);
        assertThrows(IllegalArgumentException.class, () -> patches.score(new double[5][C]));
    }

    @Test
    void singlePrecisionMapsFitAndScoreLikeTheirDoubleValues() {
        double[][][] maps = randomMaps(new Random(9), 10);
        float[][][] narrow = new float[maps.length][H * W][C];
        double[][][] widened = new double[maps.length][H * W][C];
        for (int k = 0; k < maps.length; k++) {
            for (int p = 0; p < H * W; p++) {
                for (int c = 0; c < C; c++) {
                    narrow[k][p][c] = (float) maps[k][p][c];
                    widened[k][p][c] = narrow[k][p][c];
                }
            }
        }
        PatchGaussian fromFloats = PatchGaussian.fit(narrow, H, W, CancellationToken.none());
        PatchGaussian fromDoubles = PatchGaussian.fit(widened, H, W);
        assertArrayEquals(fromDoubles.score(widened[0]), fromFloats.score(narrow[0]), 0.0);
    }

    @Test
    void fittingStopsWhenCancelled() {
        CancellationToken token = new CancellationToken();
        token.cancel();
        assertThrows(CancelledException.class, () -> PatchGaussian.fit(randomMaps(new Random(8), 4), H, W, token));
    }

    private static double[][][] randomMaps(Random random, int n) {
        double[][][] maps = new double[n][H * W][C];
        for (double[][] map : maps) {
            for (int p = 0; p < H * W; p++) {
                for (int c = 0; c < C; c++) {
                    map[p][c] = p + random.nextGaussian() * (1 + c * 0.5);
                }
            }
        }
        return maps;
    }
}
