package io.augtune.workflow;

import io.augtune.common.CancellationToken;
import io.augtune.engine.FrozenPatchFeatures;
import io.augtune.engine.PatchMemoryBank;
import io.augtune.imaging.Raster;
import io.augtune.scoring.AnomalyMap;
import io.augtune.scoring.MapSmoothing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Frozen-feature patch detection (issue #14, PatchCore-style, no training): every 8×8-pixel cell of an image at the
 * plan's size is described by {@link FrozenPatchFeatures}; its score is the distance to the nearest normal cell in a
 * coreset memory bank of the normal images' cells. The map is those distances, Gaussian-smoothed; its maximum is the
 * image score. Smoothing the cell map with {@value #SIGMA} cells equals, up to the resampling, smoothing the
 * upsampled map with 4 pixels (PatchCore's choice) and costs 64 times less.
 *
 * <p>Owns its feature extractor. Not thread-safe.
 */
public final class FrozenPatchLocaliser implements Localiser, AutoCloseable {
    /** Coreset size. */
    public static final int BANK_CAPACITY = 10_000;
    /** Normal cells the coreset is chosen from (an even random share of every image beyond it), to bound its cost. */
    public static final int CANDIDATES = 100_000;
    /** Dimensions of the random projection the coreset's distances are measured in. */
    public static final int PROJECTION = 32;
    /** Smoothing of the cell map, in cells (4 pixels). */
    public static final double SIGMA = 0.5;

    private final FrozenPatchFeatures features;
    private final PatchMemoryBank bank;
    private final int width;
    private final int height;

    /**
     * @param features the extractor, owned from now on
     * @param bank     normal cell descriptors of {@link FrozenPatchFeatures#DIMENSION} values
     * @param width    the images' width in pixels, a multiple of {@link FrozenPatchFeatures#SIZE_STEP}
     * @param height   their height
     */
    public FrozenPatchLocaliser(FrozenPatchFeatures features, PatchMemoryBank bank, int width, int height) {
        if (bank.dimension() != FrozenPatchFeatures.DIMENSION) {
            throw new IllegalArgumentException("a bank of " + bank.dimension() + "-d entries, the features have "
                    + FrozenPatchFeatures.DIMENSION);
        }
        if (width % FrozenPatchFeatures.SIZE_STEP != 0 || height % FrozenPatchFeatures.SIZE_STEP != 0) {
            throw new IllegalArgumentException("frozen patch detection needs sides that are multiples of "
                    + FrozenPatchFeatures.SIZE_STEP + ": " + width + "x" + height);
        }
        this.features = features;
        this.bank = bank;
        this.width = width;
        this.height = height;
    }

    /**
     * Fits the bank on normal images.
     *
     * @param normals rasters of {@code width x height}
     * @param seed    chooses the candidate cells and the coreset's first entry
     */
    public static FrozenPatchLocaliser fit(List<Raster> normals, int width, int height, long seed,
                                           CancellationToken cancel) {
        FrozenPatchFeatures features = FrozenPatchFeatures.load();
        try {
            float[][] candidates = candidates(features, normals, seed, cancel);
            PatchMemoryBank bank = PatchMemoryBank.coreset(candidates, BANK_CAPACITY, seed, PROJECTION, cancel);
            return new FrozenPatchLocaliser(features, bank, width, height);
        } catch (RuntimeException e) {
            features.close();
            throw e;
        }
    }

    /**
     * The cells of every normal image, or an even random share of each image's cells when there are more than
     * {@value #CANDIDATES} in all: every image is represented, and memory holds one image's descriptors at a time.
     */
    private static float[][] candidates(FrozenPatchFeatures features, List<Raster> normals, long seed,
                                        CancellationToken cancel) {
        if (normals.isEmpty()) {
            throw new IllegalArgumentException("frozen patch detection needs at least one normal image");
        }
        Random random = new Random(seed);
        int perImage = Math.max(1, CANDIDATES / normals.size());
        List<float[]> out = new ArrayList<>();
        for (Raster image : normals) {
            cancel.checkpoint();
            float[][] cells = features.describe(image);
            if (cells.length <= perImage) {
                out.addAll(List.of(cells));
                continue;
            }
            // partial Fisher-Yates: perImage distinct cells
            for (int i = 0; i < perImage; i++) {
                int j = i + random.nextInt(cells.length - i);
                float[] tmp = cells[i];
                cells[i] = cells[j];
                cells[j] = tmp;
                out.add(cells[i]);
            }
        }
        return out.toArray(new float[0][]);
    }

    @Override
    public List<AnomalyMap> maps(List<Raster> prepared, CancellationToken cancel) {
        List<AnomalyMap> out = new ArrayList<>(prepared.size());
        int columns = FrozenPatchFeatures.columns(width);
        int rows = FrozenPatchFeatures.rows(height);
        for (Raster image : prepared) {
            if (image.width() != width || image.height() != height) {
                throw new IllegalArgumentException("an image of " + image.width() + "x" + image.height()
                        + " given to a localiser of " + width + "x" + height);
            }
            double[] distances = bank.nearestDistances(features.describe(image), cancel);
            out.add(MapSmoothing.gaussian(new AnomalyMap(columns, rows, distances), SIGMA));
        }
        return out;
    }

    /**
     * One descriptor per image for finding similar images: the mean of its cell descriptors.
     *
     * @param prepared rasters of the localiser's size
     */
    public double[][] meanDescriptors(List<Raster> prepared, CancellationToken cancel) {
        double[][] out = new double[prepared.size()][FrozenPatchFeatures.DIMENSION];
        for (int i = 0; i < prepared.size(); i++) {
            cancel.checkpoint();
            float[][] cells = features.describe(prepared.get(i));
            for (float[] cell : cells) {
                for (int j = 0; j < cell.length; j++) {
                    out[i][j] += cell[j] / (double) cells.length;
                }
            }
        }
        return out;
    }

    /** What a saved model records of this localiser. */
    public LocaliserSpec spec() {
        return LocaliserSpec.frozenPatches(SIGMA);
    }

    @Override
    public int inputWidth() {
        return width;
    }

    @Override
    public int inputHeight() {
        return height;
    }

    @Override
    public String describe() {
        return "frozen-patches(" + FrozenPatchFeatures.NAME + ", bank " + bank.size() + ", " + width + "x" + height
                + ")";
    }

    public PatchMemoryBank bank() {
        return bank;
    }

    @Override
    public void close() {
        features.close();
    }
}
