package io.augtune.imaging;

import io.augtune.common.Raster;

/** Small previews of rasters for lists and galleries. */
public final class Thumbnails {

    private Thumbnails() {
    }

    /**
     * The raster scaled down (area average, aspect ratio kept) so that its longest side is {@code longestSide}
     * pixels; a raster already that small is returned as it is, never enlarged.
     */
    public static Raster fit(Raster raster, int longestSide) {
        if (longestSide <= 0) {
            throw new IllegalArgumentException("longestSide must be positive: " + longestSide);
        }
        int longest = Math.max(raster.width(), raster.height());
        if (longest <= longestSide) {
            return raster;
        }
        double scale = (double) longestSide / longest;
        int width = raster.width() >= raster.height() ? longestSide : scaled(raster.width(), scale);
        int height = raster.height() > raster.width() ? longestSide : scaled(raster.height(), scale);
        return Resizer.resize(raster, width, height);
    }

    private static int scaled(int side, double scale) {
        return Math.max(1, (int) Math.round(side * scale));
    }
}
