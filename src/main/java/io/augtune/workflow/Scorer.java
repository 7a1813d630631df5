package io.augtune.workflow;

import io.augtune.common.AppVersion;
import io.augtune.common.CancellationToken;
import io.augtune.imaging.Raster;
import io.augtune.imaging.Resizer;
import io.augtune.project.ProjectSettings;
import io.augtune.project.Thresholds;
import io.augtune.scoring.GaussianModel;
import io.augtune.scoring.MapThreshold;
import io.augtune.scoring.ThresholdProposal;
import io.augtune.tuning.MultiStartTuner;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Turns a tuned detector into a scoring model and proposes thresholds without labels. */
final class Scorer {
    private Scorer() {
    }

    /** Fits the Gaussian of the clean normal embeddings (METHOD §7); takes ownership of the selected detector. */
    static ScoringModel fitModel(MultiStartTuner.Outcome outcome, List<Raster> trainNormals, int channels,
                                 ProjectSettings s, CancellationToken cancel) {
        ModelInfo info = new ModelInfo(UUID.randomUUID().toString(), outcome.result().family(),
                outcome.result().selected().finalHyperparameters(), s.workingSize(), channels, s.seed(),
                AppVersion.app(), AppVersion.djl(), AppVersion.pytorch(), Instant.now(), null, null, null);
        double[][] z = ScoringModel.toDoubles(outcome.selected().detector().embedRasters(trainNormals, cancel));
        return new ScoringModel(outcome.selected().detector(), GaussianModel.fit(z), info);
    }

    /** The percentile rule on held-back normals, or on the training normals when none were held back. */
    static Thresholds proposeThresholds(ScoringModel model, HoldoutSplit split, int channels, ProjectSettings s,
                                        CancellationToken cancel) {
        boolean heldBack = !split.holdout().isEmpty();
        List<Raster> source = atSize(ImageSets.rasters(heldBack ? split.holdout() : split.train(), channels),
                s.workingSize());
        double[] scores = model.scoreAll(source, cancel);
        ThresholdProposal p = ThresholdProposal.fromNormalScores(scores, s.thresholdPercentile());
        String rule = p.describe() + (heldBack ? "" : " (no images held back: training normals, optimistic)");
        return new Thresholds(p.value(), null, rule, false);
    }

    /**
     * Fits the localiser on the training normals and proposes its map threshold from the held-back normals' maps
     * ({@link MapThreshold#fromNormalMaps}), or from the training normals when none were held back (stated in the
     * rule).
     */
    static ScoringModel fitLocaliser(ScoringModel model, HoldoutSplit split, int channels, ProjectSettings s,
                                     LocaliserSpec spec, CancellationToken cancel) {
        int width = spec.tilesX() * s.workingSize();
        int height = spec.tilesY() * s.workingSize();
        List<Raster> train = atSize(ImageSets.rasters(split.train(), channels), width, height);
        PatchLocaliser localiser = PatchLocaliser.fit(model.detector(), spec, train, cancel);
        boolean heldBack = !split.holdout().isEmpty();
        List<Raster> normals = heldBack ? atSize(ImageSets.rasters(split.holdout(), channels), width, height)
                : train;
        MapThreshold t = MapThreshold.fromNormalMaps(localiser.maps(normals, cancel));
        if (!heldBack) {
            t = new MapThreshold(t.value(), t.floor(), t.rule() + " (no images held back: training normals, "
                    + "optimistic)");
        }
        return model.withLocaliser(localiser, t);
    }

    /** The rasters resized to side {@code size} (area average when shrinking); unchanged when already that size. */
    static List<Raster> atSize(List<Raster> rasters, int size) {
        return atSize(rasters, size, size);
    }

    /** The rasters resized to width x height; those already of that size are kept as they are. */
    static List<Raster> atSize(List<Raster> rasters, int width, int height) {
        List<Raster> out = new ArrayList<>(rasters.size());
        for (Raster r : rasters) {
            out.add(Resizer.resize(r, width, height));
        }
        return out;
    }
}
