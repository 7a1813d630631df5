package io.augtune.workflow;

import io.augtune.localise.LocaliserSpec;
import io.augtune.localise.PatchGrid;
import io.augtune.localise.PatchGridLocaliser;
import io.augtune.project.TrajectoryPoint;
import io.augtune.project.TuningPhase;
import io.augtune.project.TuningEvent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The time left is the tuning's end played forward from its rules at the pace of the steps so far, plus the measured
 * work after it. Steps are made up (their elapsed times are given), so no clock is involved.
 */
class RemainingWorkTest {
    // 2 starts of 10 warm-up steps, 3 rounds of 4 detector steps and a hyperparameter step, and a final step: 26 each
    private static final TuningSchedule UNCAPPED = new TuningSchedule(2, 10, 3, 4, Double.POSITIVE_INFINITY);
    private static final TuningSchedule.Pace HALF = TuningSchedule.Pace.uniform(0.5);
    private static final TuningSchedule.Pace ONE = TuningSchedule.Pace.uniform(1);

    @Test
    void withoutACapEveryPlannedStepRunsAtThePace() {
        assertEquals((26 - 6 + 26) * 0.5, UNCAPPED.secondsLeft(3, 0, 0, 6, HALF), 1e-9);
        assertEquals(26 * 0.5, UNCAPPED.secondsLeft(20, 1, 20, 0, HALF), 1e-9);
        assertEquals(0, UNCAPPED.secondsLeft(40, 2, 40, 0, HALF), 1e-9);
    }

    @Test
    void theCapCutsLaterRoundsButNeverTheWarmUpAndFirstRound() {
        TuningSchedule capped = new TuningSchedule(2, 10, 3, 4, 20);
        // Start 0: deadline 20 / 2 = 10 s, but its warm-up and first round (15 steps) run: 15 s, final step: 16 s.
        // Start 1 begins at 16 s with a deadline at 16 + (20 - 16) = 20 s: again 15 steps and the final one.
        assertEquals(32, capped.secondsLeft(0, 0, 0, 0, ONE), 1e-9);
    }

    @Test
    void aRoundBegunBeforeTheDeadlineIsFinishedAndNoFurtherOneBegins() {
        TuningSchedule capped = new TuningSchedule(1, 10, 3, 4, 16);
        // 15 mandatory steps end at 15 s, before the 16 s deadline: round 1 runs (to 20 s), round 2 does not.
        assertEquals(21, capped.secondsLeft(0, 0, 0, 0, ONE), 1e-9);
        // Two steps into round 1 at 17 s: its 3 steps left, then the final step.
        assertEquals(4, capped.secondsLeft(17, 0, 0, 17, ONE), 1e-9);
    }

    @Test
    void eachKindOfStepCostsItsOwnPace() {
        // 2 warm-up steps, 2 rounds of one detector step and a hyperparameter step, a final step
        TuningSchedule schedule = new TuningSchedule(1, 2, 2, 1, Double.POSITIVE_INFINITY);
        TuningSchedule.Pace pace = new TuningSchedule.Pace(1, 5, 3);
        assertEquals(2 + (1 + 5) + (1 + 5) + 3, schedule.secondsLeft(0, 0, 0, 0, pace), 1e-9);
        assertEquals(5 + (1 + 5) + 3, schedule.secondsLeft(0, 0, 0, 3, pace), 1e-9);
    }

    @Test
    void theWorkAfterTheTuningIsEachCountTimesItsMeasuredCost() {
        AfterTuningWork.Counts counts = new AfterTuningWork.Counts(100, 20, 50, 10, 400, 64, 1_000_000);
        AfterTuningWork.UnitCosts costs = new AfterTuningWork.UnitCosts(0.002, 1e-6, 0.01, 1e-8);
        AfterTuningWork work = AfterTuningWork.of(counts, costs);
        double mapPatch = 0.002 + 400 * 1e-6;
        double expected = 100 * 0.002 + 1000 * 0.002 + 64 * 0.01 + 200 * mapPatch + 500 * mapPatch + 1_000_000 * 1e-8;
        assertEquals(expected, work.seconds(), 1e-9);
        assertEquals(expected + 30, work.plus(new AfterTuningWork.Term("another phase", 3, 10)).seconds(), 1e-9);
        assertEquals(0, AfterTuningWork.NONE.seconds());
    }

    @Test
    void countsFollowTheLocaliser() {
        LocaliserSpec knn = LocaliserSpec.patchGrid(new PatchGrid(64, 32, 256, 128), LocaliserSpec.SCORER_KNN);
        long perImage = knn.grid().count();
        AfterTuningWork.Counts many = WorkProbe.counts(knn, 1000, 200, 300, 123);
        assertEquals(perImage, many.patchesPerImage());
        assertEquals(PatchGridLocaliser.BANK_CAPACITY, many.bankEntries());
        assertEquals(PatchGridLocaliser.BANK_CAPACITY, many.coresetSteps(), "more normal patches than the bank holds");
        AfterTuningWork.Counts few = WorkProbe.counts(knn, 2, 1, 3, 123);
        assertEquals(2 * perImage, few.bankEntries());
        assertEquals(0, few.coresetSteps(), "every normal patch is kept");
        LocaliserSpec gaussian = LocaliserSpec.patchGrid(knn.grid(), LocaliserSpec.SCORER_GAUSSIAN);
        assertEquals(0, WorkProbe.counts(gaussian, 1000, 200, 300, 123).bankEntries());
        LocaliserSpec tiles = LocaliserSpec.patchGaussian(1, new int[] {3, 2});
        AfterTuningWork.Counts tiled = WorkProbe.counts(tiles, 10, 2, 5, 77);
        assertEquals(6, tiled.patchesPerImage());
        assertEquals(0, tiled.bankEntries());
        assertEquals(77, tiled.productionPixels());
    }

