package io.augtune.ui.newproject;

import io.augtune.common.SkippedImage;
import io.augtune.ui.widgets.Icons;
import io.augtune.ui.widgets.ThumbnailCache;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.GridCell;
import org.controlsfx.control.GridView;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * One folder card: heading, folder path with a Choose button (or drop a folder anywhere on the card), progress
 * while reading, a grid of thumbnails, and the skipped files with their reasons.
 */
final class FolderPanel {
    private final FolderPreviewModel model;
    private final String heading;
    private final String help;
    private final Consumer<Path> choose;
    private final Runnable chooser;
    private final ThumbnailCache cache = new ThumbnailCache();

    /**
     * @param choose  loads a folder (also used for drag and drop)
     * @param chooser opens the folder chooser
     */
    FolderPanel(FolderPreviewModel model, String heading, String help, Consumer<Path> choose, Runnable chooser) {
        this.model = model;
        this.heading = heading;
        this.help = help;
        this.choose = choose;
        this.chooser = chooser;
    }

    Node build(String id) {
        Label title = new Label(heading);
        title.getStyleClass().add("section-title");
        Label hint = new Label(help);
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        Button pick = new Button("Choose folder…", Icons.folder());
        pick.setId(id + "Choose");
        pick.setOnAction(event -> chooser.run());
        pick.setMinWidth(Region.USE_PREF_SIZE);
        Label path = new Label();
        path.setId(id + "Path");
        path.getStyleClass().add("folder-path");
        path.textProperty().bind(Bindings.createStringBinding(() -> model.folder() == null
                ? "No folder chosen: choose one or drop it here" : model.folder().toString(), model.folderProperty()));
        path.setMaxWidth(Double.MAX_VALUE);
        path.setMinWidth(0);
        path.setTooltip(new Tooltip());
        path.getTooltip().textProperty().bind(path.textProperty());
        HBox.setHgrow(path, Priority.ALWAYS);
        HBox pathRow = new HBox(10, pick, path);
        pathRow.setAlignment(Pos.CENTER_LEFT);

        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.loadingProperty());
        progress.managedProperty().bind(model.loadingProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        Label summary = new Label();
        summary.setId(id + "Summary");
        summary.getStyleClass().add("folder-summary");
        summary.textProperty().bind(model.summaryProperty());
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        VBox card = new VBox(8, title, hint, pathRow, progress, summary, error, gallery(id), skippedList(id));
        card.getStyleClass().addAll("card", "folder-card");
        card.setId(id);
        card.setMinWidth(0);
        acceptDroppedFolders(card);
        return card;
    }

    private Node gallery(String id) {
        GridView<Thumbnail> grid = new GridView<>(model.thumbnails());
        grid.setId(id + "Thumbnails");
        grid.getStyleClass().add("thumbnail-grid");
        grid.setCellWidth(FolderPreviewModel.THUMBNAIL_SIDE);
        grid.setCellHeight(FolderPreviewModel.THUMBNAIL_SIDE);
        grid.setHorizontalCellSpacing(3);
        grid.setVerticalCellSpacing(3);
        grid.setCellFactory(view -> new ThumbnailCell(cache));
        Label empty = new Label("Thumbnails appear here as the images are read.");
        empty.getStyleClass().add("empty-state");
        empty.visibleProperty().bind(Bindings.isEmpty(model.thumbnails()));
        StackPane stack = new StackPane(grid, empty);
        stack.setMinHeight(120);
        VBox.setVgrow(stack, Priority.ALWAYS);
        return stack;
    }

    private Node skippedList(String id) {
        ListView<SkippedImage> list = new ListView<>(model.skipped());
        list.setId(id + "Skipped");
        list.setPrefHeight(110);
        list.setCellFactory(view -> new SkippedCell());
        TitledPane pane = new TitledPane("", list);
        pane.textProperty().bind(Bindings.size(model.skipped()).asString("Skipped files (%d)"));
        pane.setExpanded(false);
        pane.visibleProperty().bind(Bindings.isNotEmpty(model.skipped()));
        pane.managedProperty().bind(pane.visibleProperty());
        model.skipped().addListener((javafx.collections.ListChangeListener<SkippedImage>) change -> {
            if (!model.skipped().isEmpty() && model.thumbnails().isEmpty()) {
                pane.setExpanded(true);
            }
        });
        return pane;
    }

    private void acceptDroppedFolders(Node card) {
        card.setOnDragOver(event -> {
            if (droppedFolder(event) != null) {
                event.acceptTransferModes(TransferMode.COPY_OR_MOVE);
                card.getStyleClass().add("drop-target");
            }
            event.consume();
        });
        card.setOnDragExited(event -> card.getStyleClass().remove("drop-target"));
        card.setOnDragDropped(event -> {
            File folder = droppedFolder(event);
            if (folder != null) {
                choose.accept(folder.toPath());
            }
            event.setDropCompleted(folder != null);
            event.consume();
        });
    }

    /** The first dropped folder (or the folder of the first dropped file), or null. */
    private static File droppedFolder(DragEvent event) {
        if (!event.getDragboard().hasFiles() || event.getDragboard().getFiles().isEmpty()) {
            return null;
        }
        File first = event.getDragboard().getFiles().get(0);
        return first.isDirectory() ? first : first.getParentFile();
    }

    private static final class ThumbnailCell extends GridCell<Thumbnail> {
        private final ThumbnailCache cache;
        private final ImageView view = new ImageView();

        ThumbnailCell(ThumbnailCache cache) {
            this.cache = cache;
            view.setFitWidth(FolderPreviewModel.THUMBNAIL_SIDE);
            view.setFitHeight(FolderPreviewModel.THUMBNAIL_SIDE);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            getStyleClass().add("thumbnail-cell");
        }

        @Override
        protected void updateItem(Thumbnail item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            view.setImage(cache.imageOf(item.preview()));
            setGraphic(view);
            setTooltip(new Tooltip(item.relativePath() + "\n" + item.width() + "×" + item.height() + ", "
                    + item.bitDepth() + "-bit"));
        }
    }

    private static final class SkippedCell extends ListCell<SkippedImage> {
        @Override
        protected void updateItem(SkippedImage item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label file = new Label(item.relativePath());
            file.getStyleClass().add("entry-name");
            Label reason = new Label(item.reason());
            reason.getStyleClass().add("entry-path");
            reason.setWrapText(true);
            // Wrapped to the list's width (a cell alone would lay it out on one elided line), whole in a tooltip.
            reason.setMinHeight(Region.USE_PREF_SIZE);
            if (getListView() != null) {
                reason.maxWidthProperty().bind(getListView().widthProperty().subtract(36));
                file.maxWidthProperty().bind(getListView().widthProperty().subtract(36));
            }
            setTooltip(new Tooltip(item.relativePath() + ": " + item.reason()));
            setGraphic(new VBox(1, file, reason));
            setText(null);
        }
    }
}
