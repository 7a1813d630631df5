package io.augtune.augment;

import ai.djl.ndarray.NDArray;

import java.util.Random;

/**
 * Pixel positions of a batch relative to one point per image, the raw material of every mask that is built from
 * distances. Rows come as {@code [N, H, 1]} and columns as {@code [N, 1, W]} so that they broadcast to
 * {@code [N, H, W]}; the points are constants, so no gradient flows to them.
 */
final class PixelOffsets {

    private PixelOffsets() {
    }

    /** Row index minus each image's point row, {@code [N, H, 1]}, in pixels. */
    static NDArray rows(NDArray images, double[] pointRows) {
        long height = images.getShape().get(2);
        return offsets(images, pointRows, height).reshape(pointRows.length, height, 1);
    }

    /** Column index minus each image's point column, {@code [N, 1, W]}, in pixels. */
    static NDArray cols(NDArray images, double[] pointCols) {
        long width = images.getShape().get(3);
        return offsets(images, pointCols, width).reshape(pointCols.length, 1, width);
    }

    /** Draws one point per image uniformly over the pixel grid: row in [0, H-1], then column in [0, W-1]. */
    static double[][] uniformPoints(NDArray images, Random random) {
        int n = Math.toIntExact(images.getShape().get(0));
        double[][] points = new double[2][n];
        for (int k = 0; k < n; k++) {
            points[0][k] = random.nextDouble() * (images.getShape().get(2) - 1);
            points[1][k] = random.nextDouble() * (images.getShape().get(3) - 1);
        }
        return points;
    }

    private static NDArray offsets(NDArray images, double[] points, long size) {
        if (points.length != images.getShape().get(0)) {
            throw new IllegalArgumentException("need one point per image (" + images.getShape().get(0) + ")");
        }
        NDArray index = images.getManager().arange(0f, (float) size, 1f, images.getDataType()).reshape(1, size);
        return index.sub(BatchScope.constants(images, points).reshape(points.length, 1));
    }
}
