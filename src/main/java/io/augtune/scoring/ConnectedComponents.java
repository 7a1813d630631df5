package io.augtune.scoring;

import io.augtune.project.BoundingBox;

import java.util.Arrays;

/**
 * Connected regions of a binary mask with 8-connectivity (diagonal neighbours connect), the connectivity of the
 * MVTec AD evaluation code. Labels are 1..{@link #count()} in row-major order of each region's first pixel; 0 is
 * background. Memory: one int per pixel for labels plus a flood-fill stack of at most one int per pixel.
 */
public final class ConnectedComponents {
    private final int width;
    private final int[] labels;
    private final int count;
    private final int[] areas;
    private final BoundingBox[] boxes;

    private ConnectedComponents(int width, int[] labels, int count, int[] areas, BoundingBox[] boxes) {
        this.width = width;
        this.labels = labels;
        this.count = count;
        this.areas = areas;
        this.boxes = boxes;
    }

    /**
     * Label the regions of a mask.
     *
     * @param mask row-major {@code [height*width]}, true = foreground; not modified
     */
    public static ConnectedComponents label(boolean[] mask, int width, int height) {
        if (width <= 0 || height <= 0 || (long) width * height != mask.length) {
            throw new IllegalArgumentException("mask of length " + mask.length + " is not " + width + "x" + height);
        }
        int[] labels = new int[mask.length];
        int[] stack = new int[16];
        int[] areas = new int[16];
        BoundingBox[] boxes = new BoundingBox[16];
        int count = 0;
        for (int start = 0; start < mask.length; start++) {
            if (mask[start] && labels[start] == 0) {
                count++;
                if (count >= areas.length) {
                    areas = Arrays.copyOf(areas, areas.length * 2);
                    boxes = Arrays.copyOf(boxes, boxes.length * 2);
                }
                Fill fill = new Fill(mask, labels, width, height, count, stack);
                fill.run(start);
                stack = fill.stack;
                areas[count] = fill.area;
                boxes[count] = fill.box();
            }
        }
        return new ConnectedComponents(width, labels, count, areas, boxes);
    }

    /** Number of regions. */
    public int count() {
        return count;
    }

    /** Label of the pixel at row-major index {@code y * width + x}: 0 for background, else 1..count. */
    public int labelAt(int index) {
        return labels[index];
    }

    /** Label of pixel (x, y). */
    public int labelAt(int x, int y) {
        return labels[y * width + x];
    }

    /** Pixel count of region {@code label} (1..count). */
    public int area(int label) {
        checkLabel(label);
        return areas[label];
    }

    /** Bounding box of region {@code label} (1..count). */
    public BoundingBox box(int label) {
        checkLabel(label);
        return boxes[label];
    }

    private void checkLabel(int label) {
        if (label < 1 || label > count) {
            throw new IndexOutOfBoundsException("label " + label + " not in 1.." + count);
        }
    }

    /** Iterative flood fill of one region with an explicit stack (no recursion, so large regions are fine). */
    private static final class Fill {
        private final boolean[] mask;
        private final int[] labels;
        private final int width;
        private final int height;
        private final int label;
        private int[] stack;
        private int area;
        private int minX = Integer.MAX_VALUE;
        private int minY = Integer.MAX_VALUE;
        private int maxX = -1;
        private int maxY = -1;

        Fill(boolean[] mask, int[] labels, int width, int height, int label, int[] stack) {
            this.mask = mask;
            this.labels = labels;
            this.width = width;
            this.height = height;
            this.label = label;
            this.stack = stack;
        }

        void run(int start) {
            int size = 0;
            labels[start] = label;
            stack[size++] = start;
            while (size > 0) {
                int index = stack[--size];
                visit(index % width, index / width);
                size = pushUnlabelledNeighbours(index, size);
            }
        }

        private void visit(int x, int y) {
            area++;
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }

        /** Labels each foreground neighbour when pushing it, so no pixel enters the stack twice. */
        private int pushUnlabelledNeighbours(int index, int size) {
            int x = index % width;
            int y = index / width;
            for (int ny = Math.max(0, y - 1); ny <= Math.min(height - 1, y + 1); ny++) {
                for (int nx = Math.max(0, x - 1); nx <= Math.min(width - 1, x + 1); nx++) {
                    int neighbour = ny * width + nx;
                    if (mask[neighbour] && labels[neighbour] == 0) {
                        labels[neighbour] = label;
                        if (size == stack.length) {
                            stack = Arrays.copyOf(stack, stack.length * 2);
                        }
                        stack[size++] = neighbour;
                    }
                }
            }
            return size;
        }

        BoundingBox box() {
            return new BoundingBox(minX, minY, maxX - minX + 1, maxY - minY + 1);
        }
    }
}
