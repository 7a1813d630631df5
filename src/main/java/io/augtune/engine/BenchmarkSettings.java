package io.augtune.engine;

/**
 * What {@link DetectorBenchmark} measures: the default (or pretrained-feature) detector at {@code inputSize}, trained with batches of
 * {@code batch} normal plus {@code batch} augmented images for {@code steps} steps; the augmentation receives a
 * hyperparameter vector u of length {@code hyperparameterCount}.
 */
public record BenchmarkSettings(int inputSize, int channels, int batch, int steps, int hyperparameterCount,
                                boolean pretrained) {

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
