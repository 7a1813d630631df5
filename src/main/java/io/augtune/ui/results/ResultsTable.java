package io.augtune.ui.results;

import io.augtune.common.Raster;
import io.augtune.project.Verdict;
import io.augtune.ui.widgets.RasterImages;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;

import java.util.Locale;

/** The ranking as a sortable table: rank, thumbnail, file, score, verdict. Up and down move through it. */
final class ResultsTable {
    private final ResultsViewModel model;
    private final TableView<ResultRow> table = new TableView<>();
    private boolean syncing;

    ResultsTable(ResultsViewModel model) {
        this.model = model;
    }

    TableView<ResultRow> build() {
        table.setId("resultsTable");
        SortedList<ResultRow> sorted = new SortedList<>(model.visibleRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getColumns().setAll(rankColumn(), thumbnailColumn(), fileColumn(), scoreColumn(), verdictColumn(),
                decisionColumn());
        table.setOnKeyPressed(this::decideByKey);
        table.setRowFactory(view -> decisionRow());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No images match the filter."));
        table.setFixedCellSize(ThumbnailTask.SIDE + 8);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!syncing && row != null) {
                syncing = true;
                model.selectedProperty().set(row);
                syncing = false;
            }
        });
        model.selectedProperty().addListener((obs, old, row) -> {
            if (syncing) {
                return;
            }
            syncing = true;
            if (row == null) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(row);
                int index = table.getItems().indexOf(row);
                if (index >= 0) {
                    table.scrollTo(Math.max(0, index - 2));
                }
            }
            syncing = false;
        });
        return table;
    }

    /** D defect, G good, U unsure, Delete/Backspace clears, Ctrl+Z takes the last decision back. */
    private void decideByKey(javafx.scene.input.KeyEvent event) {
        ResultRow row = model.selectedProperty().get();
        if (event.isShortcutDown() && event.getCode() == javafx.scene.input.KeyCode.Z) {
            model.undoDecision();
            event.consume();
            return;
        }
        if (event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        Decision chosen = Decision.forKey(event.getCode());
        if (chosen != null && row != null) {
            model.decide(row, chosen.verdict());
            event.consume();
        }
    }

    private TableRow<ResultRow> decisionRow() {
        TableRow<ResultRow> row = new TableRow<>();
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu();
        for (Decision d : Decision.values()) {
            javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(d.menuText());
            item.setOnAction(event -> model.decide(row.getItem(), d.verdict()));
            menu.getItems().add(item);
        }
        javafx.scene.control.MenuItem undoItem = new javafx.scene.control.MenuItem("Undo last decision (Ctrl+Z)");
        undoItem.disableProperty().bind(model.canUndoProperty().not());
        undoItem.setOnAction(event -> model.undoDecision());
        menu.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), undoItem);
        row.contextMenuProperty().bind(javafx.beans.binding.Bindings.when(row.emptyProperty()).then(
                (javafx.scene.control.ContextMenu) null).otherwise(menu));
        return row;
    }

    private static TableColumn<ResultRow, Verdict> decisionColumn() {
        TableColumn<ResultRow, Verdict> column = new TableColumn<>("Your decision");
        column.setCellValueFactory(cell -> cell.getValue().decisionProperty());
        column.setPrefWidth(100);
        column.setStyle("-fx-alignment: CENTER-LEFT;");
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Verdict decision, boolean empty) {
                super.updateItem(decision, empty);
                setText(empty || decision == null ? null : Decision.of(decision).word());
            }
        });
        return column;
    }

    private static TableColumn<ResultRow, Number> rankColumn() {
        TableColumn<ResultRow, Number> column = new TableColumn<>("#");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().rank()));
        column.setPrefWidth(44);
        column.setMaxWidth(60);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    private static TableColumn<ResultRow, Raster> thumbnailColumn() {
        TableColumn<ResultRow, Raster> column = new TableColumn<>("");
        column.setCellValueFactory(cell -> cell.getValue().thumbnailProperty());
        column.setSortable(false);
        column.setPrefWidth(ThumbnailTask.SIDE + 12);
        column.setMaxWidth(ThumbnailTask.SIDE + 12);
        column.setCellFactory(c -> new TableCell<>() {
            private final ImageView view = new ImageView();

            @Override
            protected void updateItem(Raster raster, boolean empty) {
                super.updateItem(raster, empty);
                view.setImage(empty || raster == null ? null : RasterImages.toImage(raster));
                setGraphic(empty ? null : view);
            }
        });
        return column;
    }

    private static TableColumn<ResultRow, String> fileColumn() {
        TableColumn<ResultRow, String> column = new TableColumn<>("File");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().relativePath()));
        column.setPrefWidth(200);
        column.setStyle("-fx-alignment: CENTER-LEFT;");
        return column;
    }

    private static TableColumn<ResultRow, Number> scoreColumn() {
        TableColumn<ResultRow, Number> column = new TableColumn<>("Score");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().score()));
        column.setPrefWidth(80);
        column.setSortType(TableColumn.SortType.DESCENDING);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Number score, boolean empty) {
                super.updateItem(score, empty);
                setText(empty || score == null ? null : String.format(Locale.ROOT, "%.4g", score.doubleValue()));
            }
        });
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    private static TableColumn<ResultRow, Verdict> verdictColumn() {
        TableColumn<ResultRow, Verdict> column = new TableColumn<>("Verdict");
        column.setCellValueFactory(cell -> cell.getValue().verdictProperty());
        column.setPrefWidth(80);
        column.setStyle("-fx-alignment: CENTER-LEFT;");
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Verdict verdict, boolean empty) {
                super.updateItem(verdict, empty);
                if (empty || verdict == null) {
                    setGraphic(null);
                    return;
                }
                setGraphic(VerdictBadge.of(verdict));
            }
        });
        return column;
    }
}
