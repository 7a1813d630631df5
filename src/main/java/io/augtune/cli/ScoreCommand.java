package io.augtune.cli;

import io.augtune.common.CancellationToken;
import io.augtune.common.UnusableInputException;
import io.augtune.project.ImageRole;
import io.augtune.project.LoadedProject;
import io.augtune.project.ManifestEntry;
import io.augtune.project.Project;
import io.augtune.project.ProjectStore;
import io.augtune.project.ScoredImage;
import io.augtune.project.Thresholds;
import io.augtune.project.Verdict;
import io.augtune.workflow.ModelFolder;
import io.augtune.workflow.OutputGuard;
import io.augtune.workflow.ReportExport;
import io.augtune.workflow.ScoreJob;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;

/** {@code score}: ranks a folder with a saved model, without retuning, and writes the CSV report. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Scores and ranks a folder of images with a saved model (no retuning) and writes the CSV "
                + "report (rank, file, score, verdict, threshold, max_map_score, defect_area_px, defect_bbox, ...); "
                + "with --heatmaps also each image's heatmap overlay and raw map.",
            "Exit codes: 0 ok, 1 internal failure, 2 usage error, 3 unusable input."})
final class ScoreCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--model", paramLabel = "MODEL", description = "A model folder written by tune.")
    Path modelDir;

    @Option(names = "--project", paramLabel = "FILE", description = "Score with a project's model and thresholds "
            + "instead of --model. Re-scoring the project's own production folder updates the project's ranking "
            + "and manifest in FILE (and its thresholds, if --threshold or --review are given); another folder is "
            + "scored as a batch and FILE is left as it is.")
    Path projectFile;

    @Option(names = "--images", paramLabel = "DIR", description = "Folder of images to score (default with "
            + "--project: the project's production folder).")
    Path images;

    @Option(names = "--csv", required = true, paramLabel = "FILE", description = "The CSV report to write.")
    Path csv;

    @Option(names = "--threshold", paramLabel = "X", description = "Override the model's proposed threshold.")
    Double threshold;

    @Option(names = "--review", paramLabel = "X", description = "Lower edge of a review band: scores from X up to "
            + "the fail threshold get the verdict REVIEW. Must lie below the fail threshold.")
    Double review;

    @Option(names = "--heatmaps", paramLabel = "DIR", description = "Write each image's heatmap overlay "
            + "(NAME.overlay.png, NAME being the image's file name with its extension) and raw 16-bit map "
            + "(NAME.map.png) into DIR; heatmaps.properties holds the scale and which picture is which image.")
    Path heatmaps;

    @Option(names = {"-r", "--recursive"}, description = "Include sub-folders.")
    boolean recursive;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if ((modelDir == null) == (projectFile == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give exactly one of --model and --project");
        }
        requireFinite("--threshold", threshold);
        requireFinite("--review", review);
        OutputFiles.requireFolderOf(csv, "--csv");
        if (projectFile == null && images == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --images DIR");
        }
        LoadedProject loaded = null;
        if (projectFile != null) {
            loaded = new ProjectStore().load(ProjectFiles.withExtension(projectFile), null);
        }
        try {
            Project project = null;
            if (loaded != null) {
                loaded.warnings().forEach(w -> err.println("warning: " + w));
                project = loaded.project();
                if (loaded.modelDir() == null) {
                    throw new UnusableInputException(projectFile + ": the project has no trained model; tune it "
                            + "first");
                }
                modelDir = loaded.modelDir();
                if (images == null) {
                    images = project.dataset().productionFolder();
                }
            }
            checkOutputs(project != null && isProductionFolderOf(project));
            return score(project, loaded, err);
        } finally {
            if (loaded != null) {
                ModelFolder.deleteQuietly(loaded.modelDir());
            }
        }
    }

    /** Every place this run writes is checked before any image is scored. */
    private void checkOutputs(boolean updatesProject) throws UnusableInputException {
        Path file = projectFile == null ? null : ProjectFiles.withExtension(projectFile);
        OutputGuard guard = new OutputGuard()
                .readsFolder(images, "the image folder being scored")
                .readsFile(file, "the project being read")
                .readsFolder(projectFile == null ? modelDir : null, "the model being read");
        if (updatesProject) {
            guard.checkProject(file, "--project", file);
        }
        guard.checkReport(csv, "--csv");
        if (heatmaps != null) {
            guard.checkHeatmapFolder(heatmaps, "--heatmaps");
        }
    }

    private int score(Project project, LoadedProject loaded, PrintWriter err) throws Exception {
        try (ScoreJob job = load()) {
            Thresholds t = project != null && project.thresholds() != null && threshold == null && review == null
                    ? project.thresholds() : thresholds(job);
            boolean ownFolder = project != null && isProductionFolderOf(project);
            // The project's own folder is read as the project reads it (sub-folders or not), so that an update
            // cannot silently drop images.
            boolean subFolders = ownFolder ? project.dataset().recursive() : recursive;
            ScoreJob.ScoredFolder result = job.score(images, subFolders, heatmaps,
                    CancellationToken.none(), (phase, fraction, detail) -> { });
            result.skipped().forEach(s -> err.println("skipped: " + s.path() + ": " + s.reason()));
            List<ScoredImage> ranked = ReportExport.ranked(result.scores());
            Project updated = ownFolder ? ScoreJob.rescored(project, result, t) : null;
            Function<ScoredImage, Verdict> verdicts = updated != null ? ReportExport.projectVerdicts(updated, t)
                    : s -> t.verdictFor(s.score());
            ReportExport.write(csv, ranked, t, verdicts, updated != null ? ReportExport.projectDecisions(updated)
                    : image -> null, job.reportMetadata());
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "threshold %.6g (%s)%n", t.fail(), t.rule());
            if (t.hasReviewBand()) {
                out.printf(Locale.ROOT, "review band from %.6g%n", t.reviewLower());
            }
            printMaps(job, out);
            long fails = ranked.stream().filter(s -> verdicts.apply(s) == Verdict.FAIL).count();
            long reviews = ranked.stream().filter(s -> verdicts.apply(s) == Verdict.REVIEW).count();
            out.printf(Locale.ROOT, "%d images scored, %d above the threshold, %d to review, %d skipped%n",
                    ranked.size(), fails, reviews, result.skipped().size());
            out.println("report written to " + csv.toAbsolutePath());
            if (updated != null) {
                Path file = ProjectFiles.withExtension(projectFile);
                ProjectFiles.save(updated, file, loaded.modelDir(), loaded.stamp());
                out.println("project updated: " + file.toAbsolutePath());
            } else if (project != null) {
                out.println("scored as a batch; " + projectFile + " is unchanged");
            }
        }
        return ExitCodes.OK;
    }

    private void requireFinite(String option, Double value) {
        if (value != null && !Double.isFinite(value)) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " must be a finite number: " + value);
        }
    }

    private boolean isProductionFolderOf(Project project) {
        return ScoreJob.isProductionFolderOf(project, images);
    }

    private ScoreJob load() throws UnusableInputException {
        try {
            return ScoreJob.open(modelDir);
        } catch (IOException e) {
            throw new UnusableInputException(e.getMessage(), e);
        }
    }

    private void printMaps(ScoreJob job, PrintWriter out) {
        if (!job.makesHeatmaps()) {
            out.println("no heatmaps: this model was saved before heatmaps existed (tune again to get them)");
            return;
        }
        out.println("map threshold " + job.describeMapThreshold());
        if (heatmaps != null) {
            out.println("heatmaps written to " + heatmaps.toAbsolutePath());
        }
    }

    /** The model's thresholds, with the command line's fail threshold and review band in their place if given. */
    private Thresholds thresholds(ScoreJob job) throws UnusableInputException {
        Thresholds saved = job.savedThresholds();
        if (threshold == null && saved == null) {
            throw new UnusableInputException(modelDir + ": the model has no threshold; give --threshold");
        }
        double fail = threshold != null ? threshold : saved.fail();
        Double lower = review != null ? review : threshold == null ? saved.reviewLower() : null;
        if (lower != null && !(lower < fail)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--review " + lower
                    + " must lie below the fail threshold " + fail);
        }
        if (threshold == null && review == null) {
            return saved;
        }
        String rule = threshold != null ? "set on the command line" : saved.rule();
        return new Thresholds(fail, lower, rule, true);
    }
}
