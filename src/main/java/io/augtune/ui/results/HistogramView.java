package io.augtune.ui.results;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.Locale;

/**
 * The score histogram with the fail threshold (red line) and the review band (amber), drawn on a canvas. Drag a line
 * to move it; click elsewhere to put the fail threshold there.
 */
final class HistogramView extends Region {
    private static final double LEFT = 36;
    private static final double RIGHT = 14;
    private static final double TOP = 18;
    private static final double BOTTOM = 22;
    private static final double GRAB = 7;
    private static final Color BAR = Color.web("#9fb3d1");
    private static final Color BAR_REVIEW = Color.web("#f0c36a");
    private static final Color BAR_FAIL = Color.web("#e58b8b");
    private static final Color FAIL = Color.web("#d64545");
    private static final Color REVIEW = Color.web("#d68a00");
    private static final Color AXIS = Color.web("#6b7280");

    private final ResultsViewModel model;
    private final Canvas canvas = new Canvas();
    private Handle dragging;

    private enum Handle { FAIL, REVIEW }

    HistogramView(ResultsViewModel model) {
        this.model = model;
        setId("scoreHistogram");
        getChildren().add(canvas);
        setMinHeight(110);
        setPrefHeight(150);
        model.histogramProperty().addListener((obs, old, now) -> draw());
        model.thresholds().currentProperty().addListener((obs, old, now) -> draw());
        widthProperty().addListener((obs, old, now) -> draw());
        heightProperty().addListener((obs, old, now) -> draw());
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(event -> dragging = null);
        canvas.setOnMouseMoved(event -> canvas.setCursor(handleAt(event.getX()) != null
                ? javafx.scene.Cursor.H_RESIZE : javafx.scene.Cursor.CROSSHAIR));
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    /** The x position of a score in canvas pixels. */
    double xOf(double score) {
        ScoreHistogram h = model.histogramProperty().get();
        return LEFT + h.fractionOf(score) * plotWidth();
    }

    private double scoreAt(double x) {
        ScoreHistogram h = model.histogramProperty().get();
        double fraction = Math.max(0, Math.min(1, (x - LEFT) / plotWidth()));
        return h.scoreAt(fraction);
    }

    private double plotWidth() {
        return Math.max(1, getWidth() - LEFT - RIGHT);
    }

    private Handle handleAt(double x) {
        if (model.histogramProperty().get() == null) {
            return null;
        }
        ThresholdModel t = model.thresholds();
        if (Math.abs(x - xOf(t.failProperty().get())) <= GRAB) {
            return Handle.FAIL;
        }
        if (t.hasReviewBand() && Math.abs(x - xOf(t.reviewLowerProperty().get())) <= GRAB) {
            return Handle.REVIEW;
        }
        return null;
    }

    private void pressed(MouseEvent event) {
        if (model.histogramProperty().get() == null) {
            return;
        }
        dragging = handleAt(event.getX());
        if (dragging == null) {
            dragging = Handle.FAIL;
            model.thresholds().setFail(scoreAt(event.getX()));
        }
    }

    private void dragged(MouseEvent event) {
        if (dragging == Handle.FAIL) {
            model.thresholds().setFail(scoreAt(event.getX()));
        } else if (dragging == Handle.REVIEW) {
            model.thresholds().setReviewLower(scoreAt(event.getX()));
        }
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = getWidth();
        double h = getHeight();
        g.clearRect(0, 0, w, h);
        ScoreHistogram histogram = model.histogramProperty().get();
        if (histogram == null || w <= LEFT + RIGHT || h <= TOP + BOTTOM) {
            return;
        }
        ThresholdModel t = model.thresholds();
        double fail = t.failProperty().get();
        double review = t.reviewLowerProperty().get();
        double plotHeight = h - TOP - BOTTOM;
        double binWidth = plotWidth() / histogram.bins();
        int max = Math.max(1, histogram.maxCount());
        if (t.hasReviewBand()) {
            g.setFill(Color.web("#f6c04a", 0.16));
            g.fillRect(xOf(review), TOP, xOf(fail) - xOf(review), plotHeight);
        }
        for (int i = 0; i < histogram.bins(); i++) {
            double centre = histogram.scoreAt((i + 0.5) / histogram.bins());
            g.setFill(centre >= fail ? BAR_FAIL : t.hasReviewBand() && centre >= review ? BAR_REVIEW : BAR);
            double barHeight = plotHeight * histogram.counts()[i] / max;
            g.fillRect(LEFT + i * binWidth + 0.5, TOP + plotHeight - barHeight, Math.max(1, binWidth - 1), barHeight);
        }
        drawAxis(g, histogram, plotHeight, max);
        if (t.hasReviewBand()) {
            drawLine(g, xOf(review), REVIEW, "review ≥ " + format(review), false);
        }
        drawLine(g, xOf(fail), FAIL, "fail ≥ " + format(fail), true);
    }

    private void drawAxis(GraphicsContext g, ScoreHistogram histogram, double plotHeight, int max) {
        g.setStroke(AXIS);
        g.setLineWidth(1);
        g.strokeLine(LEFT, TOP + plotHeight + 0.5, LEFT + plotWidth(), TOP + plotHeight + 0.5);
        g.setFill(AXIS);
        g.setFont(Font.font(10));
        for (int i = 0; i <= 4; i++) {
            double score = histogram.scoreAt(i / 4.0);
            // The last label ends at the axis' end rather than centred on it, so it is never cut by the edge.
            g.setTextAlign(i == 4 ? TextAlignment.RIGHT : TextAlignment.CENTER);
            g.fillText(format(score), LEFT + plotWidth() * i / 4.0, TOP + plotHeight + 14);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(Integer.toString(max), LEFT - 5, TOP + 8);
        g.fillText("0", LEFT - 5, TOP + plotHeight);
    }

    private void drawLine(GraphicsContext g, double x, Color colour, String label, boolean labelRight) {
        g.setStroke(colour);
        g.setLineWidth(2);
        g.strokeLine(x, TOP - 4, x, getHeight() - BOTTOM);
        g.setFill(colour);
        g.fillPolygon(new double[] {x - 5, x + 5, x}, new double[] {TOP - 9, TOP - 9, TOP - 3}, 3);
        g.setFont(Font.font(null, javafx.scene.text.FontWeight.BOLD, 11));
        double approximateWidth = label.length() * 6.5;
        boolean right = labelRight ? x + 7 + approximateWidth < getWidth() : x - 7 - approximateWidth < 0;
        g.setTextAlign(right ? TextAlignment.LEFT : TextAlignment.RIGHT);
        g.fillText(label, right ? x + 7 : x - 7, TOP - 4);
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.4g", value);
    }
}
