package io.augtune.ui.tune;

import io.augtune.common.CancellationToken;
import io.augtune.common.Raster;
import io.augtune.project.TrajectoryPoint;
import io.augtune.project.TuningPhase;
import io.augtune.ui.fx.TaskHandle;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LiveTuneViewModelTest {
    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger exampleRequests = new AtomicInteger();
    private final CancellationToken token = new CancellationToken();
    private final LiveTuneViewModel model = new LiveTuneViewModel(nanos::get);

    private void begin() {
        model.begin("bottles", exampleRequests::incrementAndGet);
        model.attach(new TaskHandle(token));
    }

    private static LiveUpdate.Step step(int start, int step, double validation, double area) {
        TrajectoryPoint point = new TrajectoryPoint(start, step, TuningPhase.DETECTOR, 0.7 - step * 0.001,
                validation, Map.of("area", area, "aspect", 0.5), step * 100L);
        return new LiveUpdate.Step(point, 3, (start * 100 + step) / 300.0, 42);
    }

    @Test
    void stepsQueuedFromAWorkerAppearOnlyAtThePulseWithOneLinePerStart() {
        begin();
        model.inbox().offer(step(0, 0, Double.NaN, 0.05));
        model.inbox().offer(step(0, 1, 0.9, 0.06));
        model.inbox().offer(step(1, 0, Double.NaN, 0.10));
        assertEquals(0, chart(Quantities.TRAIN_LOSS).pointsOf(0));

        model.pulse();

        assertEquals(List.of("trainLoss", "validationLoss", "area", "aspect"),
                model.charts().stream().map(MetricChartModel::key).toList());
        assertEquals(2, chart(Quantities.TRAIN_LOSS).pointsOf(0));
        assertEquals(1, chart(Quantities.TRAIN_LOSS).pointsOf(1));
        assertEquals(1, chart(Quantities.VALIDATION_LOSS).pointsOf(0), "NaN validation losses are not drawn");
        assertEquals(List.of("Start 1", "Start 2"),
                chart("area").series().stream().map(s -> s.getName()).toList());
        assertEquals("Start 2 of 3 · step 0", model.stepTextProperty().get());
        assertEquals("area 10.0 % · aspect 0.500", model.hyperparameterTextProperty().get());
        assertEquals(10.0, chart("area").series().get(1).getData().get(0).getYValue().doubleValue(), 1e-9,
                "the area chart plots percent, as its title says");
        assertEquals(1.0 / 3, model.progressProperty().get(), 1e-9);
    }

    @Test
    void longRunsStayBoundedPerLine() {
        begin();
        for (int i = 0; i < 5000; i++) {
            model.inbox().offer(step(0, i, 1.0 / (i + 1), 0.05));
            if (i % 250 == 0) {
                model.pulse();
            }
        }
        model.pulse();
        int points = chart(Quantities.TRAIN_LOSS).pointsOf(0);
        assertTrue(points <= MetricChartModel.POINTS_PER_LINE + 1, "points: " + points);
        assertTrue(points >= MetricChartModel.POINTS_PER_LINE / 2, "points: " + points);
        var data = chart(Quantities.TRAIN_LOSS).series().get(0).getData();
        assertEquals(4999, data.get(data.size() - 1).getXValue().intValue(), "the line ends at the newest step");
    }

    @Test
    void theNewestExamplesAreShownAndFreshOnesAreRequestedPeriodically() {
        begin();
        assertEquals(1, exampleRequests.get());
        Raster pixel = new Raster(2, 2, 1, new float[4]);
        model.inbox().offer(new LiveUpdate.Examples(0, 10, Map.of("area", 0.05), List.of(pixel), List.of(pixel)));
        model.inbox().offer(new LiveUpdate.Examples(0, 20, Map.of("area", 0.07), List.of(pixel), List.of(pixel)));
        for (int i = 0; i < LiveTuneViewModel.EXAMPLES_EVERY_PULSES; i++) {
            model.pulse();
        }
        assertNotNull(model.examplesProperty().get());
        assertEquals(20, model.examplesProperty().get().step());
        assertEquals(2, exampleRequests.get());
    }

    @Test
    void pauseHoldsTheJobAndTheClockAndCancelStopsIt() {
        begin();
        nanos.set(10_000_000_000L);
        model.inbox().offer(step(0, 5, 0.5, 0.05));
        model.pulse();
        assertEquals("0:10 elapsed · about 0:42 left", model.timeTextProperty().get());

        model.togglePause();
        assertTrue(token.isPaused());
        assertEquals(RunState.PAUSED, model.stateProperty().get());
        nanos.set(70_000_000_000L);
        model.pulse();
        assertEquals("0:10 elapsed · about 0:42 left", model.timeTextProperty().get());

        model.togglePause();
        assertFalse(token.isPaused());
        model.cancel();
        assertTrue(token.isCancelled());
        assertEquals(RunState.STOPPING, model.stateProperty().get());
        model.cancelled();
        assertEquals(RunState.CANCELLED, model.stateProperty().get());
        assertFalse(model.stateProperty().get().isActive());
    }

    @Test
    void skippedFilesAndFailuresAreToldInWords() {
        begin();
        model.inbox().offer(new LiveUpdate.Progress("Reading normal images", 0.5, "a.png"));
        model.inbox().offer(new LiveUpdate.Skipped("production", List.of(
                new io.augtune.common.SkippedImage(java.nio.file.Path.of("/x/b.png"), "b.png", "empty file"))));
        model.pulse();
        assertEquals("Reading normal images", model.phaseProperty().get());
        assertEquals("1 file was skipped; the project screen lists them with reasons.",
                model.noticeProperty().get());
        model.failed("no usable images in folder /x");
        assertEquals(RunState.FAILED, model.stateProperty().get());
        assertEquals("no usable images in folder /x", model.detailProperty().get());
    }

    private MetricChartModel chart(String key) {
        return model.charts().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void whileAutoTriesFamiliesTheTrialIsNamedInWordsAndItsExamplesAreNotCalledAStart() {
        begin();
        model.inbox().offer(new LiveUpdate.TrialStarted("line", 2, 5));
        model.inbox().offer(new LiveUpdate.Progress("Choosing the augmentation", 0.4, "trying line (3 of 5)"));
        model.pulse();

        assertEquals("Trying: Scratch or crack (thin line) — 3 of 5", model.familyTextProperty().get());
        assertEquals(FamilyTrialText.SEARCH_DETAIL, model.detailProperty().get(),
                "what the search does, not the raw detail that would name the family again");

        // the search ends by naming the family kept, which stays named while its starts are tuned
        model.inbox().offer(new LiveUpdate.FamilyKept("line", true, "line was kept"));
        model.inbox().offer(new LiveUpdate.Progress("Choosing the augmentation", 1, "kept line"));
        model.inbox().offer(new LiveUpdate.Progress("Tuning", 0, "3 starts"));
        model.pulse();
        assertEquals("Tuning: Scratch or crack (thin line), kept by the trials", model.familyTextProperty().get());
        assertEquals("3 starts", model.detailProperty().get());

        begin();
        model.judgedByDecisions();
        model.inbox().offer(new LiveUpdate.TrialStarted("cutdiff", 0, 5));
        model.pulse();
        assertEquals(FamilyTrialText.SEARCH_BY_DECISIONS, model.detailProperty().get(), "a retune says what judges");
        begin();
        model.inbox().offer(new LiveUpdate.TrialStarted("cutdiff", 0, 5));
        model.pulse();
        assertEquals(FamilyTrialText.SEARCH_DETAIL, model.detailProperty().get(), "the next run forgets it");
    }

    @Test
    void theSearchsOwnRemarkIsShownWhenNoFamilyIsTried() {
        begin();
        model.inbox().offer(new LiveUpdate.Progress("Choosing the augmentation", 1,
                "too few normal images to compare kinds of synthetic defect: cutdiff is tuned"));
        model.pulse();
        assertEquals("too few normal images to compare kinds of synthetic defect: cutdiff is tuned",
                model.detailProperty().get());
        assertEquals("", model.familyTextProperty().get());
        assertTrue(model.familyTrials().series().isEmpty(), "no trials, no trials' chart");
    }

    @Test
    void afterTheRunTheKeptFamilyTheWarningAndTheSelectionLossOfTheKeptStartAreShown() {
        begin();
        io.augtune.project.TuningResult tuning = io.augtune.workflow.FamilyChoices.closeCall();

        model.finished(tuning);

        assertEquals("Kept: Scratch or crack (thin line), chosen automatically (not clear-cut)",
                model.familyTextProperty().get());
        assertEquals("Kept start 1 of 2 (lowest selection loss, 0.1100)", model.stepTextProperty().get());
        assertEquals(tuning.undecided().orElseThrow(), model.noticeProperty().get());
    }
}
