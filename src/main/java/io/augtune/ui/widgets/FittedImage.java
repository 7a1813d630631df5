package io.augtune.ui.widgets;

import javafx.beans.property.DoubleProperty;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;

/**
 * An image scaled to fit its space with its aspect kept, optionally with an overlay of the same size on top (a
 * heatmap) whose opacity can be bound.
 */
public final class FittedImage extends Region {
    private final ImageView base = new ImageView();
    private final ImageView overlay = new ImageView();

    public FittedImage() {
        base.setPreserveRatio(true);
        base.setSmooth(true);
        overlay.setPreserveRatio(true);
        overlay.setSmooth(true);
        getChildren().addAll(base, overlay);
        setMinSize(60, 60);
        getStyleClass().add("fitted-image");
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

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        Image image = base.getImage();
        if (image == null || w <= 0 || h <= 0) {
            return;
        }
        double scale = Math.min(w / image.getWidth(), h / image.getHeight());
        double fw = image.getWidth() * scale;
        double fh = image.getHeight() * scale;
        double x = snappedLeftInset() + (w - fw) / 2;
        double y = snappedTopInset() + (h - fh) / 2;
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
