package io.augtune.tuning;

import io.augtune.augment.DifferentiableAugmentation;
import io.augtune.common.CancellationToken;
import io.augtune.engine.DetectorConfig;
import io.augtune.engine.GradientMode;
import io.augtune.project.TuningResult;
import io.augtune.project.TuningRun;
import io.augtune.validation.ValidationLoss;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The end-to-end tuner: runs every start of {@link StartingPoints#spread}, keeps the detector of the start with the
 * lowest final validation loss (or, with a {@link StartJudge}, the lowest judged loss) and reports all of them. Thread-safe only for
 * {@link #requestExamples()}, which a UI may call from any thread while {@link #run} works.
 */
public final class MultiStartTuner {
    private final DifferentiableAugmentation augmentation;
    private final ValidationProbe probe;
    private final DetectorConfig detectorConfig;
    private final TuningConfig config;
    private final AtomicBoolean examplesRequested = new AtomicBoolean();
    private StartJudge judge;

    /**
     * Judges a trained start by the job its detector will do, lower is better; chooses among the starts instead of
     * their final validation loss (which can tie when no production image is explained).
     */
    public interface StartJudge {
        double loss(TrainedStart trained);
    }

    /** Chooses among the starts by {@code judge} from now on. */
    public MultiStartTuner judgedBy(StartJudge startJudge) {
        this.judge = startJudge;
        return this;
    }
    /**
     * The budget plans the step counts from nominal costs; the clock only stops a run that takes more than this many
     * times its budget (a much slower or busy machine), so that normal runs stay reproducible.
     */
    public static final double CAP_FACTOR = 2.0;

    public MultiStartTuner(DifferentiableAugmentation augmentation, ValidationLoss loss, DetectorConfig detectorConfig,
                           TuningConfig config) {
        this.augmentation = augmentation;
        this.probe = new ValidationProbe(augmentation, loss);
        this.detectorConfig = detectorConfig;
        this.config = config;
    }

    /** Asks the running tuner to send current augmented examples after its next step. */
    public void requestExamples() {
        examplesRequested.set(true);
    }

    /** The tuned result: all runs and the selected start's detector (owned by the caller). */
    public record Outcome(TuningResult result, TrainedStart selected) {
    }

    /**
     * Runs every start on the calling thread. Autograd recording is switched off for the run (libtorch's grad mode is
     * per thread and on by default on worker threads); gradient collectors switch it on where gradients are wanted.
     */
    public Outcome run(TuningData data, TuningListener listener, CancellationToken cancel) {
        try (GradientMode off = GradientMode.disabled()) {
            return runStarts(data, listener, cancel);
        }
    }

    private Outcome runStarts(TuningData data, TuningListener listener, CancellationToken cancel) {
        List<double[]> inits = StartingPoints.spread(augmentation.ranges(), config.starts());
        long stepsPerStart = config.warmupSteps() + (long) config.rounds() * (config.detectorStepsPerRound() + 1) + 1;
        RunProgress progress = new RunProgress(inits.size(), stepsPerStart * inits.size());
        AlternatingTuner tuner = new AlternatingTuner(augmentation, probe, detectorConfig, config, progress,
                examplesRequested);
        long began = System.nanoTime();
        TrainedStart best = null;
        List<TuningRun> runs = new ArrayList<>();
        try {
            for (int s = 0; s < inits.size(); s++) {
                TrainedStart trained = tuner.run(s, inits.get(s), true, data, deadlineFor(s, inits.size(), began),
                        listener, cancel);
                if (judge != null) {
                    try {
                        trained = new TrainedStart(trained.run().withSelectionLoss(judge.loss(trained)), trained.u(),
                                trained.detector());
                    } catch (RuntimeException | Error e) {
                        trained.close();
                        throw e;
                    }
                }
                runs.add(trained.run());
                listener.onStartFinished(trained.run());
                if (best == null || trained.run().comparedLoss() < best.run().comparedLoss()) {
                    if (best != null) {
                        best.close();
                    }
                    best = trained;
                } else {
                    trained.close();
                }
            }
        } catch (RuntimeException | Error e) {
            if (best != null) {
                best.close();
            }
            throw e;
        }
        return new Outcome(new TuningResult(augmentation.family(), runs, best.run().start()), best);
    }

    /** Shares what is left of the budget evenly among the starts still to run. */
    private Deadline deadlineFor(int start, int starts, long beganNanos) {
        if (config.budgetSeconds() <= 0) {
            return Deadline.none();
        }
        double left = CAP_FACTOR * config.budgetSeconds() - (System.nanoTime() - beganNanos) / 1e9;
        return Deadline.inSeconds(Math.max(0, left) / (starts - start));
    }

    /**
     * The final validation loss of a trained detector measured with another loss, on the same fixed samples as its own
     * final loss: lets one grid of trained detectors be compared under every loss (the grid's training does not
     * depend on the loss).
     */
    public double finalLossUnder(ValidationLoss other, TrainedStart trained, TuningData data) {
        try (GradientMode off = GradientMode.disabled()) {
            return new ValidationProbe(augmentation, other).fixedLoss(trained.detector(), data, trained.u(),
                    config.seed(), config.finalSample());
        }
    }

    /** Trains one detector at fixed hyperparameters with the same detector steps as one start (baselines). */
    public TrainedStart trainFixed(double[] u, int index, TuningData data, TuningListener listener,
                                   CancellationToken cancel) {
        long steps = config.warmupSteps() + (long) config.rounds() * config.detectorStepsPerRound() + 1;
        RunProgress progress = new RunProgress(1, steps);
        AlternatingTuner tuner = new AlternatingTuner(augmentation, probe, detectorConfig, config, progress,
                examplesRequested);
        try (GradientMode off = GradientMode.disabled()) {
            return tuner.run(index, u, false, data, Deadline.none(), listener, cancel);
        }
    }
}
