package io.augtune.localise;

import io.augtune.common.Raster;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a raster into a grid of kx x ky equal square tiles and stitches per-tile feature maps back into one map, so a
 * detector working at S pixels can look at an image at (kx·S) x (ky·S) pixels without being resized itself.
 */
final class Tiling {
    private Tiling() {
    }

    /**
     * @param raster of width kx·t and height ky·t for a common tile side t
     * @return kx·ky tiles of side t, row-major (tile {@code ty * kx + tx})
     */
    static List<Raster> cut(Raster raster, int kx, int ky) {
        int tile = raster.width() / kx;
        if (raster.width() != kx * tile || raster.height() != ky * tile) {
            throw new IllegalArgumentException("cannot cut a " + raster.width() + "x" + raster.height()
                    + " raster into " + kx + "x" + ky + " square tiles");
        }
        List<Raster> tiles = new ArrayList<>(kx * ky);
        for (int ty = 0; ty < ky; ty++) {
            for (int tx = 0; tx < kx; tx++) {
                tiles.add(raster.crop(tx * tile, ty * tile, tile));
            }
        }
        return tiles;
    }

    /**
     * Joins the feature maps of one image's tiles into one map of kx·h columns and ky·h rows.
     *
     * @param tileMaps per tile {@code [h*h][c]}, in the order of {@link #cut}, starting at {@code first}
     * @return {@code [(ky h)(kx h)][c]}, row-major; the channel arrays are shared, not copied
     */
    static float[][] stitch(float[][][] tileMaps, int first, int kx, int ky, int h) {
        int width = kx * h;
        float[][] out = new float[width * ky * h][];
        for (int t = 0; t < kx * ky; t++) {
            int left = (t % kx) * h;
            int top = (t / kx) * h;
            float[][] tileMap = tileMaps[first + t];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < h; x++) {
                    out[(top + y) * width + left + x] = tileMap[y * h + x];
                }
            }
        }
        return out;
    }
}
