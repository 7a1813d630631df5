package io.augtune.workflow;

import io.augtune.imaging.SkippedImage;
import io.augtune.project.TrajectoryPoint;
import io.augtune.project.TuningPhase;
import io.augtune.project.TuningRun;
import io.augtune.tuning.AugmentationExamples;
import io.augtune.tuning.TuningEvent;

import java.util.List;

/**
 * Makes the time left that a tuning reports cover the whole run, not only the tuning steps: after the last step
 * the model is fitted on the training normals, the held-back normals are mapped for the thresholds and every
 * production image is mapped and scored, which on large images takes minutes.
 *
 * <p>Time left = the tuning's end played forward from its rules at the pace of its steps so far
 * ({@link TuningSchedule}) + the work after it, each part a count times a cost timed at the start of the run
 * ({@link AfterTuningWork}, {@link WorkProbe}). Every time is read from the steps' own elapsed time, so the
 * arithmetic here can be checked with made-up steps.
 */
final class RemainingWork implements TuneObserver {
    private final TuneObserver target;
    private final TuningSchedule schedule;
    private final AfterTuningWork after;
    private double firstStepAt = Double.NaN;
    private long steps;
    private int start;
    private double startBegan;
    private double lastStepAt;

    RemainingWork(TuneObserver target, TuningSchedule schedule, AfterTuningWork after) {
        this.target = target;
        this.schedule = schedule;
        this.after = after;
    }

    /** Seconds the work after the tuning should take. */
    double afterTuningSeconds() {
        return after.seconds();
    }

    /** The time left after this step, in seconds: the tuning's rest at its pace so far, then the work after it. */
    double secondsLeft(TuningEvent event) {
        TrajectoryPoint p = event.point();
        double now = p.elapsedMillis() / 1000.0;
        steps++;
        if (steps == 1) {
            firstStepAt = now;
        }
        if (p.start() != start) {
            // A start's deadline is set when it begins, right after the previous start's final step.
            start = p.start();
            startBegan = lastStepAt;
        }
        lastStepAt = now;
        if (steps < 2) {
            // The time before the first step went into preparing the patches: no pace yet but the tuner's guess.
            return Double.isNaN(event.etaSeconds()) ? Double.NaN : event.etaSeconds() + after.seconds();
        }
        double pace = (now - firstStepAt) / (steps - 1);
        double tuning = p.phase() == TuningPhase.DONE
                ? schedule.secondsLeft(now, p.start() + 1, now, 0, pace)
                : schedule.secondsLeft(now, p.start(), startBegan, p.step(), pace);
        return tuning + after.seconds();
    }

    @Override
    public void onStep(TuningEvent event) {
        target.onStep(new TuningEvent(event.point(), event.starts(), event.fractionDone(), secondsLeft(event)));
    }

    @Override
    public void onExamples(AugmentationExamples examples) {
        target.onExamples(examples);
    }

    @Override
    public void onStartFinished(TuningRun run) {
        target.onStartFinished(run);
    }

    @Override
    public void onProgress(String phase, double fraction, String detail) {
        target.onProgress(phase, fraction, detail);
    }

    @Override
    public void onSkipped(String folderRole, List<SkippedImage> skipped) {
        target.onSkipped(folderRole, skipped);
    }
}
