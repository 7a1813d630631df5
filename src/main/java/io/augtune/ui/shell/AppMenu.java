package io.augtune.ui.shell;

import io.augtune.common.AppVersion;
import io.augtune.project.ProjectStore;
import io.augtune.ui.AugTuneApp;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;

import java.nio.file.Path;

/**
 * The menu bar: File (new, open, save, save as, export report, score a new batch, retune with my decisions, quit)
 * and Help (about). File choosers live here; the commands themselves are the workbench's.
 */
final class AppMenu {
    private final Workbench workbench;
    private final MainWindow window;

    AppMenu(Workbench workbench, MainWindow window) {
        this.workbench = workbench;
        this.window = window;
    }

    Node build() {
        BooleanBinding noProject = workbench.session().projectProperty().isNull();
        MenuItem newProject = item("New project…", "Shortcut+N", workbench::newProject);
        MenuItem open = item("Open project…", "Shortcut+O", window::chooseAndOpen);
        MenuItem save = item("Save", "Shortcut+S", this::save);
        save.disableProperty().bind(noProject);
        MenuItem saveAs = item("Save as…", "Shortcut+Shift+S", this::saveAs);
        saveAs.disableProperty().bind(noProject);
        MenuItem export = item("Export report…", "Shortcut+E", this::exportReport);
        export.disableProperty().bind(workbench.resultsModel().hasResultsProperty().not());
        MenuItem batch = item("Score a new batch…", "Shortcut+B", window::chooseBatch);
        batch.disableProperty().bind(noProject);
        MenuItem retune = item("Retune with my decisions…", null, window::confirmAndRetune);
        retune.setId("retuneWithDecisions");
        retune.disableProperty().bind(workbench.canRetuneBinding().not());
        MenuItem quit = item("Quit", "Shortcut+Q", window::quit);
        Menu file = new Menu("File", null, newProject, open, new SeparatorMenuItem(), save, saveAs,
                new SeparatorMenuItem(), export, batch, retune, new SeparatorMenuItem(), quit);
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

    private void save() {
        if (workbench.hasProjectFile()) {
            workbench.save();
        } else {
            saveAs();
        }
    }

    private void saveAs() {
        String name = workbench.session().project() == null ? "project" : workbench.session().project().name();
        Path file = window.chooseFileToWrite("Save project", safeName(name) + ProjectStore.EXTENSION,
                new FileChooser.ExtensionFilter("AugTune projects", "*" + ProjectStore.EXTENSION));
        if (file != null) {
            workbench.saveAs(file);
        }
    }

    private void exportReport() {
        String name = workbench.session().project() == null ? "report" : workbench.session().project().name();
        Path file = window.chooseFileToWrite("Export report", safeName(name) + "-report.csv",
                new FileChooser.ExtensionFilter("CSV files", "*.csv"), workbench.suggestedReportFolder());
        if (file != null) {
            workbench.exportReport(file);
        }
    }

    /** A file name made from a project name: letters, digits, dot, dash and underscore only. */
    static String safeName(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return safe.isEmpty() ? "project" : safe;
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
