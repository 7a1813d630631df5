package io.augtune.augment;

import java.util.Random;

/**
 * Smooth random fields for irregular shapes and textures: random values on a coarse grid, interpolated with
 * smoothstep weights (value noise). Plain Java doubles drawn from the caller's Random, so a seeded Random repeats
 * them exactly.
 */
final class SmoothNoise {

    private SmoothNoise() {
    }

    /**
     * One field of {@code height × width} values in [-1, 1], row-major, with {@code cells} coarse cells across each
     * side (features about {@code side / cells} pixels wide).
     */
    static double[] field(Random random, int height, int width, int cells) {
        double[][] knots = new double[cells + 1][cells + 1];
        for (double[] row : knots) {
            for (int c = 0; c < row.length; c++) {
                row[c] = 2 * random.nextDouble() - 1;
            }
        }
        double[] values = new double[height * width];
        for (int i = 0; i < height; i++) {
            double y = height == 1 ? 0 : (double) i * cells / (height - 1);
            int y0 = Math.min((int) y, cells - 1);
            double wy = smoothstep(y - y0);
            for (int j = 0; j < width; j++) {
                double x = width == 1 ? 0 : (double) j * cells / (width - 1);
                int x0 = Math.min((int) x, cells - 1);
                double wx = smoothstep(x - x0);
                double top = knots[y0][x0] * (1 - wx) + knots[y0][x0 + 1] * wx;
                double bottom = knots[y0 + 1][x0] * (1 - wx) + knots[y0 + 1][x0 + 1] * wx;
                values[i * width + j] = top * (1 - wy) + bottom * wy;
            }
        }
        return values;
    }

    /** 3t² - 2t³: flat at both knots, so the field has no creases along the coarse grid. */
    private static double smoothstep(double t) {
        return t * t * (3 - 2 * t);
    }
}
