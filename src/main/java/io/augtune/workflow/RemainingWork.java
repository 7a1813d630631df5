package io.augtune.workflow;

import io.augtune.common.SkippedImage;
import io.augtune.project.TrajectoryPoint;
import io.augtune.project.TuningPhase;
import io.augtune.project.TuningRun;
import io.augtune.project.AugmentationExamples;
import io.augtune.project.TuningEvent;

import java.util.List;

/**
 * Makes the time left that a tuning reports cover the whole run, not only the tuning steps: after the last step
 * the model is fitted on the training normals, the held-back normals are mapped for the thresholds and every
 * production image is mapped and scored, which on large images takes minutes.
 *
 * <p>Time left = the tuning's end played forward from its rules at the pace of each kind of step so far
 * ({@link TuningSchedule}) + the work after it, each part a count times a cost timed at the start of the run
 * ({@link AfterTuningWork}, {@link WorkProbe}). The pace of training steps is no clock for the rest: it changes with
 * the augmentation being tuned (on ELPV poly and DeepPCB the third start took twice as long as the first). Every time
 * is read from the steps' own elapsed time, so the arithmetic here can be checked with made-up steps.
 */
final class RemainingWork implements TuneObserver {
    private final TuneObserver target;
    private final TuningSchedule schedule;
    private final AfterTuningWork after;
    private final double[] sums = new double[3];
    private final long[] counts = new long[3];
    private long steps;
    private int start;
    private double startBegan;
    private double lastStepAt;

    /** Tells {@code target} what the work after the tuning was timed at, then passes every record on. */
    RemainingWork(TuneObserver target, TuningSchedule schedule, AfterTuningWork after) {
        this.target = target;
        this.schedule = schedule;
        this.after = after;
        if (!after.terms().isEmpty()) {
            target.onProgress("Tuning", -1, after.describe());
        }
    }

    /** Seconds the work after the tuning should take, as the probe timed it. */
    double afterTuningSeconds() {
        return after.seconds();
    }

    /** The time left after this step, in seconds: the tuning's rest at its pace so far, then the work after it. */
    double secondsLeft(TuningEvent event) {
        TrajectoryPoint p = event.point();
        double now = p.elapsedMillis() / 1000.0;
        steps++;
        if (steps > 1) {
            record(p.phase(), now - lastStepAt);
        }
        if (p.start() != start) {
            // A start's deadline is set when it begins, right after the previous start's final step.
            start = p.start();
            startBegan = lastStepAt;
        }
        lastStepAt = now;
        if (counts[0] == 0) {
            // The time before the first step went into preparing the patches: no pace yet but the tuner's guess.
            return Double.isNaN(event.etaSeconds()) ? Double.NaN : event.etaSeconds() + afterTuningSeconds();
        }
        TuningSchedule.Pace pace = pace();
        double tuning = p.phase() == TuningPhase.DONE
                ? schedule.secondsLeft(now, p.start() + 1, now, 0, pace)
                : schedule.secondsLeft(now, p.start(), startBegan, p.step(), pace);
        return tuning + afterTuningSeconds();
    }

    /** Mean seconds of each kind of step so far; a kind not seen yet is taken at the pace of one that was. */
    TuningSchedule.Pace pace() {
        double training = sums[0] / counts[0];
        double hyper = counts[1] > 0 ? sums[1] / counts[1] : training;
        double done = counts[2] > 0 ? sums[2] / counts[2] : hyper;
        return new TuningSchedule.Pace(training, hyper, done);
    }

    /** Books the time since the previous step to this step's kind. */
    private void record(TuningPhase phase, double seconds) {
        int kind = phase == TuningPhase.HYPER ? 1 : phase == TuningPhase.DONE ? 2 : 0;
        sums[kind] += seconds;
        counts[kind]++;
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
