package io.augtune.project;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The anomaly score of one production image and, when a heatmap was made, where the defect seems to be.
 *
 * @param relativePath  path inside the production folder, '/' separators
 * @param score         image anomaly score: the map maximum when there is a map (a fused detector: its components'
 *                      z-scores joined as its model says); higher is more anomalous; finite
 * @param maxMapScore   highest value of the image's anomaly map, finite, or null when no map was computed
 * @param width         original width in pixels
 * @param height        original height in pixels
 * @param sha256        SHA-256 of the scored file, so a changed file is not shown with a stale score
 * @param defectAreaPx  pixels above the map threshold, or null when unknown
 * @param defectBox     box around those pixels in original-image coordinates, or null when unknown
 * @param components    a fused detector's component scores by name (each in normal spreads above a typical normal
 *                      part: why the image scored as it did); empty for other detectors
 */
public record ScoredImage(String relativePath, double score, Double maxMapScore, int width, int height,
                          String sha256, Integer defectAreaPx, BoundingBox defectBox, Map<String, Double> components) {

    public ScoredImage {
        components = components == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(components));
        components.forEach((name, value) -> {
            Checks.identifier(name, "component of " + relativePath);
            Checks.finite(value, "component " + name + " of " + relativePath);
        });
        RelativePaths.require(relativePath, "relativePath");
        Checks.finite(score, "score of " + relativePath);
        if (maxMapScore != null) {
            Checks.finite(maxMapScore, "maxMapScore of " + relativePath);
        }
        Checks.atLeast(width, 1, "width of " + relativePath);
        Checks.atLeast(height, 1, "height of " + relativePath);
        sha256 = Checks.sha256(sha256, "sha256 of " + relativePath);
        if (defectAreaPx != null) {
            Checks.atLeast(defectAreaPx, 0, "defectAreaPx of " + relativePath);
        }
        if (defectBox != null && (defectBox.x() + (long) defectBox.width() > width
                || defectBox.y() + (long) defectBox.height() > height)) {
            throw new IllegalArgumentException("defect box " + defectBox + " leaves the " + width + "x" + height
                    + " image " + relativePath);
        }
    }

    /** A score without components. */
    public ScoredImage(String relativePath, double score, Double maxMapScore, int width, int height, String sha256,
                       Integer defectAreaPx, BoundingBox defectBox) {
        this(relativePath, score, maxMapScore, width, height, sha256, defectAreaPx, defectBox, Map.of());
    }

    /** A score without a map or defect region. */
    public static ScoredImage withoutMap(String relativePath, double score, int width, int height, String sha256) {
        return new ScoredImage(relativePath, score, null, width, height, sha256, null, null);
    }

    /** The production image this score belongs to. */
    public ImageRef ref() {
        return new ImageRef(ImageRole.PRODUCTION, relativePath);
    }
}
