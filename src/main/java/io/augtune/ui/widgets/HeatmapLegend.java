package io.augtune.ui.widgets;

import io.augtune.workflow.Heatmap;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Rectangle;

import java.util.ArrayList;
import java.util.List;

/** The fixed colour scale of the heatmaps: the ramp as a bar with the scale's ticks (the threshold mid-way). */
public final class HeatmapLegend {
    private static final int STOPS = 16;
    private static final double TICK_WIDTH = 64;

    private HeatmapLegend() {
    }

    public static Node of(Heatmap map, double width) {
        List<Stop> stops = new ArrayList<>();
        for (int i = 0; i <= STOPS; i++) {
            double position = (double) i / STOPS;
            stops.add(new Stop(position, colour(map.rampRgb(position))));
        }
        Rectangle bar = new Rectangle(width, 10, new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE, stops));
        bar.setArcWidth(3);
        bar.setArcHeight(3);
        Pane ticks = new Pane();
        ticks.setPrefSize(width, 32);
        for (Heatmap.LegendMark tick : map.legend()) {
            // Centred under its position; the threshold's word goes on a second line so neighbours never overlap.
            // The image threshold is the one shown in the histogram; this mark is where a pixel counts as defect area.
            Label label = new Label(tick.label().replace(" (threshold)", "\ndefect pixels"));
            label.getStyleClass().add("legend-tick");
            label.setMinWidth(TICK_WIDTH);
            label.setPrefWidth(TICK_WIDTH);
            label.setAlignment(Pos.TOP_CENTER);
            label.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            label.setLayoutX(Math.max(0, Math.min(width - TICK_WIDTH, tick.position() * width - TICK_WIDTH / 2)));
            ticks.getChildren().add(label);
        }
        Label title = new Label("Heatmap colours (same scale for every image)");
        title.getStyleClass().add("hint");
        VBox legend = new VBox(2, title, bar, ticks);
        legend.setAlignment(Pos.CENTER_LEFT);
        return new HBox(legend);
    }

    private static Color colour(int rgb) {
        return Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }
}
