package io.augtune.localise;

import io.augtune.project.BoundingBox;
import io.augtune.scoring.AnomalyMap;
import io.augtune.scoring.DefectRegions;
import io.augtune.scoring.MapThreshold;

/**
 * What an image's anomaly map says for the report: its maximum ({@code max_map_score}) and the defect pixels, those
 * of the map resampled to the original size that lie strictly above the map threshold, with their union box.
 *
 * <p>Images above {@value #MAX_MEASURE_PIXELS} pixels are measured on a grid reduced by an integer factor (a
 * 100-megapixel map would not fit in memory as doubles); the area is then scaled back and the box is stretched to
 * the original pixels it covers.
 *
 * @param maxMapScore  largest map value, in map units
 * @param defectAreaPx defect pixels, in original pixels
 * @param defectBox    their union box in original pixels, or null when there are none
 * @param components   a fused detector's component scores by name; empty for other detectors
 * @param imageScore   the image's score: the map maximum, or a fused detector's sum of component z-scores
 */
public record MapFacts(double maxMapScore, int defectAreaPx, BoundingBox defectBox, java.util.Map<String, Double> components,
                double imageScore) {
    public MapFacts {
        components = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(components));
    }

    static final long MAX_MEASURE_PIXELS = 16_000_000L;

    /**
     * @param coarse the localiser's map
     * @param width  original image width
     * @param height original image height
     */
    public static MapFacts of(AnomalyMap coarse, int width, int height, MapThreshold threshold) {
        int factor = reduction(width, height);
        int w = ceilDiv(width, factor);
        int h = ceilDiv(height, factor);
        AnomalyMap grid = coarse.resized(w, h);
        DefectRegions.Summary s = DefectRegions.measure(grid.values(), w, h, threshold.value());
        long area = Math.round(s.areaPx() * ((double) width * height) / ((double) w * h));
        BoundingBox box = s.boundingBox().map(b -> scaled(b, factor, width, height)).orElse(null);
        return new MapFacts(coarse.max(), (int) area, box, java.util.Map.of(), coarse.max());
    }

    /** These facts with a fused detector's image score and component scores. */
    public MapFacts fused(double score, java.util.Map<String, Double> scores) {
        return new MapFacts(maxMapScore, defectAreaPx, defectBox, scores, score);
    }

    /** Smallest integer f with (width/f)(height/f) within the measuring limit. */
    public static int reduction(int width, int height) {
        int factor = 1;
        while ((long) ceilDiv(width, factor) * ceilDiv(height, factor) > MAX_MEASURE_PIXELS) {
            factor++;
        }
        return factor;
    }

    private static BoundingBox scaled(BoundingBox b, int factor, int width, int height) {
        if (factor == 1) {
            return b;
        }
        int x = b.x() * factor;
        int y = b.y() * factor;
        int right = Math.min(width, (b.x() + b.width()) * factor);
        int bottom = Math.min(height, (b.y() + b.height()) * factor);
        return new BoundingBox(x, y, right - x, bottom - y);
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
