package io.augtune.workflow;

import io.augtune.common.CancellationToken;
import io.augtune.common.Raster;
import io.augtune.engine.FrozenBackbone;
import io.augtune.localise.DetectionPlan;
import io.augtune.localise.FrozenPatchLocaliser;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fused phase's share of the time left: what it counts (the timings themselves are the machine's). */
class FusedWorkProbeTest {
    @Test
    void theFusionAddsPretrainedFeaturesOfEveryImageAndKeepsTheTrainedTermsOnce() {
        AfterTuningWork trained = new AfterTuningWork(List.of(
                new AfterTuningWork.Term("patches of the held-back normals", 40, 0.01),
                new AfterTuningWork.Term("patches of the production images", 80, 0.01)));
        Raster sample = new Raster(40, 100, 1, new float[4000]);
        AfterTuningWork fused = FusedWorkProbe.plusFusion(trained, new DetectionPlan.FrozenSize(32, 80), sample,
                FrozenBackbone.MOBILENETV2, 8, 2, 3, CancellationToken.none());
        List<String> what = fused.terms().stream().map(AfterTuningWork.Term::what).toList();
        assertEquals(1, what.stream().filter(w -> w.startsWith("patches of the held-back")).count(),
                "the trained part's held-back patches are mapped once, for the fused scale: " + what);
        AfterTuningWork.Term features = fused.terms().stream()
                .filter(t -> t.what().equals("pretrained features of every image")).findFirst().orElseThrow();
        assertEquals(13, features.units(), "8 training, 2 held-back and 3 production images");
        assertTrue(features.secondsPerUnit() > 0);
        AfterTuningWork.Term cells = fused.terms().stream()
                .filter(t -> t.what().equals("pretrained cells against their memory bank")).findFirst().orElseThrow();
        assertEquals(5.0 * 40 * Math.min(FrozenPatchLocaliser.BANK_CAPACITY, 40 * 8), cells.units(),
                "5 scored images of 4 x 10 cells, each against a bank of every training cell");
    }
}
