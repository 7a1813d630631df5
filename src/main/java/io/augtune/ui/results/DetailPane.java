package io.augtune.ui.results;

import io.augtune.ui.widgets.FittedImage;
import io.augtune.ui.widgets.ImageViewport;
import io.augtune.ui.widgets.HeatmapLegend;
import io.augtune.ui.widgets.RasterImages;
import io.augtune.workflow.Heatmap;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.Locale;

/**
 * The selected image, large, with its heatmap overlaid (opacity slider, fixed colour legend), beside the most similar
 * normal image. Says plainly when a project has no heatmaps or no nearest normal image.
 */
final class DetailPane {
    private static final double LEGEND_WIDTH = 300;

    private final ResultsViewModel model;
    private final FittedImage selected = new FittedImage();
    private final FittedImage nearest = new FittedImage();
    private final Label heading = new Label();
    private final Label facts = new Label();
    private final Label nearestCaption = new Label();
    private VBox nearestPanel;
    private final HBox badge = new HBox();
    private final VBox mapControls = new VBox(6);
    private final Label notes = new Label();

    DetailPane(ResultsViewModel model) {
        this.model = model;
    }

    Node build() {
        heading.getStyleClass().add("section-title");
        heading.setId("detailHeading");
        facts.getStyleClass().add("hint");
        facts.setWrapText(true);
        // two lines for a fused model's components: never cut to "…" for want of height
        facts.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox title = new HBox(10, heading, badge);
        title.setAlignment(Pos.CENTER_LEFT);
        selected.setId("detailImage");
        nearest.setId("nearestImage");
        // One viewport: zooming into a spot of the part shows the same spot of the nearest normal image.
        nearest.setViewport(selected.viewport());
        selected.overlayOpacityProperty().bind(model.heatmapOpacityProperty());
        nearestCaption.getStyleClass().add("hint");
        VBox left = new VBox(4, caption("Selected image"), new StackPane(selected, loading()));
        nearestPanel = new VBox(4, nearestCaption, nearest);
        VBox.setVgrow(left.getChildren().get(1), Priority.ALWAYS);
        VBox.setVgrow(nearest, Priority.ALWAYS);
        HBox images = new HBox(10, left, nearestPanel);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(nearestPanel, Priority.ALWAYS);
        VBox.setVgrow(images, Priority.ALWAYS);
        notes.getStyleClass().add("hint");
        notes.setWrapText(true);
        notes.setMinHeight(Region.USE_PREF_SIZE);
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(model.detailErrorProperty());
        error.setWrapText(true);
        Label empty = new Label("Select an image in the ranking to see it here. Use ↑ and ↓ to move through it.");
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        VBox content = new VBox(8, title, facts, zoomBar(), images, mapControls, notes, error);
        content.visibleProperty().bind(model.selectedProperty().isNotNull());
        empty.visibleProperty().bind(model.selectedProperty().isNull());
        model.selectedProperty().addListener((obs, old, row) -> showRow(row));
        model.detailProperty().addListener((obs, old, detail) -> showDetail(detail));
        // The pane is built when the results screen is first shown, perhaps after a reopened project selected its
        // image: start from what the model holds now.
        showRow(model.selectedProperty().get());
        showDetail(model.detailProperty().get());
        StackPane card = new StackPane(content, empty);
        card.getStyleClass().addAll("card", "detail-card");
        card.setId("detailPane");
        return card;
    }

    /** Fit, 1:1, zoom in and out; the wheel and dragging do the same on the images themselves. */
    private Node zoomBar() {
        ImageViewport viewport = selected.viewport();
        Button fit = new Button("Fit");
        fit.setId("zoomFit");
        fit.setOnAction(event -> viewport.fit());
        Button actual = new Button("1:1");
        actual.setId("zoomActual");
        actual.setTooltip(new Tooltip("One image pixel per screen pixel"));
        actual.setOnAction(event -> viewport.setZoom(selected.oneToOneZoom()));
        Button in = new Button("+");
        in.setId("zoomIn");
        in.setOnAction(event -> viewport.setZoom(viewport.zoomProperty().get() * 1.5));
        Button out = new Button("−");
        out.setId("zoomOut");
        out.setOnAction(event -> viewport.setZoom(viewport.zoomProperty().get() / 1.5));
        Label zoom = new Label();
        zoom.getStyleClass().add("hint");
        zoom.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> String.format(Locale.ROOT,
                "%.0f %% of fit · wheel zooms, drag pans, double-click fits", viewport.zoomProperty().get() * 100),
                viewport.zoomProperty()));
        HBox bar = new HBox(6, fit, actual, in, out, zoom);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node loading() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(36, 36);
        spinner.visibleProperty().bind(model.detailLoadingProperty());
        return spinner;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("hint");
        return label;
    }

    private void showRow(ResultRow row) {
        badge.getChildren().clear();
        if (row == null) {
            return;
        }
        heading.setText(row.relativePath());
        badge.getChildren().add(VerdictBadge.of(row.verdict()));
        String why = ComponentWords.of(row.image().components());
        facts.setText(String.format(Locale.ROOT, "Rank %d of %d · score %.4g · %d×%d px", row.rank(),
                model.rows().size(), row.score(), row.image().width(), row.image().height())
                + (why.isEmpty() ? "" : "\n" + why));
        selected.setImage(null);
        selected.setOverlay(null);
        nearest.setImage(null);
    }

    private void showDetail(ImageDetail detail) {
        mapControls.getChildren().clear();
        if (detail == null) {
            return;
        }
        selected.setImage(RasterImages.toImage(detail.image()));
        if (detail.heatmap() != null) {
            Heatmap map = detail.heatmap();
            selected.setOverlay(RasterImages.fromArgb(map.argb(), map.width(), map.height()));
            Slider opacity = new Slider(0, 1, model.heatmapOpacityProperty().get());
            opacity.setId("heatmapOpacity");
            opacity.valueProperty().bindBidirectional(model.heatmapOpacityProperty());
            HBox slider = new HBox(8, new Label("Heatmap opacity"), opacity);
            slider.setAlignment(Pos.CENTER_LEFT);
            mapControls.getChildren().setAll(slider, HeatmapLegend.of(map, LEGEND_WIDTH));
        } else {
            selected.setOverlay(null);
        }
        boolean hasNearest = detail.nearest() != null;
        nearestPanel.setVisible(hasNearest);
        nearestPanel.setManaged(hasNearest);
        if (hasNearest) {
            nearest.setImage(RasterImages.toImage(detail.nearest().image()));
            nearestCaption.setText("Nearest normal image: " + detail.nearest().relativePath());
        }
        notes.setText(detail.note());
    }
}
