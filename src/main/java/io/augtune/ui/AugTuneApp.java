package io.augtune.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The desktop application. */
public class AugTuneApp extends Application {

    public static void launchApp(String[] args) {
        Application.launch(AugTuneApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        BorderPane root = new BorderPane(new Label("AugTune Inspector"));
        stage.setTitle("AugTune Inspector");
        stage.setScene(new Scene(root, 1200, 800));
        stage.show();
    }
}
