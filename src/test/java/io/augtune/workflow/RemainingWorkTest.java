package io.augtune.workflow;

import io.augtune.project.TrajectoryPoint;
import io.augtune.tuning.TuningEvent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The time left covers the mapping and scoring after the tuning, and never the steps the cap will not run. */
class RemainingWorkTest {
    @Test
    void afterTheTuningEveryPatchCostsAboutAForwardPassAtTheTuningsPace() {
        RemainingWork work = new RemainingWork(TuneObserver.NONE, 100, 10, 32, Double.POSITIVE_INFINITY);
        // 100 images of 10 patches; one step (2 x 32 patches forward and backward) takes 0.6 s: 0.6 / 192 s a patch.
        assertEquals((RemainingWork.PER_PATCH * 1000 + RemainingWork.PER_IMAGE * 100) * 0.6 / 192,
                work.afterTuningSeconds(0.6), 1e-9);
    }

    @Test
    void theReportedTimeLeftAddsTheWorkAfterTheTuningAndRespectsTheCap() {
        List<TuningEvent> seen = new ArrayList<>();
        TuneObserver sink = new TuneObserver() {
            @Override
            public void onStep(TuningEvent event) {
                seen.add(event);
            }
        };
        RemainingWork work = new RemainingWork(sink, 1000, 100, 2, 0.5);
        TrajectoryPoint point = new TrajectoryPoint(0, 1, io.augtune.project.TuningPhase.DETECTOR, 0.1, Double.NaN,
                Map.of("area", 0.1), 5);
        work.onStep(new TuningEvent(point, 1, 0.1, 1_000_000));
        work.onStep(new TuningEvent(point, 1, 0.2, 1_000_000));
        double eta = seen.get(1).etaSeconds();
        assertTrue(eta < 0.5 + work.afterTuningSeconds(1) + 1e-6, "the cap bounds the tuning part: " + eta);
        assertTrue(eta > 0, "" + eta);
    }
}
