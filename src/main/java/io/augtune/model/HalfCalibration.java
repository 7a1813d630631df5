package io.augtune.model;

import io.augtune.common.CancellationToken;
import io.augtune.engine.Detector;
import io.augtune.common.Raster;
import io.augtune.engine.FrozenBackbone;
import io.augtune.localise.DetectionPlan;
import io.augtune.localise.FrozenPatchLocaliser;
import io.augtune.localise.FusedLocaliser;
import io.augtune.localise.Localiser;
import io.augtune.localise.LocaliserSpec;
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
     * @param detector the trained detector (shared, not closed)
     * @param spec     how it localises
     * @param train    the training normals at the fused input size, at least two
     */
    static FusedLocaliser.Calibrated of(Detector detector, LocaliserSpec spec, List<Raster> train,
                                       DetectionPlan.FrozenSize size, ProjectSettings s, CancellationToken cancel) {
        List<Raster> first = train.subList(0, train.size() / 2);
        List<Raster> second = train.subList(train.size() / 2, train.size());
        Localiser tuned = Scorer.fitTrained(detector, spec, first, s, cancel);
        try (FrozenPatchLocaliser frozen = FrozenPatchLocaliser.fit(Scorer.atSize(first, size.width(),
                size.height()), FrozenBackbone.ofSetting(s.pretrainedFeatures()), size.width(), size.height(),
                s.seed(), cancel)) {
            return FusedLocaliser.calibrate(List.of(
                    FusedLocaliser.Part.uncalibrated(FusedLocaliser.TUNED, tuned),
                    FusedLocaliser.Part.uncalibrated(FusedLocaliser.FROZEN, frozen)),
                    first.size() >= Scorer.MIN_FOR_GLOBAL ? FusedLocaliser.GlobalTerm.fit(first) : null, second,
                    cancel);
        }
    }
}
