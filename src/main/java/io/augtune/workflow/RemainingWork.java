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
 * batch} patches, so one patch's forward pass costs about {@code stepSeconds / (6 · batch)}. Two constants in that
 * unit cover the rest, fitted on two measured runs (method-and-measurements.md, "Time left"): {@link #PER_PATCH}
 * (the forward pass, nearest-neighbour search, spreading onto the map) and {@link #PER_IMAGE} (decoding and resizing
 * the image, resampling its map to the original size, defect regions).
 */
final class RemainingWork implements TuneObserver {
    /** Cost of each patch after the tuning, in units of one patch's training cost. */
    static final double PER_PATCH = 1.0;
    /** Cost of each image after the tuning, whatever its patches, in the same unit. */
    static final double PER_IMAGE = 12.5;
    private final TuneObserver target;
    private final long patchesAfterTuning;
    private final long imagesAfterTuning;
    private final int batchSize;
    private final double tuningCapSeconds;
    private final long startNanos = System.nanoTime();
    private long firstStepNanos = -1;
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
        this.imagesAfterTuning = images;
        this.batchSize = Math.max(1, batchSize);
    }

    /** Seconds the work after the tuning will take, at {@code secondsPerStep}. */
    double afterTuningSeconds(double secondsPerStep) {
        return (PER_PATCH * patchesAfterTuning + PER_IMAGE * imagesAfterTuning) * secondsPerStep / (6.0 * batchSize);
    }

    @Override
    public void onStep(TuningEvent event) {
        long now = System.nanoTime();
        steps++;
        if (firstStepNanos < 0) {
            firstStepNanos = now;
        }
        double elapsed = (now - startNanos) / 1e9;
        // The pace counts from the first step on: the time before it went into preparing the patches.
        double perStep = steps < 2 ? Double.NaN : (now - firstStepNanos) / 1e9 / (steps - 1);
        // On a slow or busy machine the cap ends the tuning before its planned steps are done.
        double tuningLeft = Math.min(event.etaSeconds(), Math.max(0, tuningCapSeconds - elapsed));
        double eta = Double.isNaN(event.etaSeconds()) ? Double.NaN
                : tuningLeft + (Double.isNaN(perStep) ? 0 : afterTuningSeconds(perStep));
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
