package io.augtune.workflow;

import io.augtune.augment.Augmentations;
import io.augtune.augment.DifferentiableAugmentation;
import io.augtune.engine.BenchmarkResult;
import io.augtune.engine.BenchmarkSettings;
import io.augtune.engine.DetectorBenchmark;
import io.augtune.engine.FrozenBackbone;
import io.augtune.engine.FrozenBenchmark;
import io.augtune.localise.FrozenPatchLocaliser;
import io.augtune.project.ProjectSettings;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The "how fast is it here" use case: times the default detector's training with a real augmentation in the graph,
 * or frozen pretrained patch scoring at a given image size, and describes the figures in a few report lines.
 * The figures are wall-clock: they mean something only on a quiet machine.
 */
public final class SpeedBenchmark {
    /** Largest batch a detector benchmark accepts. */
    public static final int MAX_BATCH = BenchmarkSettings.MAX_BATCH;
    /** Most training steps a detector benchmark accepts. */
    public static final int MAX_STEPS = BenchmarkSettings.MAX_STEPS;

    private final BenchmarkSettings settings;
    private final String family;

    private SpeedBenchmark(BenchmarkSettings settings, String family) {
        this.settings = settings;
        this.family = family;
    }

    /**
     * A detector benchmark, checked but not yet run.
     *
     * @param size       working size in pixels (square images)
     * @param pretrained on frozen pretrained MobileNetV2 features instead of the detector trained from scratch
     * @throws IllegalArgumentException naming what is out of range or the unknown family
     */
    public static SpeedBenchmark detector(int size, int channels, int batch, int steps, String family,
                                          boolean pretrained) {
        DifferentiableAugmentation augmentation = Augmentations.byFamily(family);
        BenchmarkSettings settings = new BenchmarkSettings(size, channels, batch, steps,
                augmentation.ranges().size(), pretrained);
        return new SpeedBenchmark(settings, family);
    }

    /**
     * Runs it: median training-step and hyperparameter-step times, inference images/s and resident memory.
     *
     * @param log receives progress lines while it runs
     * @return the report, one line an element
     */
    public List<String> run(Consumer<String> log) {
        Objects.requireNonNull(log, "log");
        DifferentiableAugmentation augmentation = Augmentations.byFamily(family);
        Random random = new Random(1); // the same augmentation draws on every run, so runs compare
        BenchmarkResult r = DetectorBenchmark.run(settings, (images, u) -> augmentation.apply(images, u, random),
                log);
        int size = settings.inputSize();
        return List.of(
                String.format(Locale.ROOT, "detector %dx%d%s, %d channel(s), batch %d, %d steps, %s augmentation, "
                                + "%d threads", size, size, settings.pretrained() ? " on pretrained features" : "",
                        settings.channels(), settings.batch(), settings.steps(), family, r.threads()),
                String.format(Locale.ROOT, "train step (median)        %8.1f ms", r.medianTrainStepMs()),
                String.format(Locale.ROOT, "hyperparameter step        %8.1f ms", r.medianHyperStepMs()),
                String.format(Locale.ROOT, "inference                  %8.0f images/s", r.inferenceImagesPerSec()),
                String.format(Locale.ROOT, "resident memory            start %d MB, middle %d MB, end %d MB, "
                        + "peak %d MB", r.rssStartMb(), r.rssMiddleMb(), r.rssEndMb(), r.peakRssMb()));
    }

    /**
     * Times frozen pretrained patch scoring of {@code width x height} gray images against a full memory bank, as a
     * tuned frozen model scores them.
     *
     * @param images how many images are timed after a warm-up
     * @return the report, one line an element
     */
    public static List<String> frozenPatches(int width, int height, int images) {
        FrozenBenchmark r = FrozenBenchmark.run(width, height, FrozenPatchLocaliser.BANK_CAPACITY,
                FrozenPatchLocaliser.PROJECTION, images,
                FrozenBackbone.ofSetting(ProjectSettings.defaults().pretrainedFeatures()));
        return List.of(
                String.format(Locale.ROOT, "frozen pretrained patches, %dx%d gray images, bank of %d cells, %s threads",
                        width, height, r.bankSize(), System.getenv().getOrDefault("OMP_NUM_THREADS", "default")),
                String.format(Locale.ROOT, "describe cells (median)    %8.1f ms", r.describeMs()),
                String.format(Locale.ROOT, "nearest bank cell (median) %8.1f ms", r.nearestMs()),
                String.format(Locale.ROOT, "scoring                    %8.2f images/s", r.imagesPerSecond()),
                String.format(Locale.ROOT, "peak resident memory       %8d MB", r.peakRssMb()));
    }
}
