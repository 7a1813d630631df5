package io.augtune.cli;

import io.augtune.common.CancellationToken;
import io.augtune.common.UnusableInputException;
import io.augtune.project.ScoredImage;
import io.augtune.project.Thresholds;
import io.augtune.workflow.ReportExport;
import io.augtune.workflow.ScoreJob;
import io.augtune.workflow.ScoringModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code score}: ranks a folder with a saved model, without retuning, and writes the CSV report. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Scores and ranks a folder of images with a saved model (no retuning) and writes the CSV "
                + "report (rank, file, score, verdict, threshold, ...).",
            "Exit codes: 0 ok, 1 internal failure, 2 usage error, 3 unusable input."})
final class ScoreCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "MODEL", description = "A model folder written by tune.")
    Path modelDir;

    @Option(names = "--images", required = true, paramLabel = "DIR", description = "Folder of images to score.")
    Path images;

    @Option(names = "--csv", required = true, paramLabel = "FILE", description = "The CSV report to write.")
    Path csv;

    @Option(names = "--threshold", paramLabel = "X", description = "Override the model's proposed threshold.")
    Double threshold;

    @Option(names = {"-r", "--recursive"}, description = "Include sub-folders.")
    boolean recursive;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        try (ScoringModel model = load()) {
            ScoreJob.ScoredFolder result = new ScoreJob(model).score(images, recursive, CancellationToken.none(),
                    (phase, fraction, detail) -> { });
            result.scan().skipped().forEach(s -> err.println("skipped: " + s.path() + ": " + s.reason()));
            Thresholds t = thresholds(model);
            List<ScoredImage> ranked = result.scores().stream()
                    .sorted(Comparator.comparingDouble(ScoredImage::score).reversed()).toList();
            ReportExport.write(csv, ranked, t, s -> t.verdictFor(s.score()), ReportExport.metadataOf(model.info()));
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "threshold %.6g (%s)%n", t.fail(), t.rule());
            long fails = ranked.stream().filter(s -> t.verdictFor(s.score()).name().equals("FAIL")).count();
            out.printf(Locale.ROOT, "%d images scored, %d above the threshold, %d skipped%n", ranked.size(), fails,
                    result.scan().skipped().size());
            out.println("report written to " + csv.toAbsolutePath());
        }
        return ExitCodes.OK;
    }

    private ScoringModel load() throws UnusableInputException {
        try {
            return ScoringModel.load(modelDir);
        } catch (IOException e) {
            throw new UnusableInputException(e.getMessage(), e);
        }
    }

    private Thresholds thresholds(ScoringModel model) throws UnusableInputException {
        if (threshold != null) {
            return new Thresholds(threshold, null, "set on the command line", true);
        }
        if (model.info().thresholds() == null) {
            throw new UnusableInputException(modelDir + ": the model has no threshold; give --threshold");
        }
        return model.info().thresholds();
    }
}
