package io.augtune.cli;

import io.augtune.common.CancellationToken;
import io.augtune.common.ProgressListener;
import io.augtune.common.UnusableInputException;
import io.augtune.common.Raster;
import io.augtune.common.SkippedImage;
import io.augtune.workflow.FolderImages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code images DIR}: decodes every image of a folder, one at a time, and prints per file its size, channels and
 * bit depth, or the reason it cannot be used; then a summary. Exit 3 when the folder yields no usable image.
 */
@Command(name = "images",
        description = {"Lists the images of a folder with their size, channels and bit depth, "
                + "or the reason each one cannot be used.",
            "Exit codes: 0 at least one usable image, 2 usage error, 3 folder missing, empty or all unusable."})
final class ImagesCommand implements Callable<Integer> {
    private static final int MAX_PATH_COLUMN = 60;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR",
            description = "The folder to list. Put -- before it if its name starts with '-'.")
    Path folder;

    @Option(names = {"-r", "--recursive"}, description = "Include sub-folders.")
    boolean recursive;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    private long maxPixels = FolderImages.DEFAULT_MAX_PIXELS;

    @Option(names = "--max-pixels", paramLabel = "N", defaultValue = "" + FolderImages.DEFAULT_MAX_PIXELS,
            description = "Refuse images above N pixels (width x height, read from the header before decoding), "
                    + "N at most " + FolderImages.MAX_PIXELS + ". Default: ${DEFAULT-VALUE}.")
    void setMaxPixels(long pixels) {
        if (pixels < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-pixels must be positive: " + pixels);
        }
        if (pixels > FolderImages.MAX_PIXELS) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-pixels must be at most "
                    + FolderImages.MAX_PIXELS + " (one raster's limit): " + pixels);
        }
        maxPixels = pixels;
    }

    @Override
    public Integer call() throws UnusableInputException {
        FolderImages images = FolderImages.list(folder, recursive);
        images.requireImageFiles();
        PrintWriter out = spec.commandLine().getOut();
        out.println("Images in " + images.root() + ":");
        Lines lines = new Lines(out, pathColumnWidth(images));
        int usable = images.read(maxPixels, lines, CancellationToken.none(), ProgressListener.NONE);
        out.println(summary(usable, lines.skipped.size(), images.ignoredFiles()));
        out.flush();
        images.requireUsable(usable, lines.skipped);
        return ExitCodes.OK;
    }

    static String summary(int usable, int skipped, int ignored) {
        String others = ignored > 0 ? ", " + FolderImages.otherFiles(ignored) + " ignored" : "";
        return usable + " usable, " + skipped + " skipped" + others;
    }

    private static int pathColumnWidth(FolderImages images) {
        int widest = images.relativePaths().stream().mapToInt(String::length).max().orElse(0);
        return Math.min(widest, MAX_PATH_COLUMN);
    }

    /** Prints one line per file as the loader hands them over. */
    private static final class Lines implements FolderImages.Visitor {
        private final PrintWriter out;
        private final String pathFormat;
        private final List<SkippedImage> skipped = new ArrayList<>();

        Lines(PrintWriter out, int pathWidth) {
            this.out = out;
            this.pathFormat = "  %-" + Math.max(pathWidth, 1) + "s  ";
        }

        @Override
        public void usable(FolderImages.Facts info, Raster pixels) {
            String size = info.width() + "x" + info.height();
            String kind = info.format() + " " + info.sourceColour();
            out.println(String.format(Locale.ROOT, pathFormat + "%-11s  %d ch  %2d-bit  %-14s  OK",
                    info.relativePath(), size, info.channels(), info.bitDepth(), kind));
        }

        @Override
        public void skipped(SkippedImage file) {
            skipped.add(file);
            out.println(String.format(Locale.ROOT, pathFormat + "SKIPPED: %s", file.relativePath(), file.reason()));
        }
    }
}
