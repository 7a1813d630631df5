package io.augtune.localise;

import io.augtune.common.CancellationToken;
import io.augtune.engine.Detector;
import io.augtune.common.Raster;
import io.augtune.scoring.AnomalyMap;
import io.augtune.scoring.MapSmoothing;
import io.augtune.scoring.PatchGaussian;

import java.util.ArrayList;
import java.util.List;

/**
 * PaDiM-style localisation with our own backbone: the trained detector's stage-k feature map, one
 * Gaussian per map position fitted on normal images, and the map of Mahalanobis distances of a new image's features
 * to the Gaussian of their position. With a tile grid of kx x ky > 1 x 1 the image is taken at kx·S x ky·S pixels
 * and cut into tiles of the detector's S, whose maps are stitched: the map has kx (ky) times the positions across
 * (down), so thin defects of large images stay visible. The map of distances is then smoothed with the spec's sigma,
 * which removes single-position noise from its maximum and from what crosses the map threshold.
 *
 * <p>Uses, but does not own, the detector. Not thread-safe (the detector is not).
 */
public final class PatchLocaliser implements Localiser {
    private final Detector detector;
    private final LocaliserSpec spec;
    private final PatchGaussian gaussian;

    /**
     * @param gaussian fitted on this detector's stage maps, {@code tilesY · h} rows by {@code tilesX · h} columns
     *                 for the stage's map side h
     */
    public PatchLocaliser(Detector detector, LocaliserSpec spec, PatchGaussian gaussian) {
        int h = detector.config().featureMapSize(spec.stage());
        if (gaussian.height() != spec.tilesY() * h || gaussian.width() != spec.tilesX() * h
                || gaussian.channels() != detector.config().stageWidths()[spec.stage()]) {
            throw new IllegalArgumentException("a " + gaussian.height() + "x" + gaussian.width() + "x"
                    + gaussian.channels() + " patch Gaussian does not fit " + spec);
        }
        this.detector = detector;
        this.spec = spec;
        this.gaussian = gaussian;
    }

    /**
     * Fits the per-position Gaussians on normal images.
     *
     * @param normals at least 2 rasters of {@code tilesX · S} x {@code tilesY · S}, at the detector's channels
     */
    public static PatchLocaliser fit(Detector detector, LocaliserSpec spec, List<Raster> normals,
                                     CancellationToken cancel) {
        int h = detector.config().featureMapSize(spec.stage());
        float[][][] maps = features(detector, spec, normals, cancel);
        return new PatchLocaliser(detector, spec, PatchGaussian.fit(maps, spec.tilesY() * h, spec.tilesX() * h,
                cancel));
    }

    @Override
    public int inputWidth() {
        return spec.tilesX() * detector.config().inputSize();
    }

    @Override
    public int inputHeight() {
        return spec.tilesY() * detector.config().inputSize();
    }

    @Override
    public List<AnomalyMap> maps(List<Raster> prepared, CancellationToken cancel) {
        float[][][] features = features(detector, spec, prepared, cancel);
        List<AnomalyMap> out = new ArrayList<>(features.length);
        for (float[][] map : features) {
            cancel.checkpoint();
            AnomalyMap distances = new AnomalyMap(gaussian.width(), gaussian.height(), gaussian.score(map));
            out.add(MapSmoothing.gaussian(distances, spec.sigma()));
        }
        return out;
    }

    @Override
    public String describe() {
        return "patch-gaussian(stage " + spec.stage() + ", " + spec.tilesX() + "x" + spec.tilesY() + " tiles"
                + (spec.sigma() > 0 ? ", smoothed " + spec.sigma() : "") + ")";
    }

    public LocaliserSpec spec() {
        return spec;
    }

    public PatchGaussian gaussian() {
        return gaussian;
    }

    /** Per image {@code [positions][channels]}, tiles stitched. */
    private static float[][][] features(Detector detector, LocaliserSpec spec, List<Raster> images,
                                       CancellationToken cancel) {
        int kx = spec.tilesX();
        int ky = spec.tilesY();
        if (kx == 1 && ky == 1) {
            return detector.featureMapRasters(images, spec.stage(), cancel);
        }
        List<Raster> cut = new ArrayList<>(images.size() * kx * ky);
        for (Raster image : images) {
            cut.addAll(Tiling.cut(image, kx, ky));
        }
        float[][][] tileMaps = detector.featureMapRasters(cut, spec.stage(), cancel);
        int h = detector.config().featureMapSize(spec.stage());
        float[][][] out = new float[images.size()][][];
        for (int i = 0; i < out.length; i++) {
            out[i] = Tiling.stitch(tileMaps, i * kx * ky, kx, ky, h);
        }
        return out;
    }
}
