package io.augtune.ui.widgets;

import javafx.scene.Node;
import javafx.scene.shape.SVGPath;

/** Small vector icons drawn from SVG paths, coloured by CSS ({@code .icon}), so no image files are needed. */
public final class Icons {
    private Icons() {
    }

    public static Node plus() {
        return icon("M7 1h2v6h6v2H9v6H7V9H1V7h6z");
    }

    public static Node folder() {
        return icon("M1 3h5l2 2h7v9H1z");
    }

    public static Node play() {
        return icon("M3 1l11 7-11 7z");
    }

    public static Node pause() {
        return icon("M3 1h3.5v14H3zM9.5 1H13v14H9.5z");
    }

    public static Node stop() {
        return icon("M2 2h12v12H2z");
    }

    public static Node save() {
        return icon("M1 1h11l3 3v11H1zM4 1v4h7V1zM4 9h8v5H4z");
    }

    public static Node export() {
        return icon("M7 1h2v8l3-3 1.4 1.4L8 12.8 2.6 7.4 4 6l3 3zM1 13h14v2H1z");
    }

    private static Node icon(String path) {
        SVGPath svg = new SVGPath();
        svg.setContent(path);
        svg.getStyleClass().add("icon");
        return svg;
    }
}
