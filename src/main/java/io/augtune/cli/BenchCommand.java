package io.augtune.cli;

import io.augtune.augment.Augmentations;
import io.augtune.augment.DifferentiableAugmentation;
import io.augtune.engine.BenchmarkResult;
import io.augtune.engine.BenchmarkSettings;
import io.augtune.engine.DetectorBenchmark;
import io.augtune.engine.FrozenBenchmark;
import io.augtune.workflow.FrozenPatchLocaliser;
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
            "With --frozen WxH instead: scoring images/s of frozen pretrained patch detection at that image size.",
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

    @Option(names = "--frozen", paramLabel = "WxH", description = "Measure frozen pretrained patch detection "
            + "instead: scoring throughput for W x H images (sides multiples of 16, e.g. 496x1248 for a "
            + "500x1250 part at native size) against a full memory bank.")
    String frozen;

    @Option(names = "--images", defaultValue = "10", paramLabel = "N",
            description = "With --frozen: images timed after a warm-up (default 10).")
    int images;

    @Override
    public Integer call() {
        if (frozen != null) {
            return frozen();
        }
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

    private int frozen() {
        String[] sides = frozen.split("x");
        int width;
        int height;
        try {
            width = Integer.parseInt(sides[0]);
            height = Integer.parseInt(sides[sides.length - 1]);
        } catch (NumberFormatException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--frozen must be WxH: " + frozen);
        }
        if (sides.length != 2 || width % 16 != 0 || height % 16 != 0 || width < 16 || height < 16 || images < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--frozen must be WxH with sides that are "
                    + "multiples of 16, and --images at least 1: " + frozen + ", " + images);
        }
        FrozenBenchmark r = FrozenBenchmark.run(width, height, FrozenPatchLocaliser.BANK_CAPACITY,
                FrozenPatchLocaliser.PROJECTION, images);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "frozen pretrained patches, %dx%d gray images, bank of %d cells, %s threads%n",
                width, height, r.bankSize(), System.getenv().getOrDefault("OMP_NUM_THREADS", "default"));
        out.printf(Locale.ROOT, "describe cells (median)    %8.1f ms%n", r.describeMs());
        out.printf(Locale.ROOT, "nearest bank cell (median) %8.1f ms%n", r.nearestMs());
        out.printf(Locale.ROOT, "scoring                    %8.2f images/s%n", r.imagesPerSecond());
        out.printf(Locale.ROOT, "peak resident memory       %8d MB%n", r.peakRssMb());
        return ExitCodes.OK;
    }
}
