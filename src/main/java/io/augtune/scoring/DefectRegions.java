package io.augtune.scoring;

import io.augtune.project.BoundingBox;

import java.util.Optional;

/**
 * Defect extent of one image from its (upsampled) anomaly map: pixels strictly above a threshold, grouped into
 * 8-connected regions by {@link ConnectedComponents}; regions smaller than a minimum area are ignored as specks.
 * Feeds the report columns {@code defect_area_px} and {@code defect_bbox}.
 */
public final class DefectRegions {

    /**
     * @param areaPx      total pixels of the kept regions
     * @param regionCount number of kept regions
     * @param boundingBox union box of the kept regions; empty when none
     */
    public record Summary(long areaPx, int regionCount, Optional<BoundingBox> boundingBox) {
    }

    private DefectRegions() {
    }

    /** Every region counts, however small. */
    public static Summary measure(double[] map, int width, int height, double threshold) {
        return measure(map, width, height, threshold, 1);
    }

    /**
     * @param map       row-major {@code [height*width]} map values, usually upsampled to the image size so that
     *                  areas and boxes are in image pixels
     * @param threshold map value; pixels with {@code value > threshold} are defect pixels (NaN never is)
     * @param minArea   regions with fewer pixels are dropped; 1 keeps all
     */
    public static Summary measure(double[] map, int width, int height, double threshold, int minArea) {
        if (minArea < 1) {
            throw new IllegalArgumentException("minimum area must be at least 1: " + minArea);
        }
        boolean[] above = new boolean[map.length];
        for (int i = 0; i < map.length; i++) {
            above[i] = map[i] > threshold;
        }
        ConnectedComponents components = ConnectedComponents.label(above, width, height);
        long area = 0;
        int kept = 0;
        BoundingBox union = null;
        for (int label = 1; label <= components.count(); label++) {
            if (components.area(label) >= minArea) {
                area += components.area(label);
                kept++;
                union = union == null ? components.box(label) : union(union, components.box(label));
            }
        }
        return new Summary(area, kept, Optional.ofNullable(union));
    }

    /** The smallest box containing both. */
    public static BoundingBox union(BoundingBox a, BoundingBox b) {
        int left = Math.min(a.x(), b.x());
        int top = Math.min(a.y(), b.y());
        int right = Math.max(a.x() + a.width(), b.x() + b.width());
        int bottom = Math.max(a.y() + a.height(), b.y() + b.height());
        return new BoundingBox(left, top, right - left, bottom - top);
    }
}
