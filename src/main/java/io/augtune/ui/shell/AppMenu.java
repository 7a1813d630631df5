package io.augtune.ui.shell;

import io.augtune.common.AppVersion;
import io.augtune.ui.AugTuneApp;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** The menu bar: File (new, open, save, save as, export report, score a batch, quit) and Help (about). */
final class AppMenu {
    private final Workbench workbench;
    private final MainWindow window;

    AppMenu(Workbench workbench, MainWindow window) {
        this.workbench = workbench;
        this.window = window;
    }

    Node build() {
        MenuItem newProject = item("New project…", "Shortcut+N", workbench::newProject);
        MenuItem open = item("Open project…", "Shortcut+O", window::chooseAndOpen);
        MenuItem quit = item("Quit", "Shortcut+Q", window::quit);
        Menu file = new Menu("File", null, newProject, open, new SeparatorMenuItem(), quit);
        MenuItem about = item("About AugTune Inspector", null, this::showAbout);
        Menu help = new Menu("Help", null, about);
        MenuBar bar = new MenuBar(file, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static MenuItem item(String text, String shortcut, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (shortcut != null) {
            item.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
        item.setOnAction(event -> action.run());
        return item;
    }

    private void showAbout() {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(window.stage());
        about.setTitle("About");
        about.setHeaderText(AugTuneApp.TITLE + " " + AppVersion.app());
        about.setContentText("Self-tuning self-supervised anomaly detection for inspection images "
                + "(after Yoo, Zhao & Akoglu, ST-SSAD, 2023).\n\nDJL " + AppVersion.djl() + ", PyTorch "
                + AppVersion.pytorch() + ", Java " + System.getProperty("java.version") + ".");
        about.show();
    }
}
