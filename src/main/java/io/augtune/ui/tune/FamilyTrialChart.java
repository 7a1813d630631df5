package io.augtune.ui.tune;

import io.augtune.ui.widgets.TextWhenSet;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Locale;

/**
 * The family trials' card of the live view: each family's trial detector loss against step, and beside it the
 * families tried with their separations, the one kept marked, and why it was kept. Shown only when {@code auto}
 * tries families; open while they are tried, folded to its title (which names the family kept) once the starts
 * train, so that their charts get the room back. The user can open it again.
 */
final class FamilyTrialChart {
    /** JavaFX colours a chart's lines in turn; the list beside uses the same colours in the same order. */
    private static final int LINE_COLOURS = 8;
    private static final double LIST_WIDTH = 370;
    private static final double CARD_HEIGHT = 270;
    private static final PseudoClass KEPT = PseudoClass.getPseudoClass("kept");
    private final FamilyTrialCurves curves;
    private final ReadOnlyIntegerProperty starts;
    private final GridPane families = new GridPane();

    /** @param starts how many starts the tuning has, 0 until its first step: the card folds when they begin */
    FamilyTrialChart(FamilyTrialCurves curves, ReadOnlyIntegerProperty starts) {
        this.curves = curves;
        this.starts = starts;
    }

    Node build() {
        HBox content = new HBox(10, chart(), side());
        content.setPrefHeight(CARD_HEIGHT);
        content.setMinHeight(CARD_HEIGHT);
        TitledPane card = new TitledPane("", content);
        card.setId("familyTrials");
        card.getStyleClass().add("family-trials");
        card.setAnimated(false);
        card.textProperty().bind(Bindings.createStringBinding(() -> "Family trials"
                + (curves.summaryProperty().get().isEmpty() ? " — one short detector per kind of synthetic defect"
                : ": " + curves.summaryProperty().get()), curves.summaryProperty()));
        card.setExpanded(starts.get() == 0);
        starts.addListener((obs, old, now) -> card.setExpanded(now.intValue() == 0));
        card.visibleProperty().bind(Bindings.isNotEmpty(curves.rows()));
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }

    private Node chart() {
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
        return chart;
    }

    private Node side() {
        families.setId("familyTrialList");
        families.setHgap(10);
        families.setVgap(3);
        curves.rows().addListener((ListChangeListener<FamilyTrialCurves.Row>) change -> fill());
        fill();
        Label why = TextWhenSet.label("familyTrialReason", "hint", curves.reasonProperty());
        VBox side = new VBox(8, families, why);
        side.setPrefWidth(LIST_WIDTH);
        side.setMinWidth(LIST_WIDTH);
        side.setMaxWidth(LIST_WIDTH);
        return side;
    }

    /** One row per family tried, in its line's colour: name, separation (or that it trains), kept. */
    private void fill() {
        families.getChildren().clear();
        Label tried = header("Family tried");
        Label separation = header("Separation");
        GridPane.setHalignment(separation, HPos.RIGHT);
        // the numbers and the mark keep their width; a long name is the one to shorten
        separation.setMinWidth(Region.USE_PREF_SIZE);
        families.addRow(0, tried, separation);
        for (int i = 0; i < curves.rows().size(); i++) {
            FamilyTrialCurves.Row row = curves.rows().get(i);
            Region swatch = new Region();
            swatch.getStyleClass().addAll("legend-swatch", "start-color" + (i % LINE_COLOURS));
            Label name = new Label(row.name(), swatch);
            Label value = new Label(Double.isNaN(row.separation()) ? "training…"
                    : String.format(Locale.ROOT, "%.2f", row.separation()));
            GridPane.setHalignment(value, HPos.RIGHT);
            Label kept = new Label(row.kept() ? "kept" : "");
            for (Label label : new Label[] {name, value, kept}) {
                label.getStyleClass().add("family-trial-row");
                label.pseudoClassStateChanged(KEPT, row.kept());
            }
            value.setMinWidth(Region.USE_PREF_SIZE);
            kept.setMinWidth(Region.USE_PREF_SIZE);
            families.addRow(i + 1, name, value, kept);
        }
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("family-trial-heading");
        return label;
    }
}
