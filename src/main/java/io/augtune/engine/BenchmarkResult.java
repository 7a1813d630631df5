package io.augtune.engine;

import java.util.Locale;

/**
 * Figures measured by {@link DetectorBenchmark}. Times are wall-clock medians in milliseconds; memory is the process's
 * resident set in MiB (-1 where /proc is unavailable).
 *
 * @param medianTrainStepMs     augmentation (no graph) plus one {@link Detector#trainStep}
 * @param medianHyperStepMs     augmentation with a graph to u, eval-mode embedding, backward to u: the tuner's
 *                              hyperparameter step without its validation loss
 * @param inferenceImagesPerSec {@link Detector#embedRasters} throughput, conversion from rasters included
 * @param rssStartMb            resident memory after the first step
 * @param rssMiddleMb           after half the steps
 * @param rssEndMb              after the last step
 * @param peakRssMb             the process's high-water mark at the end
 * @param threads               libtorch threads per operation during the run ({@link ComputeThreads})
 */
public record BenchmarkResult(BenchmarkSettings settings, double medianTrainStepMs, double medianHyperStepMs,
                              double inferenceImagesPerSec, long rssStartMb, long rssMiddleMb, long rssEndMb,
                              long peakRssMb, int threads) {

    /** One line for logs and the command line. */
    public String summary() {
        return String.format(Locale.ROOT, "%dx%d x%d, batch %d, %d steps, %d threads: train step %.1f ms, "
                        + "hyper step %.1f ms, inference %.0f img/s, RSS start/middle/end %d/%d/%d MB, peak %d MB",
                settings.inputSize(), settings.inputSize(), settings.channels(), settings.batch(), settings.steps(),
                threads, medianTrainStepMs, medianHyperStepMs, inferenceImagesPerSec, rssStartMb, rssMiddleMb, rssEndMb,
                peakRssMb);
    }
}
