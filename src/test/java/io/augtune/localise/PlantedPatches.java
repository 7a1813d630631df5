package io.augtune.localise;

import ai.djl.ndarray.NDManager;
import io.augtune.engine.Detector;
import io.augtune.engine.DetectorConfig;
import io.augtune.engine.RasterTensors;
import io.augtune.common.Raster;
import io.augtune.scoring.AnomalyMap;
import io.augtune.testdata.SyntheticTextures;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Tiny localisation fixtures: textures, a bright square planted at a known place, and a small untrained detector. */
public final class PlantedPatches {
    public static final int SIZE = 32;
    /** The planted square: columns and rows [LEFT, LEFT + SIDE) x [TOP, TOP + SIDE). */
    public static final int LEFT = 20;
    public static final int TOP = 6;
    public static final int SIDE = 8;

    private PlantedPatches() {
    }

    /** A small detector; its random initial features already differ where a bright square sits on texture. */
    public static Detector detector(long seed) {
        return Detector.create(new DetectorConfig(SIZE, 1, new int[] {8, 16}, 16, 1e-3, 0), seed);
    }

    /**
     * The small detector after a few training steps telling textures from textures with a bright square somewhere:
     * enough for its image score, which occlusion needs, to notice a square.
     */
    public static Detector trainedDetector(long seed, int steps) {
        Detector detector = detector(seed);
        Random random = new Random(seed);
        for (int step = 0; step < steps; step++) {
            List<Raster> normal = textures(8, random.nextLong());
            List<Raster> augmented = new ArrayList<>();
            for (Raster r : normal) {
                augmented.add(withSquareAt(r, random.nextInt(SIZE - SIDE), random.nextInt(SIZE - SIDE)));
            }
            try (NDManager batch = detector.manager().newSubManager()) {
                detector.trainStep(RasterTensors.toBatch(batch, normal, 1), RasterTensors.toBatch(batch, augmented, 1));
            }
        }
        return detector;
    }

    public static List<Raster> textures(int n, long seed) {
        Random random = new Random(seed);
        List<Raster> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(SyntheticTextures.texture(SIZE, random));
        }
        return out;
    }

    /** The texture with the square set to full brightness. */
    public static Raster withSquare(Raster texture) {
        return withSquareAt(texture, LEFT, TOP);
    }

    private static Raster withSquareAt(Raster texture, int left, int top) {
        float[] data = texture.data().clone();
        for (int y = top; y < top + SIDE; y++) {
            for (int x = left; x < left + SIDE; x++) {
                data[y * SIZE + x] = 1f;
            }
        }
        return new Raster(SIZE, SIZE, 1, data);
    }

    /** Whether the map, resampled to the image, peaks inside the square (one pixel of slack for resampling). */
    public static boolean peaksInSquare(AnomalyMap coarse) {
        AnomalyMap map = coarse.resized(SIZE, SIZE);
        int best = 0;
        for (int i = 1; i < map.values().length; i++) {
            if (map.values()[i] > map.values()[best]) {
                best = i;
            }
        }
        int x = best % SIZE;
        int y = best / SIZE;
        return x >= LEFT - 1 && x <= LEFT + SIDE && y >= TOP - 1 && y <= TOP + SIDE;
    }
}
