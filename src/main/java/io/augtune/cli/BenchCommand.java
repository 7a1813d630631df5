package io.augtune.cli;

import io.augtune.augment.Augmentations;
import io.augtune.augment.DifferentiableAugmentation;
import io.augtune.engine.BenchmarkResult;
import io.augtune.engine.BenchmarkSettings;
import io.augtune.engine.DetectorBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;

/** {@code bench}: speed and memory of the default detector with the real augmentation in the graph. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Prints the median training-step time (augmentation in the graph), the hyperparameter-step "
                + "time, inference images/s and resident memory (start, middle, end, peak) of the default detector.",
            "Run it on a quiet machine: the figures are wall-clock."})
final class BenchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--size", defaultValue = "64", paramLabel = "N", description = "Working size, 16..1024 (default 64).")
    int size;

    @Option(names = "--batch", defaultValue = "32", paramLabel = "N", description = "Batch size, 1.."
            + BenchmarkSettings.MAX_BATCH + " (default 32).")
    int batch;

    @Option(names = "--steps", defaultValue = "300", paramLabel = "N", description = "Training steps, 1.."
            + BenchmarkSettings.MAX_STEPS + " (default 300).")
    int steps;

    @Option(names = "--channels", defaultValue = "1", paramLabel = "N", description = "1 (gray) or 3 (RGB).")
    int channels;

    @Option(names = "--family", defaultValue = "cutdiff", paramLabel = "NAME",
            description = "Augmentation in the graph: cutdiff (default), rotation, line, cutpaste, stain or shading.")
    String family;

    @Option(names = "--pretrained", description = "Measure the detector on frozen pretrained MobileNetV2 features.")
    boolean pretrained;

    @Override
    public Integer call() {
        DifferentiableAugmentation augmentation;
        BenchmarkSettings settings;
        try {
            augmentation = Augmentations.byFamily(family);
            settings = new BenchmarkSettings(size, channels, batch, steps, augmentation.ranges().size(),
                    pretrained);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Random random = new Random(1);
        BenchmarkResult r = DetectorBenchmark.run(settings, (images, u) -> augmentation.apply(images, u, random),
                err::println);
        out.printf(Locale.ROOT, "detector %dx%d%s, %d channel(s), batch %d, %d steps, %s augmentation, %d threads%n",
                size, size, pretrained ? " on pretrained features" : "", channels, batch, steps, family, r.threads());
        out.printf(Locale.ROOT, "train step (median)        %8.1f ms%n", r.medianTrainStepMs());
        out.printf(Locale.ROOT, "hyperparameter step        %8.1f ms%n", r.medianHyperStepMs());
        out.printf(Locale.ROOT, "inference                  %8.0f images/s%n", r.inferenceImagesPerSec());
        out.printf(Locale.ROOT, "resident memory            start %d MB, middle %d MB, end %d MB, peak %d MB%n",
                r.rssStartMb(), r.rssMiddleMb(), r.rssEndMb(), r.peakRssMb());
        return ExitCodes.OK;
    }
}
