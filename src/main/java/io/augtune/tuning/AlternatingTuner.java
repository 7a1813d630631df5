package io.augtune.tuning;

import io.augtune.project.AugmentationExamples;

import io.augtune.project.TuningEvent;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import io.augtune.augment.DifferentiableAugmentation;
import io.augtune.augment.HyperparameterRange;
import io.augtune.common.CancellationToken;
import io.augtune.engine.Detector;
import io.augtune.engine.DetectorConfig;
import io.augtune.engine.RasterTensors;
import io.augtune.common.Raster;
import io.augtune.project.TrajectoryPoint;
import io.augtune.project.TuningPhase;
import io.augtune.project.TuningRun;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One start of the end-to-end tuning: warm-up, then rounds of K detector steps with the augmentation
 * fixed and one Adam step on the augmentation's hyperparameters against the validation loss with the detector
 * frozen. With tuning switched off it trains the same number of detector steps at fixed hyperparameters, which is
 * how the "fixed" and "grid" baselines are trained on equal terms.
 */
final class AlternatingTuner {
    private static final int EXAMPLE_COUNT = 4;
    private static final long EXAMPLE_SEED = 7L;

    private final DifferentiableAugmentation augmentation;
    private final ValidationProbe probe;
    private final DetectorConfig detectorConfig;
    private final TuningConfig config;
    private final RunProgress progress;
    private final AtomicBoolean examplesRequested;

    AlternatingTuner(DifferentiableAugmentation augmentation, ValidationProbe probe, DetectorConfig detectorConfig,
                     TuningConfig config, RunProgress progress, AtomicBoolean examplesRequested) {
        this.augmentation = augmentation;
        this.probe = probe;
        this.detectorConfig = detectorConfig;
        this.config = config;
        this.progress = progress;
        this.examplesRequested = examplesRequested;
    }

    /**
     * Trains one detector from {@code u0}. The warm-up and the first round always run; the deadline can only cut the
     * later rounds, so even a capped run has tuned at least once.
     *
     * @param tune whether hyperparameter steps are taken (false: fixed hyperparameters, same detector steps)
     */
    TrainedStart run(int start, double[] u0, boolean tune, TuningData data, Deadline deadline,
                     TuningListener listener, CancellationToken cancel) {
        // Common random numbers: every start and every fixed/grid setting gets the same detector initialisation and
        // the same batch order, so differences between them come from the hyperparameters and not from the seed.
        // (Measured before this change: the same hyperparameters with two init seeds gave AUROC 0.812 vs 0.699 on
        // ELPV poly, more than the whole spread of the grid.)
        long seed = config.seed() * 1_000_003L;
        Detector detector = Detector.create(detectorConfig, seed);
        try {
            double[] u = u0.clone();
            Random random = new Random(seed);
            HyperAdam adam = new HyperAdam(u.length, config.hyperLearningRate());
            List<TrajectoryPoint> trajectory = new ArrayList<>();
            int step = 0;
            double trainLoss = Double.NaN;
            for (int i = 0; i < config.warmupSteps(); i++) {
                cancel.checkpoint();
                trainLoss = detectorStep(detector, data, u, random);
                emit(listener, trajectory, new TrajectoryPoint(start, ++step, TuningPhase.WARMUP, trainLoss,
                        Double.NaN, values(u), progress.elapsedMillis()));
                maybeSendExamples(listener, detector, data, start, step, u);
            }
            for (int round = 0; round < config.rounds() && (round == 0 || !deadline.expired()); round++) {
                for (int k = 0; k < config.detectorStepsPerRound(); k++) {
                    cancel.checkpoint();
                    trainLoss = detectorStep(detector, data, u, random);
                    emit(listener, trajectory, new TrajectoryPoint(start, ++step, TuningPhase.DETECTOR, trainLoss,
                            Double.NaN, values(u), progress.elapsedMillis()));
                    maybeSendExamples(listener, detector, data, start, step, u);
                }
                if (tune) {
                    cancel.checkpoint();
                    ValidationProbe.Measurement m = probe.gradient(detector, data, u, random,
                            config.validationSample());
                    adam.step(u, m.gradient());
                    emit(listener, trajectory, new TrajectoryPoint(start, ++step, TuningPhase.HYPER, trainLoss,
                            m.value(), values(u), progress.elapsedMillis()));
                }
            }
            cancel.checkpoint();
            double finalLoss = probe.fixedLoss(detector, data, u, config.seed(), config.finalSample());
            emit(listener, trajectory, new TrajectoryPoint(start, ++step, TuningPhase.DONE, trainLoss, finalLoss,
                    values(u), progress.elapsedMillis()));
            TuningRun run = new TuningRun(start, values(u0), values(u), finalLoss, trajectory);
            return new TrainedStart(run, u, detector);
        } catch (RuntimeException | Error e) {
            detector.close();
            throw e;
        }
    }

    private float detectorStep(Detector detector, TuningData data, double[] u, Random random) {
        try (NDManager step = detector.manager().newSubManager()) {
            NDArray normals = data.sampleNormals(step, random, config.batchSize());
            NDArray uArray = step.create(ValidationProbe.toFloats(u));
            NDArray augmented = augmentation.apply(normals, uArray, random);
            return detector.trainStep(normals, augmented);
        }
    }

    private void emit(TuningListener listener, List<TrajectoryPoint> trajectory, TrajectoryPoint point) {
        trajectory.add(point);
        progress.stepDone();
        listener.onStep(new TuningEvent(point, progress.starts(), progress.fractionDone(), progress.etaSeconds()));
    }

    private void maybeSendExamples(TuningListener listener, Detector detector, TuningData data, int start, int step,
                                   double[] u) {
        if (!examplesRequested.compareAndSet(true, false)) {
            return;
        }
        try (NDManager m = detector.manager().newSubManager()) {
            NDArray normals = data.fixedNormals(m, EXAMPLE_COUNT);
            NDArray augmented = augmentation.apply(normals, m.create(ValidationProbe.toFloats(u)),
                    new Random(EXAMPLE_SEED));
            List<Raster> originals = new ArrayList<>();
            List<Raster> changed = new ArrayList<>();
            for (int i = 0; i < normals.getShape().get(0); i++) {
                originals.add(RasterTensors.toRaster(normals.get(i)));
                changed.add(RasterTensors.toRaster(augmented.get(i)));
            }
            listener.onExamples(new AugmentationExamples(start, step, values(u), originals, changed));
        }
    }

    /** Hyperparameter values by name, in range order. */
    Map<String, Double> values(double[] u) {
        Map<String, Double> out = new LinkedHashMap<>();
        List<HyperparameterRange> ranges = augmentation.ranges();
        for (int i = 0; i < ranges.size(); i++) {
            out.put(ranges.get(i).name(), ranges.get(i).toValue(u[i]));
        }
        return out;
    }
}
