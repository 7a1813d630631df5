package io.augtune.ui.welcome;

import io.augtune.ui.widgets.Icons;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.function.Consumer;

/** The start screen: what the app does, New project / Open project, recent and sample projects. */
public final class WelcomeView {
    private final WelcomeViewModel model;
    private final Runnable openWithChooser;

    /**
     * @param openWithChooser asks the user for a project file (the main window owns the file chooser)
     */
    public WelcomeView(WelcomeViewModel model, Runnable openWithChooser) {
        this.model = model;
        this.openWithChooser = openWithChooser;
    }

    public Node build() {
        HBox root = new HBox(48, intro(), lists());
        root.getStyleClass().add("welcome");
        root.setAlignment(Pos.CENTER);
        root.setFillHeight(false);
        return root;
    }

    private Node intro() {
        Label title = new Label("AugTune Inspector");
        title.getStyleClass().add("welcome-title");
        Label tagline = new Label("Find defective parts without labelled defects. Show the app good parts and a "
                + "batch from production: it learns what a defect could look like, tunes that guess against "
                + "your production images, and ranks them by how unusual they are.");
        tagline.setWrapText(true);
        tagline.getStyleClass().add("welcome-tagline");
        Button create = new Button("New project…", Icons.plus());
        create.setId("newProjectButton");
        create.getStyleClass().add("accent");
        create.setDefaultButton(true);
        create.setOnAction(event -> model.newProject());
        Button open = new Button("Open project…", Icons.folder());
        open.setId("openProjectButton");
        open.setOnAction(event -> openWithChooser.run());
        HBox buttons = new HBox(12, create, open);
        VBox intro = new VBox(18, title, tagline, buttons);
        intro.setMaxWidth(440);
        intro.getStyleClass().add("welcome-intro");
        return intro;
    }

    private Node lists() {
        VBox lists = new VBox(22,
                section("Recent projects", model.recentProjects(), "No recent projects yet. "
                        + "Projects you open or save appear here.", "recentList", true),
                section("Sample projects", model.sampleProjects(), "No sample projects found. "
                        + "Put *.augtune files in a sample-projects folder next to the app.", "sampleList", false));
        lists.setPrefWidth(460);
        return lists;
    }

    private Node section(String heading, ObservableList<ProjectEntry> items, String emptyText, String id,
                         boolean forgettable) {
        Label title = new Label(heading);
        title.getStyleClass().add("section-title");
        ListView<ProjectEntry> list = new ListView<>(items);
        list.setId(id);
        list.getStyleClass().add("project-list");
        list.setPrefHeight(190);
        Label empty = new Label(emptyText);
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-state");
        list.setPlaceholder(empty);
        list.setCellFactory(view -> new EntryCell(forgettable ? model::forget : null));
        list.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                openSelected(list);
            }
        });
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelected(list);
            }
        });
        Label how = new Label("Double-click a project, or select it and press Enter, to open it.");
        how.getStyleClass().add("hint");
        VBox box = new VBox(8, title, list, how);
        VBox.setVgrow(list, Priority.ALWAYS);
        return box;
    }

    private void openSelected(ListView<ProjectEntry> list) {
        ProjectEntry entry = list.getSelectionModel().getSelectedItem();
        if (entry != null) {
            model.open(entry);
        }
    }

    /** Name above path; missing files greyed out with a note. */
    private static final class EntryCell extends ListCell<ProjectEntry> {
        private final Consumer<ProjectEntry> forget;

        EntryCell(Consumer<ProjectEntry> forget) {
            this.forget = forget;
        }

        @Override
        protected void updateItem(ProjectEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().remove("missing");
            if (empty || entry == null) {
                setGraphic(null);
                setText(null);
                setContextMenu(null);
                return;
            }
            Label name = new Label(entry.name());
            name.getStyleClass().add("entry-name");
            Label path = new Label(entry.exists() ? entry.file().toString() : entry.file() + "  (file not found)");
            path.getStyleClass().add("entry-path");
            VBox box = new VBox(2, name, path);
            setGraphic(box);
            setText(null);
            setTooltip(new Tooltip(entry.file().toString()));
            if (!entry.exists()) {
                getStyleClass().add("missing");
            }
            if (forget != null) {
                MenuItem remove = new MenuItem("Remove from list");
                remove.setOnAction(event -> forget.accept(entry));
                setContextMenu(new ContextMenu(remove));
            }
        }
    }
}
