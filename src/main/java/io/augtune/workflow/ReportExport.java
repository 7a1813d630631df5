package io.augtune.workflow;

import io.augtune.project.ScoredImage;
import io.augtune.project.Thresholds;
import io.augtune.project.Verdict;
import io.augtune.report.CsvReportWriter;
import io.augtune.report.ReportRow;
import io.augtune.scoring.BoundingBox;

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
            io.augtune.scoring.Verdict v = io.augtune.scoring.Verdict.valueOf(verdicts.apply(s).name());
            ReportRow row = ReportRow.of(s.relativePath(), s.score(), v, thresholds.fail())
                    .withImage(s.width(), s.height(), s.sha256());
            if (s.maxMapScore() != null) {
                Optional<BoundingBox> box = s.defectBox() == null ? Optional.empty()
                        : Optional.of(new BoundingBox(s.defectBox().x(), s.defectBox().y(), s.defectBox().width(),
                        s.defectBox().height()));
                row = row.withHeatmap(s.maxMapScore(), s.defectAreaPx() == null ? 0 : s.defectAreaPx(), box);
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
