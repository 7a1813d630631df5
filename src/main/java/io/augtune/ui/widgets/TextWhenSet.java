package io.augtune.ui.widgets;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** A wrapped label that shows a text and takes no room while the text is empty (a reason, a note). */
public final class TextWhenSet {
    private TextWhenSet() {
    }

    /**
     * @param id         the label's id (tests look it up)
     * @param styleClass its style class
     * @param text       what it shows; empty hides it
     */
    public static Label label(String id, String styleClass, ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        // wrapped text keeps all its lines rather than being cut to one by a tight layout
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
