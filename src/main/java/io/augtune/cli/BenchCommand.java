package io.augtune.cli;

import io.augtune.common.UnusableInputException;
import io.augtune.workflow.FusedBenchmark;
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
            "With --fused WxH instead: scoring images/s of the default (fused) detector for W x H originals, "
                + "each part's time and the sizes it reads at.",
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

    @Option(names = "--fused", paramLabel = "WxH", description = "Measure the default (fused) detector instead: "
            + "scoring throughput for original images of W x H pixels (each side at least 16, e.g. 500x1250 for "
            + "a KolektorSDD part), resize and map at the original size included.")
    String fused;

    @Option(names = "--images", defaultValue = "10", paramLabel = "N",
            description = "With --frozen or --fused: images timed after a warm-up (default 10).")
    int images;

    @Override
    public Integer call() throws UnusableInputException {
        if (frozen != null && fused != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --frozen or --fused, not both");
        }
        if (frozen != null) {
            return frozen();
        }
        if (fused != null) {
            return fused();
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
        int[] size = size("--frozen", frozen, 16);
        SpeedBenchmark.frozenPatches(size[0], size[1], images).forEach(spec.commandLine().getOut()::println);
        return ExitCodes.OK;
    }

    private int fused() throws UnusableInputException {
        int[] size = size("--fused", fused, 1);
        if (channels != 1 && channels != 3) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--channels must be 1 or 3: " + channels);
        }
        // an image size the default settings cannot score is reported as unusable input by the command's handler
        FusedBenchmark.run(size[0], size[1], channels, images).forEach(spec.commandLine().getOut()::println);
        return ExitCodes.OK;
    }

    /** Width and height of a {@code WxH} option, each at least 16 and a multiple of {@code step}; checks --images. */
    private int[] size(String option, String value, int step) {
        String[] sides = value.split("x");
        int width;
        int height;
        try {
            width = Integer.parseInt(sides[0]);
            height = Integer.parseInt(sides[sides.length - 1]);
        } catch (NumberFormatException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " must be WxH: " + value);
        }
        if (sides.length != 2 || width % step != 0 || height % step != 0 || width < 16 || height < 16
                || images < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " must be WxH with sides of at "
                    + "least 16" + (step > 1 ? " that are multiples of " + step : "") + ", and --images at least 1: "
                    + value + ", " + images);
        }
        return new int[] {width, height};
    }
}
