package io.augtune.engine;

import io.augtune.common.CancellationToken;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PatchMemoryBankTest {
    private static final CancellationToken NONE = CancellationToken.none();

    private static float[][] points(int n, int dim, long seed) {
        Random random = new Random(seed);
        float[][] out = new float[n][dim];
        for (float[] p : out) {
            for (int j = 0; j < dim; j++) {
                p[j] = (float) random.nextGaussian();
            }
        }
        return out;
    }

    private static double bruteNearest(float[] q, float[][] bank) {
        double best = Double.POSITIVE_INFINITY;
        for (float[] b : bank) {
            double d = 0;
            for (int j = 0; j < q.length; j++) {
                d += (q[j] - b[j]) * (double) (q[j] - b[j]);
            }
            best = Math.min(best, Math.sqrt(d));
        }
        return best;
    }

    /** The largest distance from any of the points to its nearest bank entry. */
    private static double coveringRadius(float[][] points, PatchMemoryBank bank) {
        return Arrays.stream(bank.nearestDistances(points, NONE)).max().orElseThrow();
    }

    @Test
    void nearestDistancesAreThoseOfABruteForceSearch() {
        float[][] bank = points(300, 16, 1);
        float[][] queries = points(2500, 16, 2);
        double[] d = new PatchMemoryBank(bank).nearestDistances(queries, NONE);
        for (int i = 0; i < queries.length; i += 97) {
            assertEquals(bruteNearest(queries[i], bank), d[i], 1e-3);
        }
    }

    @Test
    void aBankEntryIsAtDistanceZeroFromItself() {
        float[][] bank = points(50, 8, 3);
        double[] d = new PatchMemoryBank(bank).nearestDistances(new float[][] {bank[17]}, NONE);
        assertEquals(0, d[0], 1e-3);
    }

    @Test
    void aSmallSetIsKeptWhole() {
        float[][] normals = points(40, 8, 4);
        assertSame(normals, PatchMemoryBank.coreset(normals, 40, 1, NONE).entries());
    }

    @Test
    void theCoresetCoversTheNormalPatchesBetterThanARandomSubsetOfItsSize() {
        float[][] normals = points(2000, 8, 5);
        PatchMemoryBank coreset = PatchMemoryBank.coreset(normals, 100, 1, NONE);
        assertEquals(100, coreset.size());
        for (float[] entry : coreset.entries()) {
            assertTrue(Arrays.asList(normals).contains(entry), "entries are normal patches, not new points");
        }
        PatchMemoryBank random = new PatchMemoryBank(Arrays.copyOf(points(2000, 8, 5), 100));
        assertTrue(coveringRadius(normals, coreset) < 0.8 * coveringRadius(normals, random),
                coveringRadius(normals, coreset) + " vs " + coveringRadius(normals, random));
    }

    @Test
    void aCoresetChosenInARandomProjectionStillCoversBetterThanARandomSubsetAndKeepsFullEntries() {
        // points of few intrinsic dimensions in a longer vector, as patch features are
        float[][] normals = Arrays.stream(points(2000, 8, 6)).map(p -> Arrays.copyOf(p, 64))
                .toArray(float[][]::new);
        PatchMemoryBank projected = PatchMemoryBank.coreset(normals, 100, 1, 32, NONE);
        assertEquals(100, projected.size());
        assertEquals(64, projected.dimension());
        for (float[] entry : projected.entries()) {
            assertTrue(Arrays.asList(normals).contains(entry), "entries are the normal patches themselves");
        }
        PatchMemoryBank random = new PatchMemoryBank(Arrays.copyOf(normals, 100));
        double exact = coveringRadius(normals, PatchMemoryBank.coreset(normals, 100, 1, NONE));
        assertTrue(coveringRadius(normals, projected) < coveringRadius(normals, random),
                coveringRadius(normals, projected) + " vs random " + coveringRadius(normals, random));
        assertTrue(coveringRadius(normals, projected) < 1.3 * exact,
                coveringRadius(normals, projected) + " vs exact " + exact);
    }

    @Test
    void noProjectionChoosesExactlyTheExactCoreset() {
        float[][] normals = points(500, 8, 7);
        assertTrue(Arrays.deepEquals(PatchMemoryBank.coreset(normals, 50, 3, NONE).entries(),
                PatchMemoryBank.coreset(normals, 50, 3, 0, NONE).entries()));
    }

    @Test
    void entriesOfDifferentLengthsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PatchMemoryBank(new float[][] {{1, 2}, {1}}));
        assertThrows(IllegalArgumentException.class, () -> new PatchMemoryBank(new float[0][]));
    }
}