    @Test
    void theReportedTimeLeftIsTheScheduleAtThePaceFromTheFirstStepPlusTheWorkAfter() {
        List<TuningEvent> seen = new ArrayList<>();
        TuneObserver sink = new TuneObserver() {
            @Override
            public void onStep(TuningEvent event) {
                seen.add(event);
            }
        };
        AfterTuningWork after = new AfterTuningWork(List.of(new AfterTuningWork.Term("scoring", 100, 0.5)));
        RemainingWork work = new RemainingWork(sink, UNCAPPED, after);
        // The first step comes 30 s in (patch preparation): only the tuner's own guess, plus the work after.
        work.onStep(event(0, 1, TuningPhase.WARMUP, 30_000, 99));
        assertEquals(99 + 50, seen.get(0).etaSeconds(), 1e-9);
        // Then 2 s a step, whatever the 30 s before: 26 - 5 steps of start 0, 26 of start 1.
        for (int step = 2; step <= 5; step++) {
            work.onStep(event(0, step, TuningPhase.WARMUP, 30_000 + 2_000L * (step - 1), 1));
        }
        assertEquals((21 + 26) * 2 + 50, seen.get(4).etaSeconds(), 1e-9);
        assertEquals(50, work.afterTuningSeconds(), 1e-9);
    }

    @Test
    void afterAStartsFinalStepTheNextStartIsCountedFromItsBeginning() {
        List<Double> etas = new ArrayList<>();
        TuneObserver sink = new TuneObserver() {
            @Override
            public void onStep(TuningEvent event) {
                etas.add(event.etaSeconds());
            }
        };
        TuningSchedule capped = new TuningSchedule(2, 10, 3, 4, 20);
        RemainingWork work = new RemainingWork(sink, capped, AfterTuningWork.NONE);
        for (int step = 1; step <= 15; step++) {
            work.onStep(event(0, step, TuningPhase.WARMUP, 1_000L * step, 1));
        }
        work.onStep(event(0, 16, TuningPhase.DONE, 16_000, 1));
        // Start 1 begins at 16 s: deadline 20 s, its 15 mandatory steps and the final one at 1 s a step.
        assertEquals(16, etas.get(15), 1e-9);
        work.onStep(event(1, 1, TuningPhase.WARMUP, 17_000, 1));
        assertEquals(15, etas.get(16), 1e-9);
        assertTrue(etas.stream().allMatch(e -> e >= 0));
    }

    @Test
    void eachKindOfStepIsTimedOnItsOwn() {
        RemainingWork work = new RemainingWork(TuneObserver.NONE, UNCAPPED, AfterTuningWork.NONE);
        long at = 0;
        for (int step = 1; step <= 41; step++) {
            work.onStep(event(0, step, TuningPhase.WARMUP, at += 1_000, 1));
        }
        work.onStep(event(0, 42, TuningPhase.HYPER, at += 7_000, 1));
        for (int step = 43; step <= 62; step++) {
            work.onStep(event(0, step, TuningPhase.DETECTOR, at += 2_000, 1));
        }
        work.onStep(event(0, 63, TuningPhase.DONE, at += 3_000, 1));
        assertEquals(new TuningSchedule.Pace((40 * 1 + 20 * 2) / 60.0, 7, 3), work.pace());
    }

    @Test
    void theTimedWorkIsAnnouncedOnce() {
        List<String> details = new ArrayList<>();
        TuneObserver sink = new TuneObserver() {
            @Override
            public void onProgress(String phase, double fraction, String detail) {
                details.add(detail);
            }
        };
        AfterTuningWork after = new AfterTuningWork(List.of(new AfterTuningWork.Term("patches", 100, 0.5),
                new AfterTuningWork.Term("maps", 10, 0.3)));
        new RemainingWork(sink, UNCAPPED, after);
        assertEquals(List.of("after the tuning about 53 s of mapping and scoring, timed on this machine (patches 50 s,"
                + " maps 3 s)"), details);
        new RemainingWork(sink, UNCAPPED, AfterTuningWork.NONE);
        assertEquals(1, details.size(), "nothing timed, nothing said");
    }

    @Test
    void aProbeKeepsTheMedianOfItsTimings() {
        assertEquals(2, WorkProbe.median(new double[] {9, 1, 2, 3, 0.5}), 1e-12);
        assertEquals(2.5, WorkProbe.median(new double[] {4, 1, 2, 3}), 1e-12);
    }

    private static TuningEvent event(int start, int step, TuningPhase phase, long elapsedMillis, double eta) {
        TrajectoryPoint point = new TrajectoryPoint(start, step, phase, 0.1, Double.NaN, Map.of("area", 0.1),
                elapsedMillis);
        return new TuningEvent(point, 2, 0.1, eta);
    }
}
