package io.augtune.ui.widgets;

import io.augtune.common.Raster;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** Turns the app's float rasters (values in [0,1], gray or RGB) and packed colour maps into JavaFX images. */
public final class RasterImages {
    private RasterImages() {
    }

    /** An opaque image of the raster; values outside [0,1] are clamped. */
    public static WritableImage toImage(Raster raster) {
        int width = raster.width();
        int height = raster.height();
        int plane = raster.planeSize();
        float[] data = raster.data();
        int[] argb = new int[plane];
        boolean gray = raster.channels() == 1;
        for (int i = 0; i < plane; i++) {
            int r = level(data[i]);
            int g = gray ? r : level(data[plane + i]);
            int b = gray ? r : level(data[2 * plane + i]);
            argb[i] = 0xFF000000 | (r << 16) | (g << 8) | b;
        }
        return fromArgb(argb, width, height);
    }

    /** An opaque image of packed {@code 0xRRGGBB} colours, row-major. */
    public static WritableImage fromRgb(int[] rgb, int width, int height) {
        int[] argb = new int[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            argb[i] = 0xFF000000 | rgb[i];
        }
        return fromArgb(argb, width, height);
    }

    /** An image of packed {@code 0xAARRGGBB} colours, row-major. */
    public static WritableImage fromArgb(int[] argb, int width, int height) {
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return image;
    }

    private static int level(float value) {
        float clamped = value >= 0f ? Math.min(value, 1f) : 0f;
        return Math.round(clamped * 255f);
    }
}
