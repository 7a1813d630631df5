package io.augtune.workflow;

import io.augtune.common.AppVersion;
import io.augtune.common.CancellationToken;
import io.augtune.imaging.Raster;
import io.augtune.project.ProjectSettings;
import io.augtune.project.Thresholds;
import io.augtune.scoring.GaussianModel;
import io.augtune.scoring.ThresholdProposal;
import io.augtune.tuning.MultiStartTuner;

import java.time.Instant;
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
                AppVersion.app(), AppVersion.djl(), AppVersion.pytorch(), Instant.now(), null);
        double[][] z = ScoringModel.toDoubles(outcome.selected().detector().embedRasters(trainNormals, cancel));
        return new ScoringModel(outcome.selected().detector(), GaussianModel.fit(z), info);
    }

    /** The percentile rule on held-back normals, or on the training normals when none were held back. */
    static Thresholds proposeThresholds(ScoringModel model, HoldoutSplit split, int channels, ProjectSettings s,
                                        CancellationToken cancel) {
        boolean heldBack = !split.holdout().isEmpty();
        List<Raster> source = ImageSets.rasters(heldBack ? split.holdout() : split.train(), channels);
        double[] scores = model.scoreAll(source, cancel);
        ThresholdProposal p = ThresholdProposal.fromNormalScores(scores, s.thresholdPercentile());
        String rule = p.describe() + (heldBack ? "" : " (no images held back: training normals, optimistic)");
        return new Thresholds(p.value(), null, rule, false);
    }
}
