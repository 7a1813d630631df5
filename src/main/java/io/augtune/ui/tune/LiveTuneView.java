package io.augtune.ui.tune;

import io.augtune.ui.fx.Pulse;
import io.augtune.ui.widgets.Icons;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The live tuning screen: progress with phase, step, elapsed time and ETA; Pause and Cancel; the augmented examples
 * on the left and the live charts on the right. Updates are applied by a {@link Pulse} ten times a second.
 */
public final class LiveTuneView {
    private final LiveTuneViewModel model;
    private final Runnable backToProject;
    private final Runnable showResults;
    private final Pulse pulse;

    /**
     * @param backToProject returns to the project screen after the run ended
     * @param showResults   opens the results of a finished run
     */
    public LiveTuneView(LiveTuneViewModel model, Runnable backToProject, Runnable showResults) {
        this.model = model;
        this.backToProject = backToProject;
        this.showResults = showResults;
        this.pulse = new Pulse(model::pulse);
    }

    public Node build() {
        BorderPane root = new BorderPane();
        root.getStyleClass().addAll("screen", "tune-screen");
        root.setTop(header());
        Node gallery = new ExampleGallery(model).build();
        Node charts = new LiveCharts(model).build();
        HBox body = new HBox(14, gallery, charts);
        HBox.setHgrow(charts, Priority.ALWAYS);
        root.setCenter(body);
        root.setBottom(footer());
        BorderPane.setMargin(body, new Insets(12, 0, 0, 0));
        pulse.whileShown(root);
        return root;
    }

    private Node header() {
        Label title = new Label();
        title.getStyleClass().add("screen-title");
        title.textProperty().bind(Bindings.concat("Tuning ", model.titleProperty()));
        Label phase = new Label();
        phase.setId("tunePhase");
        phase.getStyleClass().add("phase-label");
        phase.textProperty().bind(model.phaseProperty());
        Label step = new Label();
        step.setId("tuneStep");
        step.textProperty().bind(model.stepTextProperty());
        Label hyper = new Label();
        hyper.getStyleClass().add("hyper-label");
        hyper.textProperty().bind(model.hyperparameterTextProperty());
        HBox titleRow = new HBox(16, title, phase);
        titleRow.setAlignment(Pos.BASELINE_LEFT);

        ProgressBar bar = new ProgressBar();
        bar.setId("tuneProgress");
        bar.progressProperty().bind(model.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label time = new Label();
        time.setId("tuneTime");
        time.textProperty().bind(model.timeTextProperty());
        time.setMinWidth(Label.USE_PREF_SIZE);
        Button pause = new Button();
        pause.setId("pauseButton");
        pause.textProperty().bind(Bindings.when(model.stateProperty().isEqualTo(RunState.PAUSED))
                .then("Resume").otherwise("Pause"));
        pause.graphicProperty().bind(Bindings.createObjectBinding(() -> model.stateProperty().get()
                == RunState.PAUSED ? Icons.play() : Icons.pause(), model.stateProperty()));
        pause.disableProperty().bind(Bindings.createBooleanBinding(() -> model.stateProperty().get()
                != RunState.RUNNING && model.stateProperty().get() != RunState.PAUSED, model.stateProperty()));
        pause.setOnAction(event -> model.togglePause());
        Button cancel = new Button("Cancel", Icons.stop());
        cancel.setId("cancelButton");
        cancel.disableProperty().bind(Bindings.createBooleanBinding(() -> model.stateProperty().get()
                != RunState.RUNNING && model.stateProperty().get() != RunState.PAUSED, model.stateProperty()));
        cancel.setOnAction(event -> {
            if (confirmCancel(cancel)) {
                model.cancel();
            }
        });
        HBox progressRow = new HBox(12, bar, time, pause, cancel);
        progressRow.setAlignment(Pos.CENTER_LEFT);

        Label detail = new Label();
        detail.getStyleClass().add("hint");
        detail.textProperty().bind(model.detailProperty());
        for (Label label : new Label[] {step, hyper, detail}) {
            label.managedProperty().bind(label.textProperty().isNotEmpty());
        }
        HBox info = new HBox(18, step, hyper, detail);
        VBox header = new VBox(8, titleRow, progressRow, info);
        header.getStyleClass().add("card");
        return header;
    }

    private Node footer() {
        Label notice = new Label();
        notice.getStyleClass().add("hint");
        notice.textProperty().bind(model.noticeProperty());
        Button back = new Button("Back to project");
        back.setId("backToProject");
        back.setOnAction(event -> backToProject.run());
        back.visibleProperty().bind(Bindings.createBooleanBinding(() -> !model.stateProperty().get().isActive()
                && model.stateProperty().get() != RunState.IDLE, model.stateProperty()));
        Button results = new Button("Show results");
        results.setId("showResults");
        results.getStyleClass().add("accent");
        results.visibleProperty().bind(model.stateProperty().isEqualTo(RunState.FINISHED));
        results.setOnAction(event -> showResults.run());
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox footer = new HBox(12, notice, spacer, back, results);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.getStyleClass().add("screen-footer");
        return footer;
    }

    /** A cancelled run cannot be resumed, so the button asks first. */
    private static boolean confirmCancel(javafx.scene.Node owner) {
        javafx.scene.control.ButtonType stop = new javafx.scene.control.ButtonType("Stop tuning",
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        javafx.scene.control.ButtonType keep = new javafx.scene.control.ButtonType("Keep tuning",
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.CONFIRMATION, "", keep, stop);
        if (owner.getScene() != null) {
            ask.initOwner(owner.getScene().getWindow());
        }
        ask.setHeaderText("Stop this tuning?");
        ask.setContentText("Its progress is lost; a stopped run cannot be resumed. Pause keeps it instead.");
        return ask.showAndWait().filter(stop::equals).isPresent();
    }
}
