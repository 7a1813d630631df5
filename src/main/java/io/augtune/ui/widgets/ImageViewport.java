package io.augtune.ui.widgets;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * What part of an image is shown: a zoom relative to "fit" (1 = the whole image fits) and the image point at the
 * centre of the view, in fractions of the image's width and height. Several views sharing one viewport (an image,
 * its heatmap, the nearest normal image) zoom and pan together, whatever their pixel sizes.
 */
public final class ImageViewport {
    /** As far as zooming in makes sense: a 4000 px image fitted into 300 px shows single pixels well before. */
    public static final double MAX_ZOOM = 64;
    /** Below fit only to show a small image pixel for pixel (1:1). */
    public static final double MIN_ZOOM = 1.0 / 16;
    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    private final DoubleProperty centreX = new SimpleDoubleProperty(0.5);
    private final DoubleProperty centreY = new SimpleDoubleProperty(0.5);

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public DoubleProperty centreXProperty() {
        return centreX;
    }

    public DoubleProperty centreYProperty() {
        return centreY;
    }

    /** The whole image, centred. */
    public void fit() {
        zoom.set(1);
        centreX.set(0.5);
        centreY.set(0.5);
    }

    /** Zooms by {@code factor}, keeping the image point {@code (fx, fy)} (fractions) where it is on screen. */
    public void zoomAt(double factor, double fx, double fy) {
        double old = zoom.get();
        double now = Math.max(Math.min(1, old), Math.min(MAX_ZOOM, old * factor));
        // The point under the cursor stays put: the centre moves toward it by the share the zoom took away.
        double keep = old / now;
        centreX.set(fx + (centreX.get() - fx) * keep);
        centreY.set(fy + (centreY.get() - fy) * keep);
        zoom.set(now);
        clampCentre();
    }

    /** Sets the zoom about the current centre. */
    public void setZoom(double value) {
        zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value)));
        clampCentre();
    }

    /** Moves the view by a share of the image's width and height. */
    public void panBy(double dfx, double dfy) {
        centreX.set(centreX.get() + dfx);
        centreY.set(centreY.get() + dfy);
        clampCentre();
    }

    /** The view never leaves the image: at zoom z, the centre stays within half a view of the edges. */
    private void clampCentre() {
        if (zoom.get() <= 1) {
            centreX.set(0.5);
            centreY.set(0.5);
            return;
        }
        double half = 0.5 / zoom.get();
        centreX.set(Math.max(half, Math.min(1 - half, centreX.get())));
        centreY.set(Math.max(half, Math.min(1 - half, centreY.get())));
    }
}
