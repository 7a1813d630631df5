package io.augtune.ui.tune;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The family trials' chart of the live view: each family's trial detector loss against step, and beside it a list of
 * the families tried with their separations, the one kept marked, and why it was kept. Only shown when {@code auto}
 * tries families.
 */
final class FamilyTrialChart {
    /** JavaFX colours a chart's lines in turn; the list beside uses the same colours in the same order. */
    private static final int LINE_COLOURS = 8;
    private static final double LIST_WIDTH = 300;
    private static final PseudoClass KEPT = PseudoClass.getPseudoClass("kept");
    private final FamilyTrialCurves curves;

    FamilyTrialChart(FamilyTrialCurves curves) {
        this.curves = curves;
    }

    Node build() {
        NumberAxis steps = new NumberAxis();
        steps.setLabel("trial step");
        steps.setAnimated(false);
        steps.setAutoRanging(false);
        LiveCharts.fitSteps(steps, curves.maxStepProperty().get());
        curves.maxStepProperty().addListener((obs, old, max) -> LiveCharts.fitSteps(steps, max.intValue()));
        NumberAxis loss = new NumberAxis();
        loss.setForceZeroInRange(false);
        loss.setAnimated(false);
        LineChart<Number, Number> chart = new LineChart<>(steps, loss, curves.series());
        chart.setId("familyTrialChart");
        chart.setTitle(FamilyTrialCurves.TITLE);
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        // the list beside names each line with its separation, which a chart legend would squeeze
        chart.setLegendVisible(false);
        chart.getStyleClass().addAll("live-chart", "family-trial-chart");
        chart.setMinHeight(120);
        HBox.setHgrow(chart, Priority.ALWAYS);

        VBox families = new VBox(4);
        families.setId("familyTrialList");
        curves.series().addListener((ListChangeListener<XYChart.Series<Number, Number>>) change -> fill(families));
        fill(families);
        Label why = new Label();
        why.setId("familyTrialReason");
        why.getStyleClass().add("hint");
        why.setWrapText(true);
        why.setMinHeight(Region.USE_PREF_SIZE);
        why.textProperty().bind(curves.reasonProperty());
        why.visibleProperty().bind(why.textProperty().isNotEmpty());
        why.managedProperty().bind(why.visibleProperty());
        Label heading = new Label("Separation of each trial (higher is better)");
        heading.getStyleClass().add("family-trial-heading");
        VBox side = new VBox(8, heading, families, why);
        side.setPrefWidth(LIST_WIDTH);
        side.setMinWidth(LIST_WIDTH);
        side.setMaxWidth(LIST_WIDTH);

        HBox box = new HBox(10, chart, side);
        box.setId("familyTrials");
        box.getStyleClass().add("family-trials");
        return box;
    }

    /** One row per family tried, with its line's colour; the text follows the line's name as it gains its result. */
    private void fill(VBox families) {
        families.getChildren().clear();
        for (int i = 0; i < curves.series().size(); i++) {
            XYChart.Series<Number, Number> line = curves.series().get(i);
            Region swatch = new Region();
            swatch.getStyleClass().addAll("legend-swatch", "start-color" + (i % LINE_COLOURS));
            Label row = new Label(line.getName(), swatch);
            row.setWrapText(true);
            row.setMinHeight(Region.USE_PREF_SIZE);
            row.setAlignment(Pos.CENTER_LEFT);
            row.textProperty().bind(line.nameProperty());
            row.getStyleClass().add("family-trial-row");
            int index = i;
            BooleanBinding kept = Bindings.createBooleanBinding(
                    () -> curves.indexOf(curves.keptProperty().get()) == index, curves.keptProperty());
            row.pseudoClassStateChanged(KEPT, kept.get());
            kept.addListener((obs, was, now) -> row.pseudoClassStateChanged(KEPT, now));
            // the binding listens weakly; the row holds it, so it lives as long as the row and no longer
            row.getProperties().put(KEPT, kept);
            families.getChildren().add(row);
        }
    }
}
