package io.augtune.ui.shell;

import io.augtune.project.Project;
import io.augtune.project.ScoredImage;
import io.augtune.project.Thresholds;
import io.augtune.project.Verdict;
import io.augtune.ui.fx.BackgroundExecutor;
import io.augtune.ui.results.ResultsData;
import io.augtune.workflow.OutputGuard;
import io.augtune.workflow.ReportExport;
import io.augtune.workflow.ScoreJob;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Scoring a new folder with the tuned model (no retuning) and exporting the CSV report, in the background. */
final class BatchCommands {
    private final BackgroundExecutor executor;
    private final ErrorReporter errors;
    private final Consumer<String> status;

    BatchCommands(BackgroundExecutor executor, ErrorReporter errors, Consumer<String> status) {
        this.executor = executor;
        this.errors = errors;
        this.status = status;
    }

    /**
     * Scores every image of {@code folder} (sub-folders included) with the model in {@code modelDir}.
     *
     * @param onScored receives the ranking to show, under the project's current thresholds
     * @param onRescored receives the updated project instead when {@code folder} is its own production folder: as
     *                   with {@code score --project}, its ranking and manifest are brought up to date
     */
    void scoreBatch(Project project, Path modelDir, Thresholds thresholds, Path folder,
                    Consumer<ResultsData> onScored, Consumer<Project> onRescored) {
        if (project == null || !project.hasModel() || modelDir == null) {
            errors.report(new UserError("Could not score the batch", folder.toString(),
                    "this project has no trained model yet; tune it first"));
            return;
        }
        status.accept("Scoring " + folder + "…");
        executor.execute(token -> {
            try (ScoreJob job = ScoreJob.open(modelDir)) {
                // The project's own folder is read as the project reads it, so that no image is dropped silently.
                boolean subFolders = !ScoreJob.isProductionFolderOf(project, folder) || project.dataset().recursive();
                return job.score(folder, subFolders, token, (phase, fraction, detail) -> { });
            }
        }, scored -> {
            status.accept("Scored " + scored.scores().size() + " images of " + folder);
            if (!scored.skipped().isEmpty()) {
                errors.report(new UserError("Some files of the batch were skipped", folder.toString(),
                        scored.skipped().stream().map(Object::toString).collect(Collectors.joining("\n"))));
            }
            if (ScoreJob.isProductionFolderOf(project, folder)) {
                onRescored.accept(ScoreJob.rescored(project, scored, thresholds));
                return;
            }
            onScored.accept(new ResultsData("Batch: " + folder.getFileName(), folder, scored.scores(), thresholds,
                    null));
        }, failure -> {
            status.accept("Ready");
            errors.report(UserError.of("Could not score the batch", folder, failure));
        });
    }

    /** Writes the ranking shown (scores, verdicts under {@code thresholds}) as CSV with its metadata sidecar. */
    void exportReport(Project project, Path projectFile, ResultsData shown, Thresholds thresholds, Path csv) {
        List<ScoredImage> scores = shown.scores();
        Map<String, String> metadata = metadataOf(project, shown);
        status.accept("Writing " + csv.getFileName() + "…");
        boolean projectImages = project != null && shown.imageFolder().equals(project.dataset().productionFolder());
        executor.execute(token -> {
            // Checked here, off the FX thread (it touches the disk): never onto the project or an image shown.
            OutputGuard guard = new OutputGuard().readsFolder(shown.imageFolder(), "the image folder shown")
                    .readsFile(projectFile, "the project file");
            if (project != null) {
                guard.readsFolder(project.dataset().normalFolder(), "the normal image folder")
                        .readsFolder(project.dataset().productionFolder(), "the production image folder");
            }
            guard.checkReport(csv, "The report file");
            return ReportExport.write(csv, scores, thresholds, image -> verdictOf(project, shown, thresholds, image),
                    projectImages ? ReportExport.projectDecisions(project) : image -> null, metadata);
        }, sidecar -> status.accept("Report written to " + csv),
                failure -> {
                    status.accept("Ready");
                    errors.report(UserError.of("Could not export the report", csv, failure));
                });
    }

    private static Verdict verdictOf(Project project, ResultsData shown, Thresholds thresholds, ScoredImage image) {
        boolean projectImages = project != null && shown.imageFolder().equals(project.dataset().productionFolder());
        if (projectImages) {
            return ReportExport.projectVerdicts(project, thresholds).apply(image);
        }
        return thresholds.verdictFor(image.score());
    }

    static Map<String, String> metadataOf(Project project, ResultsData shown) {
        return ReportExport.metadataOf(project, shown.imageFolder());
    }
}
