package io.augtune.ui.tune;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * A grid of live line charts, one per quantity, with one legend for all (the starts share their colours). The two
 * losses come first, then one chart per hyperparameter, however many the family has. Above them, when {@code auto}
 * tries families, the trials' own card ({@link FamilyTrialChart}).
 */
final class LiveCharts {
    /** Up to this many charts sit two to a row; more go three to a row, so that each keeps a readable height. */
    private static final int MAX_CHARTS_IN_TWO_COLUMNS = 4;
    private static final int START_COLOURS = 8;
    private final LiveTuneViewModel model;
    private final GridPane grid = new GridPane();

    LiveCharts(LiveTuneViewModel model) {
        this.model = model;
    }

    Node build() {
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setId("liveCharts");
        model.charts().addListener((ListChangeListener<MetricChartModel>) change -> rebuild());
        rebuild();
        Node trials = new FamilyTrialChart(model.familyTrials(), model.startsProperty()).build();
        VBox box = new VBox(8, trials, legend(), grid);
        VBox.setVgrow(grid, Priority.ALWAYS);
        return box;
    }

    private Node legend() {
        HBox legend = new HBox(16);
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.getStyleClass().add("start-legend");
        model.startsProperty().addListener((obs, old, count) -> fillLegend(legend, count.intValue()));
        fillLegend(legend, model.startsProperty().get());
        return legend;
    }

    private static void fillLegend(HBox legend, int starts) {
        legend.getChildren().clear();
        for (int i = 0; i < starts; i++) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("legend-swatch", "start-color" + (i % START_COLOURS));
            legend.getChildren().add(new Label("Start " + (i + 1), swatch));
        }
        // the kept run is named above with what chose it: starts judged on production images are not kept by
        // their validation loss
        Label hint = new Label(starts > 1 ? "one line per starting value of the augmentation; the one kept is "
                + "named above when the run ends" : "curves appear as soon as training steps arrive");
        hint.getStyleClass().add("hint");
        legend.getChildren().add(hint);
    }

    /** Columns of the grid for this many charts. */
    static int columnsFor(int charts) {
        return charts <= MAX_CHARTS_IN_TWO_COLUMNS ? 2 : 3;
    }

    private void rebuild() {
        grid.getChildren().clear();
        grid.getRowConstraints().clear();
        grid.getColumnConstraints().clear();
        int columns = columnsFor(model.charts().size());
        for (int i = 0; i < columns; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / columns);
            grid.getColumnConstraints().add(column);
        }
        int index = 0;
        for (MetricChartModel chart : model.charts()) {
            grid.add(chart(chart), index % columns, index / columns);
            index++;
        }
        int rows = (index + columns - 1) / columns;
        for (int r = 0; r < rows; r++) {
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(100.0 / rows);
            row.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(row);
        }
    }

    private Node chart(MetricChartModel chartModel) {
        NumberAxis steps = new NumberAxis();
        steps.setLabel("step");
        steps.setAnimated(false);
        steps.setAutoRanging(false);
        fitSteps(steps, model.maxStepProperty().get());
        model.maxStepProperty().addListener((obs, old, max) -> fitSteps(steps, max.intValue()));
        NumberAxis values = new NumberAxis();
        values.setForceZeroInRange(false);
        values.setAnimated(false);
        LineChart<Number, Number> chart = new LineChart<>(steps, values, chartModel.series());
        chart.setId("chart-" + chartModel.key());
        chart.setTitle(chartModel.title());
        // the validation loss is measured once per tuning step only: show its points
        chart.setCreateSymbols(Quantities.VALIDATION_LOSS.equals(chartModel.key()));
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.getStyleClass().add("live-chart");
        chart.setMinHeight(120);
        chart.setPrefHeight(180);
        return chart;
    }

    /** The same step axis on every chart: 0 to a round number just above the largest step. */
    static void fitSteps(NumberAxis axis, int maxStep) {
        double unit = niceUnit(Math.max(10, maxStep) / 5.0);
        axis.setLowerBound(0);
        axis.setUpperBound(Math.ceil(Math.max(10, maxStep) / unit) * unit);
        axis.setTickUnit(unit);
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    static double niceUnit(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double factor : new double[] {1, 2, 5, 10}) {
            if (factor * power >= raw) {
                return factor * power;
            }
        }
        return 10 * power;
    }
}
