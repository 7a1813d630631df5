package io.augtune.workflow;

import io.augtune.common.CancellationToken;
import io.augtune.engine.Detector;
import io.augtune.imaging.Raster;
import io.augtune.scoring.AnomalyMap;
import io.augtune.scoring.PatchGaussian;

import java.util.ArrayList;
import java.util.List;

/**
 * PaDiM-style localisation with our own backbone (METHOD.md §8): the trained detector's stage-k feature map, one
 * Gaussian per map position fitted on normal images, and the map of Mahalanobis distances of a new image's features
 * to the Gaussian of their position. With {@code tiles = k > 1} the image is taken at k·S pixels and cut into k x k
 * tiles of the detector's S, whose maps are stitched, so the map has k times the positions per side.
 *
 * <p>Uses, but does not own, the detector. Not thread-safe (the detector is not).
 */
public final class PatchLocaliser implements Localiser {
    private final Detector detector;
    private final int stage;
    private final int tiles;
    private final PatchGaussian gaussian;

    /**
     * @param gaussian fitted on this detector's stage-k maps, of side {@code tiles · featureMapSize(stage)}
     */
    public PatchLocaliser(Detector detector, int stage, int tiles, PatchGaussian gaussian) {
        int side = tiles * detector.config().featureMapSize(stage);
        if (gaussian.height() != side || gaussian.width() != side
                || gaussian.channels() != detector.config().stageWidths()[stage]) {
            throw new IllegalArgumentException("a " + gaussian.height() + "x" + gaussian.width() + "x"
                    + gaussian.channels() + " patch Gaussian does not fit stage " + stage + " with " + tiles
                    + " tiles per side");
        }
        this.detector = detector;
        this.stage = stage;
        this.tiles = tiles;
        this.gaussian = gaussian;
    }

    /**
     * Fits the per-position Gaussians on normal images.
     *
     * @param normals at least 2 rasters of side {@code tiles · S}, at the detector's channel count
     */
    public static PatchLocaliser fit(Detector detector, int stage, int tiles, List<Raster> normals,
                                     CancellationToken cancel) {
        int side = tiles * detector.config().featureMapSize(stage);
        float[][][] maps = features(detector, stage, tiles, normals, cancel);
        return new PatchLocaliser(detector, stage, tiles, PatchGaussian.fit(maps, side, side, cancel));
    }

    @Override
    public int inputSize() {
        return tiles * detector.config().inputSize();
    }

    @Override
    public List<AnomalyMap> maps(List<Raster> prepared, CancellationToken cancel) {
        float[][][] features = features(detector, stage, tiles, prepared, cancel);
        List<AnomalyMap> out = new ArrayList<>(features.length);
        for (float[][] map : features) {
            cancel.checkpoint();
            out.add(new AnomalyMap(gaussian.width(), gaussian.height(), gaussian.score(map)));
        }
        return out;
    }

    @Override
    public String describe() {
        return "patch-gaussian(stage " + stage + (tiles > 1 ? ", " + tiles + "x" + tiles + " tiles" : "") + ")";
    }

    public int stage() {
        return stage;
    }

    public int tiles() {
        return tiles;
    }

    public PatchGaussian gaussian() {
        return gaussian;
    }

    /** Per image {@code [positions][channels]}, tiles stitched. */
    private static float[][][] features(Detector detector, int stage, int tiles, List<Raster> images,
                                       CancellationToken cancel) {
        if (tiles == 1) {
            return detector.featureMapRasters(images, stage, cancel);
        }
        List<Raster> cut = new ArrayList<>(images.size() * tiles * tiles);
        for (Raster image : images) {
            cut.addAll(Tiling.cut(image, tiles));
        }
        float[][][] tileMaps = detector.featureMapRasters(cut, stage, cancel);
        int h = detector.config().featureMapSize(stage);
        float[][][] out = new float[images.size()][][];
        for (int i = 0; i < out.length; i++) {
            out[i] = Tiling.stitch(tileMaps, i * tiles * tiles, tiles, h);
        }
        return out;
    }
}
