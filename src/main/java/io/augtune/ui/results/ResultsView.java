package io.augtune.ui.results;

import io.augtune.ui.fx.Pulse;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;

/**
 * The results screen: header with counts and the threshold rule, the ranking table beside the detail pane, and the
 * score histogram with the draggable threshold below.
 */
public final class ResultsView {
    private final ResultsViewModel model;
    private final Runnable scoreBatch;
    private final Runnable showProduction;
    private final ObservableBooleanValue canScore;
    private final ObservableBooleanValue batchShown;
    private final Pulse pulse;

    /**
     * @param scoreBatch     asks for a folder and scores it with the tuned model
     * @param showProduction goes back from a batch to the project's production ranking
     * @param canScore       whether a tuned model exists to score a batch with
     * @param batchShown     whether a batch (not the production images) is shown
     */
    public ResultsView(ResultsViewModel model, Runnable scoreBatch, Runnable showProduction,
                       ObservableBooleanValue canScore, ObservableBooleanValue batchShown) {
        this.model = model;
        this.scoreBatch = scoreBatch;
        this.showProduction = showProduction;
        this.canScore = canScore;
        this.batchShown = batchShown;
        this.pulse = new Pulse(model::pulse);
    }

    public Node build() {
        TableView<ResultRow> table = new ResultsTable(model).build();
        VBox left = new VBox(8, filters(), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        left.setMinWidth(300);
        SplitPane split = new SplitPane(left, new DetailPane(model).build());
        split.setDividerPositions(0.42);
        split.getStyleClass().add("results-split");
        BorderPane root = new BorderPane(split);
        root.getStyleClass().add("screen");
        root.setTop(header());
        root.setBottom(histogram());
        BorderPane.setMargin(split, new Insets(10, 0, 10, 0));
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                pulse.stop();
            } else {
                pulse.start();
                table.requestFocus();
            }
        });
        return root;
    }

    private Node header() {
        Label title = new Label();
        title.getStyleClass().add("screen-title");
        title.textProperty().bind(model.titleProperty());
        Label counts = new Label();
        counts.setId("verdictCounts");
        counts.getStyleClass().add("counts-label");
        counts.textProperty().bind(model.countsProperty());
        Button batch = new Button("Score a new batch…");
        batch.setId("scoreBatch");
        batch.setOnAction(event -> scoreBatch.run());
        batch.disableProperty().bind(Bindings.not(canScore));
        Button production = new Button("Back to production images");
        production.setId("showProduction");
        production.setOnAction(event -> showProduction.run());
        production.visibleProperty().bind(batchShown);
        production.managedProperty().bind(batchShown);
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(16, title, counts, spacer, production, batch);
        header.setAlignment(Pos.CENTER_LEFT);
        Label note = new Label();
        note.setId("tuningNote");
        note.getStyleClass().add("error-text");
        note.setWrapText(true);
        note.textProperty().bind(model.noteProperty());
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        return new javafx.scene.layout.VBox(4, header, note,
                new FamilyChoicePane(model.familyChoiceProperty()).build());
    }

    private Node filters() {
        TextField search = TextFields.createClearableTextField();
        search.setId("resultsFilter");
        search.setPromptText("Filter by file name");
        search.textProperty().bindBidirectional(model.filterTextProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        ChoiceBox<VerdictFilter> verdicts = new ChoiceBox<>();
        verdicts.setId("verdictFilter");
        verdicts.getItems().setAll(VerdictFilter.values());
        verdicts.valueProperty().bindBidirectional(model.verdictFilterProperty());
        HBox row = new HBox(8, search, verdicts);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node histogram() {
        Label title = new Label("Score distribution");
        title.getStyleClass().add("section-title");
        Label rule = new Label();
        rule.getStyleClass().add("hint");
        rule.textProperty().bind(model.ruleProperty());
        rule.setMinWidth(0);
        rule.setWrapText(true);
        CheckBox band = new CheckBox("Review band");
        band.setId("reviewBand");
        band.setSelected(model.thresholds().hasReviewBand());
        band.setOnAction(event -> model.thresholds().setReviewBand(band.isSelected()));
        model.thresholds().reviewLowerProperty().addListener((obs, old, now) ->
                band.setSelected(model.thresholds().hasReviewBand()));
        Button reset = new Button("Use proposed threshold");
        reset.setId("resetThreshold");
        reset.disableProperty().bind(model.thresholds().overriddenProperty().not());
        reset.setOnAction(event -> model.thresholds().reset());
        Button fromDecisions = new Button("Fail every marked defect");
        fromDecisions.setId("thresholdFromDecisions");
        fromDecisions.setTooltip(new javafx.scene.control.Tooltip("The highest fail threshold that still fails every "
                + "image you marked defect"));
        fromDecisions.disableProperty().bind(model.canUseDecisionThresholdProperty().not());
        fromDecisions.setOnAction(event -> model.useDecisionThreshold());
        Label hint = new Label("Drag the red line to move the threshold.");
        hint.getStyleClass().add("hint");
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, title, hint, spacer, band, fromDecisions, reset);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(4, top, new HistogramView(model), rule);
        card.getStyleClass().addAll("card", "histogram-card");
        VBox wrapper = new VBox(card);
        wrapper.setPadding(new Insets(0, 0, 12, 0));
        return wrapper;
    }
}
