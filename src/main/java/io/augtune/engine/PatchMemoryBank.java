package io.augtune.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.augtune.common.CancellationToken;

import java.util.Arrays;
import java.util.Random;

/**
 * PatchCore-style scoring of patch embeddings (issue #8): a memory bank of normal patch embeddings and, for a new
 * patch, the Euclidean distance to its nearest neighbour in the bank. The bank is a greedy k-centre coreset of the
 * normal patches: each entry added is the normal patch farthest from those already chosen, so the bank covers every
 * kind of normal patch (rare ones too) with a fraction of them, and a normal patch is never far from the bank.
 * Distances are computed as matrix products on the PyTorch engine; the bank itself is plain floats, so it can be
 * saved with the model. Immutable.
 */
public final class PatchMemoryBank {
    /** The coreset is chosen among at most this many patches (a random subset beyond it), to bound its cost. */
    public static final int MAX_CANDIDATES = 60_000;
    /**
     * Query-by-bank distances computed at once: a few MB, so that the engine's allocator reuses its blocks (chunks of
     * 2048 queries against a 10,000-entry bank made 80 MB temporaries, and the system time of mapping them dominated).
     */
    private static final int DISTANCES_PER_CHUNK = 1 << 20;
    private static final int MAX_QUERY_CHUNK = 2048;

    private final float[][] entries;

    /** A bank of exactly these embeddings (e.g. read back from a saved model); all of the same length. */
    public PatchMemoryBank(float[][] entries) {
        if (entries.length == 0) {
            throw new IllegalArgumentException("a memory bank needs at least one entry");
        }
        int dim = entries[0].length;
        for (float[] e : entries) {
            if (e.length != dim) {
                throw new IllegalArgumentException("memory bank entries of lengths " + dim + " and " + e.length);
            }
        }
        this.entries = entries;
    }

    /**
     * Chooses the bank among normal patch embeddings.
     *
     * @param normals  embeddings of normal patches, all of one length
     * @param capacity most entries kept; all patches are kept when there are no more than this
     * @param seed     picks the first centre (and the candidates when there are more than {@link #MAX_CANDIDATES})
     */
    public static PatchMemoryBank coreset(float[][] normals, int capacity, long seed, CancellationToken cancel) {
        return coreset(normals, capacity, seed, 0, cancel);
    }

    /**
     * Chooses the bank among normal patch embeddings, measuring the greedy choice's distances in a random projection
     * (PatchCore's speed-up): a Gaussian matrix to {@code projection} dimensions keeps distances within a small
     * factor (Johnson-Lindenstrauss), which is all the farthest-point choice needs, at a fraction of the cost. The
     * bank keeps the full embeddings.
     *
     * @param projection dimensions of the projection; 0, or not fewer than the embeddings have, for exact distances
     */
    public static PatchMemoryBank coreset(float[][] normals, int capacity, long seed, int projection,
                                          CancellationToken cancel) {
        if (normals.length <= capacity) {
            return new PatchMemoryBank(normals);
        }
        Random random = new Random(seed);
        float[][] candidates = normals.length <= MAX_CANDIDATES ? normals : randomSubset(normals, random);
        int n = candidates.length;
        int dim = candidates[0].length;
        int[] chosen = new int[capacity];
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray x = manager.create(flatten(candidates), new Shape(n, dim));
            if (projection > 0 && projection < dim) {
                // its own random stream, so the exact coreset's choices stay what they were
                x = x.matMul(manager.create(gaussianMatrix(dim, projection, new Random(seed + 1)),
                        new Shape(dim, projection)));
            }
            int width = (int) x.getShape().get(1);
            NDArray xT = x.transpose();
            NDArray squares = x.square().sum(new int[] {1});
            // squared distance of every candidate to its nearest chosen centre, kept on the engine: copying n floats
            // out per centre made gigabytes of garbage on large sets
            NDArray nearest = manager.full(new Shape(n), Float.POSITIVE_INFINITY);
            int next = random.nextInt(n);
            for (int k = 0; k < capacity; k++) {
                if (k % 64 == 0) {
                    cancel.checkpoint();
                }
                chosen[k] = next;
                try (NDManager step = manager.newSubManager()) {
                    // every operation is called on an array of the step, so its results are freed with the step
                    NDArray row = x.get(next);
                    row.attach(step);
                    NDArray centre = row.reshape(1, width);
                    // |x - c|^2 = |x|^2 + |c|^2 - 2 x.c, one vector-matrix product per centre
                    NDArray d2 = centre.matMul(xT).reshape(n).mul(-2).add(squares).add(centre.square().sum());
                    NDArray updated = d2.minimum(nearest);
                    next = (int) updated.argMax().getLong();
                    updated.attach(manager);
                    nearest.close();
                    nearest = updated;
                }
            }
        }
        float[][] bank = new float[capacity][];
        for (int k = 0; k < capacity; k++) {
            bank[k] = candidates[chosen[k]];
        }
        return new PatchMemoryBank(bank);
    }

    /** A {@code [rows, columns]} matrix of N(0, 1/columns) values: projected lengths match the originals on average. */
    private static float[] gaussianMatrix(int rows, int columns, Random random) {
        float[] m = new float[rows * columns];
        double sd = 1 / Math.sqrt(columns);
        for (int i = 0; i < m.length; i++) {
            m[i] = (float) (random.nextGaussian() * sd);
        }
        return m;
    }

    private static float[][] randomSubset(float[][] all, Random random) {
        int[] order = new int[all.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        float[][] out = new float[MAX_CANDIDATES][];
        for (int i = 0; i < out.length; i++) {
            int j = i + random.nextInt(order.length - i);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
            out[i] = all[order[i]];
        }
        return out;
    }

    /** Distance of each query to its nearest bank entry, in the queries' order. */
    public double[] nearestDistances(float[][] queries, CancellationToken cancel) {
        double[] out = new double[queries.length];
        int dim = dimension();
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray bank = manager.create(flatten(entries), new Shape(entries.length, dim));
            NDArray bankT = bank.transpose();
            NDArray bankSquares = bank.square().sum(new int[] {1}).reshape(1, entries.length);
            int rows = Math.max(1, Math.min(MAX_QUERY_CHUNK, DISTANCES_PER_CHUNK / entries.length));
            for (int from = 0; from < queries.length; from += rows) {
                cancel.checkpoint();
                int to = Math.min(queries.length, from + rows);
                try (NDManager chunk = manager.newSubManager()) {
                    NDArray q = chunk.create(flatten(Arrays.copyOfRange(queries, from, to)), new Shape(to - from,
                            dim));
                    NDArray d2 = q.square().sum(new int[] {1}, true).add(bankSquares)
                            .sub(q.matMul(bankT).mul(2)).min(new int[] {1});
                    float[] nearest = d2.toFloatArray();
                    for (int i = 0; i < nearest.length; i++) {
                        out[from + i] = Math.sqrt(Math.max(0, nearest[i]));
                    }
                }
            }
        }
        return out;
    }

    /** The bank's embeddings; the arrays are shared, not copied. */
    public float[][] entries() {
        return entries;
    }

    public int size() {
        return entries.length;
    }

    public int dimension() {
        return entries[0].length;
    }

    private static float[] flatten(float[][] rows) {
        int dim = rows[0].length;
        float[] flat = new float[rows.length * dim];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, flat, i * dim, dim);
        }
        return flat;
    }
}
