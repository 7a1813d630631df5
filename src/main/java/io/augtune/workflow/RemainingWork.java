package io.augtune.workflow;

import io.augtune.imaging.SkippedImage;
import io.augtune.project.TuningRun;
import io.augtune.tuning.AugmentationExamples;
import io.augtune.tuning.TuningEvent;

import java.util.List;

/**
 * Makes the time left that a tuning reports cover the whole run, not only the tuning steps: after the last step
 * the model is fitted on the training normals, the held-back normals are mapped for the thresholds and every
 * production image is mapped and scored, which on large images takes minutes.
 *
 * <p>That work is a forward pass over every patch of those images. Its cost is estimated from the pace of the
 * tuning itself: one training step is a forward and backward pass (about three forward passes) over {@code 2 ·
 * batch} patches, so one patch's forward pass costs about {@code stepSeconds / (6 · batch)}; {@link #OVERHEAD}
 * covers what inference adds per patch (nearest-neighbour search in the memory bank, resampling, the map) and was
 * measured on KolektorSDD (method-and-measurements.md, "Time left").
 */
final class RemainingWork implements TuneObserver {
    /**
     * Seconds of fitting, calibration and scoring per patch, in units of one patch's training cost. Measured once on
     * KolektorSDD with the defaults (399 images of 133 patches; 280 s after the tuning against 0.93 s per step).
     */
    static final double OVERHEAD = 1.1;
    private final TuneObserver target;
    private final long patchesAfterTuning;
    private final int batchSize;
    private final double tuningCapSeconds;
    private final long startNanos = System.nanoTime();
    private long steps;

    /**
     * @param images          images mapped after the tuning: training normals, held-back normals, production
     * @param patchesPerImage patches (or tiles) per image
     * @param tuningCapSeconds wall-clock time after which the tuning stops whatever its steps say (infinite: none)
     */
    RemainingWork(TuneObserver target, long images, long patchesPerImage, int batchSize, double tuningCapSeconds) {
        this.target = target;
        this.tuningCapSeconds = tuningCapSeconds;
        this.patchesAfterTuning = images * Math.max(1, patchesPerImage);
        this.batchSize = Math.max(1, batchSize);
    }

    /** Seconds the work after the tuning will take, at {@code secondsPerStep}. */
    double afterTuningSeconds(double secondsPerStep) {
        return OVERHEAD * patchesAfterTuning * secondsPerStep / (6.0 * batchSize);
    }

    @Override
    public void onStep(TuningEvent event) {
        steps++;
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        double perStep = elapsed / steps;
        // On a slow or busy machine the cap ends the tuning before its planned steps are done.
        double tuningLeft = Math.min(event.etaSeconds(), Math.max(0, tuningCapSeconds - elapsed));
        double eta = Double.isNaN(event.etaSeconds()) ? Double.NaN : tuningLeft + afterTuningSeconds(perStep);
        target.onStep(new TuningEvent(event.point(), event.starts(), event.fractionDone(), eta));
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
