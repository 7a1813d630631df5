package io.augtune.ui.widgets;

import javafx.beans.property.DoubleProperty;
import javafx.scene.Cursor;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * An image scaled to fit its space with its aspect kept, optionally with an overlay of the same size on top (a
 * heatmap) whose opacity can be bound. With a shared {@link ImageViewport} it zooms (mouse wheel, about the cursor)
 * and pans (drag); a double-click fits the whole image again.
 */
public final class FittedImage extends Region {
    private static final double WHEEL_STEP = 1.25;
    private final ImageView base = new ImageView();
    private final ImageView overlay = new ImageView();
    private final Rectangle clip = new Rectangle();
    private ImageViewport viewport = new ImageViewport();
    private double dragX;
    private double dragY;

    public FittedImage() {
        base.setPreserveRatio(true);
        base.setSmooth(true);
        overlay.setPreserveRatio(true);
        overlay.setSmooth(true);
        getChildren().addAll(base, overlay);
        setClip(clip);
        setMinSize(60, 60);
        getStyleClass().add("fitted-image");
        listenTo(viewport);
        setOnScroll(event -> {
            double[] at = fractionAt(event.getX(), event.getY());
            if (at != null && event.getDeltaY() != 0) {
                viewport.zoomAt(event.getDeltaY() > 0 ? WHEEL_STEP : 1 / WHEEL_STEP, at[0], at[1]);
                event.consume();
            }
        });
        setOnMousePressed(event -> {
            dragX = event.getX();
            dragY = event.getY();
        });
        setOnMouseDragged(event -> {
            if (base.getImage() != null && base.getFitWidth() > 0) {
                viewport.panBy(-(event.getX() - dragX) / base.getFitWidth(),
                        -(event.getY() - dragY) / base.getFitHeight());
                dragX = event.getX();
                dragY = event.getY();
            }
        });
        setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                viewport.fit();
            }
        });
        setCursor(Cursor.OPEN_HAND);
    }

    /** Shares {@code shared} with other views: they zoom and pan together. */
    public void setViewport(ImageViewport shared) {
        viewport = shared;
        listenTo(shared);
        requestLayout();
    }

    public ImageViewport viewport() {
        return viewport;
    }

    private void listenTo(ImageViewport v) {
        v.zoomProperty().addListener((obs, old, now) -> requestLayout());
        v.centreXProperty().addListener((obs, old, now) -> requestLayout());
        v.centreYProperty().addListener((obs, old, now) -> requestLayout());
    }

    public void setImage(Image image) {
        base.setImage(image);
        requestLayout();
    }

    public void setOverlay(Image image) {
        overlay.setImage(image);
        requestLayout();
    }

    public DoubleProperty overlayOpacityProperty() {
        return overlay.opacityProperty();
    }

    /** The zoom at which one image pixel takes one screen pixel; 1 until the image is laid out. */
    public double oneToOneZoom() {
        Image image = base.getImage();
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        if (image == null || w <= 0 || h <= 0) {
            return 1;
        }
        return 1 / Math.min(w / image.getWidth(), h / image.getHeight());
    }

    /** The image point under a position of this region, as fractions of the image; null off the image. */
    private double[] fractionAt(double x, double y) {
        if (base.getImage() == null || base.getFitWidth() <= 0) {
            return null;
        }
        double fx = (x - base.getLayoutX()) / base.getFitWidth();
        double fy = (y - base.getLayoutY()) / base.getFitHeight();
        return fx < 0 || fx > 1 || fy < 0 || fy > 1 ? null : new double[] {fx, fy};
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        clip.setWidth(getWidth());
        clip.setHeight(getHeight());
        Image image = base.getImage();
        if (image == null || w <= 0 || h <= 0) {
            return;
        }
        double scale = Math.min(w / image.getWidth(), h / image.getHeight()) * viewport.zoomProperty().get();
        double fw = image.getWidth() * scale;
        double fh = image.getHeight() * scale;
        // At fit the image is centred; zoomed, the viewport's centre point sits in the middle of the view.
        double x = snappedLeftInset() + (fw <= w ? (w - fw) / 2 : w / 2 - viewport.centreXProperty().get() * fw);
        double y = snappedTopInset() + (fh <= h ? (h - fh) / 2 : h / 2 - viewport.centreYProperty().get() * fh);
        for (ImageView view : new ImageView[] {base, overlay}) {
            view.setFitWidth(fw);
            view.setFitHeight(fh);
            view.setPreserveRatio(false);
            view.relocate(x, y);
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 320;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 320;
    }
}
