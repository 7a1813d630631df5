package io.augtune.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Shows each {@link UserError} in a modal dialog: what failed, the file, and the reason. */
final class ErrorDialogs implements ErrorReporter {
    private final Window owner;

    ErrorDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public void report(UserError error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("AugTune Inspector");
        alert.setHeaderText(error.action());
        VBox content = new VBox(8);
        if (!error.file().isEmpty()) {
            Label file = new Label(error.file());
            file.getStyleClass().add("error-file");
            file.setWrapText(true);
            content.getChildren().add(file);
        }
        Label reason = new Label(error.reason());
        reason.setWrapText(true);
        content.getChildren().add(reason);
        content.setPrefWidth(460);
        alert.getDialogPane().setContent(content);
        alert.show();
    }
}
