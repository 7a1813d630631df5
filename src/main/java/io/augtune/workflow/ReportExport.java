package io.augtune.workflow;

import io.augtune.model.ModelInfo;
import io.augtune.project.Project;
import io.augtune.project.ScoredImage;
import io.augtune.project.Thresholds;
import io.augtune.project.Verdict;
import io.augtune.report.CsvReportWriter;
import io.augtune.report.ReportRow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The "export report" use case: scored images and their verdicts to the CSV report plus its metadata sidecar. */
public final class ReportExport {
    private ReportExport() {
    }

    /**
     * Writes the report.
     *
     * @param verdicts the verdict of each image (user decisions included), e.g. {@code project::verdictOf}
     * @param metadata run description for the sidecar: hyperparameters, model id, date
     * @return the sidecar's path
     */
    public static Path write(Path csv, List<ScoredImage> scores, Thresholds thresholds,
                             Function<ScoredImage, Verdict> verdicts, Map<String, String> metadata)
            throws IOException {
        return write(csv, scores, thresholds, verdicts, image -> null, metadata);
    }

    /**
     * Writes the report with the inspector's decisions in its {@code decision} column.
     *
     * @param decisions the decision on each image, or null where there is none
     */
    public static Path write(Path csv, List<ScoredImage> scores, Thresholds thresholds,
                             Function<ScoredImage, Verdict> verdicts, Function<ScoredImage, Verdict> decisions,
                             Map<String, String> metadata) throws IOException {
        List<ReportRow> rows = new ArrayList<>();
        for (ScoredImage s : scores) {
            Verdict verdict = verdicts.apply(s);
            ReportRow row = ReportRow.of(s.relativePath(), s.score(), verdict, thresholds.fail())
                    .withImage(s.width(), s.height(), s.sha256()).withDecision(decisions.apply(s))
                    .withComponents(s.components());
            if (s.maxMapScore() != null && verdict == Verdict.PASS) {
                row = row.withMapMaximum(s.maxMapScore());
            } else if (s.maxMapScore() != null) {
                row = row.withHeatmap(s.maxMapScore(), s.defectAreaPx() == null ? 0 : s.defectAreaPx(),
                        Optional.ofNullable(s.defectBox()));
            }
            rows.add(row);
        }
        Map<String, String> meta = new LinkedHashMap<>(metadata);
        meta.putIfAbsent("threshold_rule", thresholds.rule());
        if (thresholds.reviewLower() != null) {
            meta.putIfAbsent("review_lower", Double.toString(thresholds.reviewLower()));
        }
        return CsvReportWriter.write(csv, rows, meta);
    }

    /** The sidecar metadata of a model: family, hyperparameters, model id, versions, dates. */
    public static Map<String, String> metadataOf(ModelInfo info) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("model_id", info.modelId());
        m.put("family", info.family());
        info.hyperparameters().forEach((k, v) -> m.put("hyperparameter." + k, Double.toString(v)));
        m.put("working_size", Integer.toString(info.workingSize()));
        m.put("seed", Long.toString(info.seed()));
        m.put("model_created", info.created().toString());
        m.put("report_created", java.time.Instant.now().toString());
        m.put("app_version", info.appVersion());
        m.put("djl_version", info.djlVersion());
        m.put("pytorch_version", info.pytorchVersion());
        return m;
    }

    /**
     * The sidecar metadata of a project's report: the images' folder and, for a project, its name, settings, the
     * selected start's hyperparameters, versions and dates.
     *
     * @param project the project, or null for a batch scored without one
     */
    public static Map<String, String> metadataOf(Project project, Path imageFolder) {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("images", imageFolder.toString());
        if (project == null) {
            return metadata;
        }
        metadata.put("project", project.name());
        metadata.put("family", project.settings().family());
        metadata.put("working_size", Integer.toString(project.settings().workingSize()));
        metadata.put("seed", Long.toString(project.settings().seed()));
        if (project.tuning() != null) {
            tuning(project.tuning(), metadata);
        }
        if (project.provenance() != null) {
            metadata.put("app_version", project.provenance().appVersion());
            metadata.put("model_created", project.provenance().created().toString());
        }
        metadata.put("report_created", java.time.Instant.now().toString());
        return metadata;
    }

    /**
     * The tuning's part of the metadata: the family tuned (under {@code auto} not the settings' {@code family}), the
     * kept start's hyperparameters and selection loss, how auto chose the family, and why the tuning could not decide
     * (a family close call included).
     */
    private static void tuning(io.augtune.project.TuningResult tuning, Map<String, String> metadata) {
        metadata.put("tuned_family", tuning.family());
        tuning.selected().finalHyperparameters().forEach((name, value) ->
                metadata.put("hyperparameter." + name, Double.toString(value)));
        if (!Double.isNaN(tuning.selected().selectionLoss())) {
            metadata.put("selection_loss", Double.toString(tuning.selected().selectionLoss()));
        }
        io.augtune.project.FamilyTrials search = tuning.familyTrials();
        if (search != null) {
            metadata.put("family_choice", search.decided() ? "decided" : "undecided");
            metadata.put("family_choice_reason", search.reason());
            search.trials().forEach(trial ->
                    metadata.put("family_selection_loss." + trial.family(), Double.toString(trial.loss())));
        }
        tuning.undecided().ifPresent(why -> metadata.put("tuning_undecided", why));
    }

    /** Scored images in the one ranking order of the app: table, CSV, report and score (ties by file name). */
    public static List<ScoredImage> ranked(List<ScoredImage> scores) {
        return scores.stream().sorted(java.util.Comparator.comparing(
                (ScoredImage s) -> new io.augtune.scoring.ScoredItem(s.relativePath(), s.score()),
                io.augtune.scoring.Ranking.ORDER)).toList();
    }

    /** The inspector's decision on each image of a project's production ranking, null where there is none. */
    public static Function<ScoredImage, Verdict> projectDecisions(Project project) {
        return image -> project.decisionOf(image.relativePath()).orElse(null);
    }

    /** The verdict of each image of a project's production ranking: the user's decision, else the thresholds'. */
    public static Function<ScoredImage, Verdict> projectVerdicts(Project project, Thresholds thresholds) {
        Project current = project.withThresholds(thresholds);
        return image -> current.verdictOf(image).orElse(thresholds.verdictFor(image.score()));
    }
}
