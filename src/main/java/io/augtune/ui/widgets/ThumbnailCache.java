package io.augtune.ui.widgets;

import io.augtune.common.Raster;
import javafx.scene.image.Image;

import java.util.Map;
import java.util.WeakHashMap;

/** Converts each raster to an image once, for virtualised cells that show the same raster again and again. */
public final class ThumbnailCache {
    private final Map<Raster, Image> images = new WeakHashMap<>();

    /** The image of a raster, converted on first use; identity-keyed through the raster's array. */
    public Image imageOf(Raster raster) {
        return images.computeIfAbsent(raster, RasterImages::toImage);
    }
}
