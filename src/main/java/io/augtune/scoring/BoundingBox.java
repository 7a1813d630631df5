package io.augtune.scoring;

/**
 * An axis-aligned pixel rectangle: top-left corner (x, y), x to the right and y down, size {@code width x height},
 * covering columns {@code x .. x+width-1} and rows {@code y .. y+height-1}.
 */
public record BoundingBox(int x, int y, int width, int height) {

    public BoundingBox {
        if (x < 0 || y < 0 || width <= 0 || height <= 0) {
            throw new IllegalArgumentException("invalid box " + x + "," + y + " " + width + "x" + height);
        }
    }

    /** The smallest box containing both. */
    public BoundingBox union(BoundingBox other) {
        int left = Math.min(x, other.x);
        int top = Math.min(y, other.y);
        int right = Math.max(x + width, other.x + other.width);
        int bottom = Math.max(y + height, other.y + other.height);
        return new BoundingBox(left, top, right - left, bottom - top);
    }
}
