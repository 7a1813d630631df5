package io.augtune.model;

import io.augtune.common.CancellationToken;
import io.augtune.common.Raster;
import io.augtune.localise.DetectionPlan;
import io.augtune.localise.FrozenPatchLocaliser;
import io.augtune.localise.FusedLocaliser;
import io.augtune.localise.Localiser;
import io.augtune.localise.LocaliserSpec;
import io.augtune.localise.PatchGridLocaliser;
import io.augtune.localise.PatchLocaliser;
import io.augtune.project.ProjectSettings;

import java.util.List;

/**
 * The scale of a fused model when no normal images were held back: every part fitted again on the first half of
 * the training normals, calibrated on the second half, which none of them has seen.
 */
final class HalfCalibration {
    private HalfCalibration() {
    }

    /**
     * @param trained the calibrated trained model (its detector is shared, not closed)
     * @param train   the training normals at the fused input size, at least two
     */
    static FusedLocaliser.Calibrated of(ScoringModel trained, List<Raster> train, DetectionPlan.FrozenSize size,
                                       ProjectSettings s, CancellationToken cancel) {
        List<Raster> first = train.subList(0, train.size() / 2);
        List<Raster> second = train.subList(train.size() / 2, train.size());
        LocaliserSpec spec = trained.info().localiser().trainedPart();
        Localiser tuned = spec.isPatchGrid()
                ? PatchGridLocaliser.fit(trained.detector(), spec, Scorer.atSize(first, spec.grid().width(),
                spec.grid().height()), s.seed(), cancel)
                : PatchLocaliser.fit(trained.detector(), spec, Scorer.atSize(first, spec.tilesX() * s.workingSize(),
                spec.tilesY() * s.workingSize()), cancel);
        try (FrozenPatchLocaliser frozen = FrozenPatchLocaliser.fit(Scorer.atSize(first, size.width(),
                size.height()), size.width(), size.height(), s.seed(), cancel)) {
            return FusedLocaliser.calibrate(List.of(
                    new FusedLocaliser.Part(FusedLocaliser.TUNED, tuned, null),
                    new FusedLocaliser.Part(FusedLocaliser.FROZEN, frozen, null)),
                    first.size() >= Scorer.MIN_FOR_GLOBAL ? FusedLocaliser.GlobalTerm.fit(first) : null, second,
                    cancel);
        }
    }
}
