package io.augtune.workflow;

import io.augtune.imaging.Raster;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a square raster into k x k equal square tiles and stitches per-tile feature maps back into one map, so a
 * detector working at S pixels can look at an image at k·S pixels without being resized itself.
 */
final class Tiling {
    private Tiling() {
    }

    /**
     * @param raster square, side divisible by k
     * @return k² tiles of side/k, row-major (tile {@code ty * k + tx})
     */
    static List<Raster> cut(Raster raster, int k) {
        int side = raster.width();
        if (raster.height() != side || side % k != 0) {
            throw new IllegalArgumentException("cannot cut a " + raster.width() + "x" + raster.height()
                    + " raster into " + k + "x" + k + " square tiles");
        }
        int tile = side / k;
        List<Raster> tiles = new ArrayList<>(k * k);
        for (int ty = 0; ty < k; ty++) {
            for (int tx = 0; tx < k; tx++) {
                tiles.add(crop(raster, tx * tile, ty * tile, tile));
            }
        }
        return tiles;
    }

    private static Raster crop(Raster raster, int left, int top, int tile) {
        int channels = raster.channels();
        float[] out = new float[channels * tile * tile];
        for (int c = 0; c < channels; c++) {
            for (int y = 0; y < tile; y++) {
                int from = (c * raster.height() + top + y) * raster.width() + left;
                System.arraycopy(raster.data(), from, out, (c * tile + y) * tile, tile);
            }
        }
        return new Raster(tile, tile, channels, out);
    }

    /**
     * Joins the feature maps of one image's k² tiles into one map of side k·h.
     *
     * @param tileMaps per tile {@code [h*h][c]}, in the order of {@link #cut}, starting at {@code first}
     * @return {@code [(k h)²][c]}, row-major; the channel arrays are shared, not copied
     */
    static float[][] stitch(float[][][] tileMaps, int first, int k, int h) {
        int side = k * h;
        float[][] out = new float[side * side][];
        for (int t = 0; t < k * k; t++) {
            int left = (t % k) * h;
            int top = (t / k) * h;
            float[][] tileMap = tileMaps[first + t];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < h; x++) {
                    out[(top + y) * side + left + x] = tileMap[y * h + x];
                }
            }
        }
        return out;
    }
}
