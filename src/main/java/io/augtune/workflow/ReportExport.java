package io.augtune.workflow;

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
        List<ReportRow> rows = new ArrayList<>();
        for (ScoredImage s : scores) {
            ReportRow row = ReportRow.of(s.relativePath(), s.score(), verdicts.apply(s), thresholds.fail())
                    .withImage(s.width(), s.height(), s.sha256());
            if (s.maxMapScore() != null) {
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
}
