package io.augtune.engine;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import io.augtune.common.CancellationToken;
import io.augtune.common.Raster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Measures what the tuner will ask of the CPU: training steps with an augmentation in the loop, hyperparameter steps
 * that differentiate through the augmentation, batched inference, and whether resident memory stays flat over many
 * steps (the NDManager trap shows up as steady growth).
 */
public final class DetectorBenchmark {
    /** A hyperparameter step after every this many training steps, as in the tuner's alternation. */
    static final int HYPER_STEP_INTERVAL = 5;
    private static final int IMAGE_POOL = 4;
    private static final int LOG_INTERVAL = 50;
    private static final long SEED = 1;

    private DetectorBenchmark() {
    }

    /**
     * Runs the benchmark on random images.
     *
     * @param augmentation (images {@code [N, C, S, S]}, u {@code [k]}) to augmented images {@code [N, C, S, S]},
     *                     differentiable in u; called with u = 0, with and without gradient recording
     * @param log          receives a progress line every {@value #LOG_INTERVAL} steps
     */
    public static BenchmarkResult run(BenchmarkSettings settings, BiFunction<NDArray, NDArray, NDArray> augmentation,
                                      Consumer<String> log) {
        DetectorConfig config = settings.detectorConfig();
        try (Detector detector = Detector.create(config, SEED); NDManager data = detector.manager().newSubManager()) {
            List<NDArray> pool = new ArrayList<>();
            for (int i = 0; i < IMAGE_POOL; i++) {
                pool.add(data.randomUniform(0f, 1f, new Shape(settings.batch(), settings.channels(),
                        settings.inputSize(), settings.inputSize())));
            }
            Workload workload = new Workload(detector, pool, settings, augmentation);
            return workload.measure(log);
        }
    }

    private record Workload(Detector detector, List<NDArray> pool, BenchmarkSettings settings,
                            BiFunction<NDArray, NDArray, NDArray> augmentation) {

        BenchmarkResult measure(Consumer<String> log) {
            int steps = settings.steps();
            double[] trainMs = new double[steps];
            List<Double> hyperMs = new ArrayList<>();
            long rssStart = 0;
            long rssMiddle = 0;
            for (int s = 0; s < steps; s++) {
                trainMs[s] = millis(this::trainStep, s);
                if (s % HYPER_STEP_INTERVAL == HYPER_STEP_INTERVAL - 1) {
                    hyperMs.add(millis(this::hyperStep, s));
                }
                rssStart = s == 0 ? ProcessMemory.residentMb() : rssStart;
                rssMiddle = s == steps / 2 ? ProcessMemory.residentMb() : rssMiddle;
                if ((s + 1) % LOG_INTERVAL == 0) {
                    log.accept(String.format(Locale.ROOT, "step %d/%d: train step %.1f ms (median so far), RSS %d MB"
                                    + " (JVM heap %d MB committed)", s + 1, steps,
                            median(Arrays.copyOf(trainMs, s + 1)), ProcessMemory.residentMb(),
                            Runtime.getRuntime().totalMemory() >> 20));
                }
            }
            long rssEnd = ProcessMemory.residentMb();
            double hyperMedian = median(hyperMs.stream().mapToDouble(Double::doubleValue).toArray());
            double imagesPerSec = inferenceImagesPerSecond();
            return new BenchmarkResult(settings, median(trainMs), hyperMedian, imagesPerSec, rssStart, rssMiddle,
                    rssEnd, ProcessMemory.peakResidentMb(), ComputeThreads.current());
        }

        private double millis(IntConsumer work, int step) {
            long start = System.nanoTime();
            work.accept(step);
            return (System.nanoTime() - start) / 1e6;
        }

        /** The tuner's detector step: augmentation with fixed u (no graph needed), then one training step. */
        private void trainStep(int s) {
            try (NDManager step = detector.manager().newSubManager()) {
                NDArray images = copyInto(step, pool.get(s % pool.size()));
                NDArray u = step.zeros(new Shape(settings.hyperparameterCount()));
                NDArray augmented;
                try (GradientMode off = GradientMode.disabled()) {
                    augmented = augmentation.apply(images, u);
                }
                detector.trainStep(images, augmented);
            }
        }

        /** The tuner's hyperparameter step, with a stand-in loss (squared norm of the mean embedding). */
        private void hyperStep(int s) {
            try (NDManager step = detector.manager().newSubManager()) {
                NDArray images = copyInto(step, pool.get(s % pool.size()));
                NDArray u = step.zeros(new Shape(settings.hyperparameterCount()));
                u.setRequiresGradient(true);
                try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                    NDArray z = detector.embed(augmentation.apply(images, u));
                    collector.backward(z.mean(new int[] {0}).square().sum());
                }
                u.getGradient().toFloatArray();
            }
        }

        /** Ops on the pooled arrays would attach to the long-lived pool manager, so each step works on a copy. */
        private static NDArray copyInto(NDManager step, NDArray images) {
            NDArray copy = images.duplicate();
            copy.attach(step);
            return copy;
        }

        private double inferenceImagesPerSecond() {
            int count = Math.max(256, 8 * settings.batch());
            List<Raster> rasters = randomRasters(count);
            detector.embedRasters(rasters.subList(0, Detector.INFERENCE_BATCH), CancellationToken.none()); // warm-up
            long start = System.nanoTime();
            detector.embedRasters(rasters, CancellationToken.none());
            return count / ((System.nanoTime() - start) / 1e9);
        }

        private List<Raster> randomRasters(int count) {
            Random random = new Random(SEED);
            int size = settings.inputSize();
            List<Raster> rasters = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                float[] values = new float[settings.channels() * size * size];
                for (int p = 0; p < values.length; p++) {
                    values[p] = random.nextFloat();
                }
                rasters.add(new Raster(size, size, settings.channels(), values));
            }
            return rasters;
        }
    }

    /** Median of the values; NaN when there are none. */
    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
