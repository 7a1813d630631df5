package io.augtune.cli;

import io.augtune.workflow.SpeedBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
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
            + SpeedBenchmark.MAX_BATCH + " (default 32).")
    int batch;

    @Option(names = "--steps", defaultValue = "300", paramLabel = "N", description = "Training steps, 1.."
            + SpeedBenchmark.MAX_STEPS + " (default 300).")
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
        SpeedBenchmark benchmark;
        try {
            benchmark = SpeedBenchmark.detector(size, channels, batch, steps, family, pretrained);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        benchmark.run(err::println).forEach(out::println);
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
        SpeedBenchmark.frozenPatches(width, height, images).forEach(spec.commandLine().getOut()::println);
        return ExitCodes.OK;
    }
}
