package io.augtune.ui.tune;

import io.augtune.ui.widgets.RasterImages;
import io.augtune.ui.widgets.TextWhenSet;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The augmented examples: each normal image beside its augmented version, refreshed as the hyperparameters move. */
final class ExampleGallery {
    static final int MAX_PAIRS = 6;
    private static final double SIDE = 96;

    private final LiveTuneViewModel model;
    private final GridPane grid = new GridPane();
    private final Label caption = new Label();

    ExampleGallery(LiveTuneViewModel model) {
        this.model = model;
    }

    Node build() {
        Label title = new Label("Augmented examples");
        title.getStyleClass().add("section-title");
        Label family = TextWhenSet.label("familyTrial", "family-trial", model.familyTextProperty());
        caption.getStyleClass().add("hint");
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        grid.setId("exampleGallery");
        grid.setHgap(6);
        grid.setVgap(6);
        Label empty = new Label("Examples of normal images and their augmented versions appear once training "
                + "starts. They change as the augmentation is tuned.");
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-state");
        empty.visibleProperty().bind(model.examplesProperty().isNull());
        ScrollPane scroll = new ScrollPane(grid);
        scroll.getStyleClass().add("plain-scroll");
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportHeight(3 * SIDE);
        scroll.setMinViewportHeight(SIDE);
        StackPane body = new StackPane(scroll, empty);
        body.setAlignment(Pos.TOP_LEFT);
        VBox.setVgrow(body, Priority.ALWAYS);
        model.examplesProperty().addListener((obs, old, examples) -> show(examples));
        VBox card = new VBox(8, title, family, caption, body);
        card.getStyleClass().addAll("card", "gallery-card");
        card.setMinWidth(2 * SIDE + 50);
        card.setPrefWidth(2 * SIDE + 50);
        return card;
    }

    private void show(LiveUpdate.Examples examples) {
        grid.getChildren().clear();
        if (examples == null) {
            caption.setText("");
            return;
        }
        // a family trial is not one of the starts: its examples are named by the family label above instead
        boolean trial = model.stateProperty().get().isActive()
                && FamilyTrialText.namesATrial(model.familyTextProperty().get());
        caption.setText((trial ? "Step " : "Start " + (examples.start() + 1) + ", step ") + examples.step() + ": "
                + Quantities.describe(examples.hyperparameters()));
        grid.add(header("normal"), 0, 0);
        grid.add(header("augmented"), 1, 0);
        int pairs = Math.min(MAX_PAIRS, Math.min(examples.originals().size(), examples.augmented().size()));
        for (int i = 0; i < pairs; i++) {
            grid.add(image(examples.originals().get(i)), 0, i + 1);
            grid.add(image(examples.augmented().get(i)), 1, i + 1);
        }
    }

    private static Node header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("hint");
        GridPane.setHalignment(label, HPos.CENTER);
        return label;
    }

    private static Node image(io.augtune.common.Raster raster) {
        ImageView view = new ImageView(RasterImages.toImage(raster));
        view.setFitWidth(SIDE);
        view.setFitHeight(SIDE);
        view.setPreserveRatio(true);
        view.getStyleClass().add("example-image");
        return view;
    }
}
