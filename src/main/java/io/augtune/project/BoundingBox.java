package io.augtune.project;

/**
 * An axis-aligned box in original-image pixels, origin top-left.
 *
 * @param x      left column
 * @param y      top row
 * @param width  width in pixels, at least 1
 * @param height height in pixels, at least 1
 */
public record BoundingBox(int x, int y, int width, int height) {

    public BoundingBox {
        Checks.atLeast(x, 0, "x");
        Checks.atLeast(y, 0, "y");
        Checks.atLeast(width, 1, "width");
        Checks.atLeast(height, 1, "height");
    }
}
