package io.augtune.ui.results;

import javafx.beans.value.ObservableValue;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The results screen's card on how {@code auto} chose the augmentation: the family kept, the reason, and the
 * families tried with their separation, the kept one marked. Collapsible, so it can give its room to the ranking;
 * hidden when the settings named the family.
 */
final class FamilyChoicePane {
    private final ObservableValue<FamilyChoiceSummary> summary;
    private final Label reason = new Label();
    private final Label meaning = new Label();
    private final GridPane families = new GridPane();

    FamilyChoicePane(ObservableValue<FamilyChoiceSummary> summary) {
        this.summary = summary;
    }

    Node build() {
        reason.setId("familyChoiceReason");
        reason.setWrapText(true);
        reason.setMinHeight(Region.USE_PREF_SIZE);
        meaning.setId("familyChoiceMeaning");
        meaning.getStyleClass().add("hint");
        meaning.setWrapText(true);
        meaning.setMinHeight(Region.USE_PREF_SIZE);
        VBox words = new VBox(6, reason, meaning);
        HBox.setHgrow(words, Priority.ALWAYS);
        families.setId("familyTrials");
        families.setHgap(14);
        families.setVgap(2);
        families.setMinWidth(Region.USE_PREF_SIZE);
        HBox content = new HBox(24, words, families);
        content.setAlignment(Pos.TOP_LEFT);
        TitledPane pane = new TitledPane("", content);
        pane.setId("familyChoice");
        pane.getStyleClass().add("family-choice");
        pane.setAnimated(false);
        pane.visibleProperty().bind(summary.map(s -> true).orElse(false));
        pane.managedProperty().bind(pane.visibleProperty());
        summary.addListener((obs, old, now) -> show(pane, now));
        show(pane, summary.getValue());
        return pane;
    }

    private void show(TitledPane pane, FamilyChoiceSummary s) {
        families.getChildren().clear();
        if (s == null) {
            return;
        }
        pane.setText(s.title() + (s.decided() ? "" : " — not clear-cut"));
        pane.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("undecided"), !s.decided());
        reason.setText(s.reason());
        meaning.setText(s.separationMeaning());
        Label separationHeader = header("Separation");
        GridPane.setHalignment(separationHeader, HPos.RIGHT);
        families.addRow(0, header("Family tried"), header(""), separationHeader, header(""));
        for (int i = 0; i < s.rows().size(); i++) {
            FamilyChoiceSummary.Row row = s.rows().get(i);
            Label name = new Label(row.name());
            Label setting = new Label(row.setting());
            setting.getStyleClass().add("hint");
            Label separation = new Label(row.separation());
            GridPane.setHalignment(separation, HPos.RIGHT);
            Label kept = new Label(row.kept() ? "✓ kept" : "");
            if (row.kept()) {
                name.getStyleClass().add("kept-family");
                kept.getStyleClass().add("kept-family");
            }
            families.addRow(i + 1, name, setting, separation, kept);
        }
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("hint");
        return label;
    }
}
