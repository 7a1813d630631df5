package io.augtune.engine;

/**
 * What {@link DetectorBenchmark} measures: the default (or pretrained-feature) detector at {@code inputSize}, trained with batches of
 * {@code batch} normal plus {@code batch} augmented images for {@code steps} steps; the augmentation receives a
 * hyperparameter vector u of length {@code hyperparameterCount}.
 */
public record BenchmarkSettings(int inputSize, int channels, int batch, int steps, int hyperparameterCount,
                                boolean pretrained) {
    /** The largest batch measured: as for tuning, a batch of 1024 normal plus 1024 augmented images. */
    public static final int MAX_BATCH = 1_024;
    /** A benchmark of more steps than this says nothing that a shorter one does not. */
    public static final int MAX_STEPS = 100_000;

    /** The detector learning from the pixels. */
    public BenchmarkSettings(int inputSize, int channels, int batch, int steps, int hyperparameterCount) {
        this(inputSize, channels, batch, steps, hyperparameterCount, false);
    }

    public BenchmarkSettings {
        // Validates size and channels the same way the detector will.
        config(inputSize, channels, pretrained);
        if (batch < 1 || steps < 1 || hyperparameterCount < 1) {
            throw new IllegalArgumentException("batch, steps and hyperparameterCount must be positive: " + batch
                    + ", " + steps + ", " + hyperparameterCount);
        }
        if (batch > MAX_BATCH || steps > MAX_STEPS) {
            throw new IllegalArgumentException("batch must be at most " + MAX_BATCH + " and steps at most "
                    + MAX_STEPS + ": " + batch + ", " + steps);
        }
    }

    /** The detector configuration measured. */
    public DetectorConfig detectorConfig() {
        return config(inputSize, channels, pretrained);
    }

    private static DetectorConfig config(int inputSize, int channels, boolean pretrained) {
        return pretrained ? DetectorConfig.pretrainedDefaults(inputSize, channels)
                : DetectorConfig.defaults(inputSize, channels);
    }

    /** The target workload: 64x64 gray, batch 32, 300 steps, two hyperparameters (as CutDiff has). */
    public static BenchmarkSettings defaults() {
        return new BenchmarkSettings(64, 1, 32, 300, 2);
    }
}
