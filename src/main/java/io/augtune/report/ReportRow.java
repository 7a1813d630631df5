package io.augtune.report;

import io.augtune.project.BoundingBox;
import io.augtune.project.Verdict;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One production image in the CSV report. The rank is not stored: {@link CsvReportWriter} derives it from the
 * score, so rank and order can never disagree. Unknown optional values are written as empty fields.
 *
 * @param file         the image's name or path as shown to the user
 * @param score        image anomaly score (Mahalanobis distance), finite
 * @param verdict      decision at the thresholds in force
 * @param threshold    fail threshold used for the verdict, in score units, finite
 * @param maxMapScore  largest value of the image's anomaly map, in map units
 * @param defectAreaPx pixels of the image above the map threshold, in original image pixels
 * @param defectBbox   union box of those pixels, in original image pixels
 * @param width        original image width in pixels
 * @param height       original image height in pixels
 * @param sha256       hex SHA-256 of the image file
 * @param decision     the inspector's decision on the image, if any (it is also the verdict)
 * @param components   a fused detector's component scores by name, in normal spreads; empty otherwise
 */
public record ReportRow(String file, double score, Verdict verdict, double threshold, OptionalDouble maxMapScore,
                        OptionalLong defectAreaPx, Optional<BoundingBox> defectBbox, OptionalInt width,
                        OptionalInt height, Optional<String> sha256, Optional<Verdict> decision,
                        java.util.Map<String, Double> components) {

    public ReportRow {
        components = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(components));
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(maxMapScore, "maxMapScore");
        Objects.requireNonNull(defectAreaPx, "defectAreaPx");
        Objects.requireNonNull(defectBbox, "defectBbox");
        Objects.requireNonNull(width, "width");
        Objects.requireNonNull(height, "height");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(decision, "decision");
        if (!Double.isFinite(score) || !Double.isFinite(threshold)) {
            throw new IllegalArgumentException("score and threshold must be finite for " + file);
        }
        if (maxMapScore.isPresent() && !Double.isFinite(maxMapScore.getAsDouble())) {
            throw new IllegalArgumentException("max map score must be finite for " + file);
        }
    }

    /** A row with only the required values; add the rest with the {@code with...} methods. */
    public static ReportRow of(String file, double score, Verdict verdict, double threshold) {
        return new ReportRow(file, score, verdict, threshold, OptionalDouble.empty(), OptionalLong.empty(),
                Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty(),
                java.util.Map.of());
    }

    /** Heatmap results: the map maximum, the defect area and, if any pixel is above the threshold, its box. */
    public ReportRow withHeatmap(double maxMapScore, long defectAreaPx, Optional<BoundingBox> defectBbox) {
        return new ReportRow(file, score, verdict, threshold, OptionalDouble.of(maxMapScore),
                OptionalLong.of(defectAreaPx), defectBbox, width, height, sha256, decision, components);
    }

    /**
     * Only the map maximum, no defect area: for a part that passes, pixels above the map threshold are not a
     * defect, and a PASS row that lists a "defect area" contradicts itself.
     */
    public ReportRow withMapMaximum(double maxMapScore) {
        return new ReportRow(file, score, verdict, threshold, OptionalDouble.of(maxMapScore), OptionalLong.empty(),
                Optional.empty(), width, height, sha256, decision, components);
    }

    /** The inspector's decision; the verdict given to {@link #of} should already be it. */
    public ReportRow withDecision(Verdict value) {
        return new ReportRow(file, score, verdict, threshold, maxMapScore, defectAreaPx, defectBbox, width, height,
                sha256, Optional.ofNullable(value), components);
    }

    /** Facts about the image file. */
    public ReportRow withImage(int width, int height, String sha256) {
        return new ReportRow(file, score, verdict, threshold, maxMapScore, defectAreaPx, defectBbox,
                OptionalInt.of(width), OptionalInt.of(height), Optional.of(sha256), decision, components);
    }

    /** A fused detector's component scores, by name. */
    public ReportRow withComponents(java.util.Map<String, Double> scores) {
        return new ReportRow(file, score, verdict, threshold, maxMapScore, defectAreaPx, defectBbox, width, height,
                sha256, decision, scores);
    }
}
