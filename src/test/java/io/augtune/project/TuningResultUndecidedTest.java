package io.augtune.project;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tuning says, in words, when its loss could not choose among the starts. */
class TuningResultUndecidedTest {
    private static TuningRun run(int start, double... validationLosses) {
        Map<String, Double> h = Map.of("area", 0.05 + start * 0.01);
        List<TrajectoryPoint> points = new java.util.ArrayList<>();
        for (int i = 0; i < validationLosses.length; i++) {
            points.add(new TrajectoryPoint(start, i, TuningPhase.HYPER, 0.1, validationLosses[i], h, i));
        }
        return new TuningRun(start, h, h, validationLosses[validationLosses.length - 1], points);
    }

    @Test
    void startsThatAllEndAtTheSameLossAreReportedAsATie() {
        TuningResult tied = new TuningResult("cutdiff", List.of(run(0, 1, 0.98, 1), run(1, 1, 1), run(2, 0.9, 1)), 0);
        String why = tied.undecided().orElseThrow();
        assertTrue(why.contains("all 3 starts ended at the same validation loss (1.0000)"), why);
        assertTrue(why.contains("start 1 was kept by order"), why);
    }

    @Test
    void aLossThatNeverMovedIsReportedEvenForOneStart() {
        assertTrue(new TuningResult("cutdiff", List.of(run(0, 1, 1, 1)), 0).undecided().orElseThrow()
                .contains("never moved"));
    }

    @Test
    void aGradedLossIsADecision() {
        assertTrue(new TuningResult("cutdiff", List.of(run(0, 1, 0.9, 0.8), run(1, 1, 0.95, 0.9)), 0).undecided()
                .isEmpty());
    }
}
