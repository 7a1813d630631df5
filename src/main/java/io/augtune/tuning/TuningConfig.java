package io.augtune.tuning;

/**
 * How one end-to-end tuning run is carried out. Step counts define the run, so the same seed, data and
 * config give the same numbers; {@code budgetSeconds} is only a safety cap that ends the alternation early (the run
 * then records where it stopped).
 *
 * @param warmupSteps           detector steps with the initial hyperparameters before alternating
 * @param rounds                alternation rounds: each is {@code detectorStepsPerRound} detector steps + one
 *                              hyperparameter step
 * @param detectorStepsPerRound K of the alternating loop
 * @param hyperLearningRate     Adam learning rate on the unconstrained hyperparameters
 * @param batchSize             detector batch size (normal images; the same number of augmented images is added)
 * @param validationSample      images per block (normal, augmented, production) in each hyperparameter step
 * @param finalSample           images per block when the final validation loss of a run is measured
 * @param starts                number of initial hyperparameter values tried (multi-start)
 * @param seed                  master seed
 * @param budgetSeconds         wall-clock cap for the whole multi-start run; 0 means none
 */
public record TuningConfig(int warmupSteps, int rounds, int detectorStepsPerRound, double hyperLearningRate,
                           int batchSize, int validationSample, int finalSample, int starts, long seed,
                           int budgetSeconds) {

    public TuningConfig {
        require(warmupSteps >= 0, "warmupSteps must be >= 0");
        require(rounds >= 0, "rounds must be >= 0");
        require(detectorStepsPerRound >= 1, "detectorStepsPerRound must be >= 1");
        require(hyperLearningRate > 0, "hyperLearningRate must be > 0");
        require(batchSize >= 2, "batchSize must be >= 2");
        require(validationSample >= 2, "validationSample must be >= 2");
        require(finalSample >= 2, "finalSample must be >= 2");
        require(starts >= 1, "starts must be >= 1");
        require(budgetSeconds >= 0, "budgetSeconds must be >= 0");
    }

    /** Defaults sized for ~200 normal + ~100 production images at 64 px on 2 cores within about 90 s. */
    public static TuningConfig defaults(long seed) {
        return new TuningConfig(100, 30, 5, 0.1, 32, 64, 128, 3, seed, 0);
    }

    /** Detector steps one start takes. */
    public int detectorStepsPerStart() {
        return warmupSteps + rounds * detectorStepsPerRound;
    }

    public TuningConfig withStarts(int n) {
        return new TuningConfig(warmupSteps, rounds, detectorStepsPerRound, hyperLearningRate, batchSize,
                validationSample, finalSample, n, seed, budgetSeconds);
    }

    public TuningConfig withSeed(long s) {
        return new TuningConfig(warmupSteps, rounds, detectorStepsPerRound, hyperLearningRate, batchSize,
                validationSample, finalSample, starts, s, budgetSeconds);
    }

    public TuningConfig withBudgetSeconds(int seconds) {
        return new TuningConfig(warmupSteps, rounds, detectorStepsPerRound, hyperLearningRate, batchSize,
                validationSample, finalSample, starts, seed, seconds);
    }

    public TuningConfig withSteps(int warmup, int nRounds, int perRound) {
        return new TuningConfig(warmup, nRounds, perRound, hyperLearningRate, batchSize, validationSample,
                finalSample, starts, seed, budgetSeconds);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
