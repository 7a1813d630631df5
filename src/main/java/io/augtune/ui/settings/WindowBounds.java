package io.augtune.ui.settings;

import java.util.Locale;

/** Where the main window was and how large, in screen pixels. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    static final double MIN_WIDTH = 640;
    static final double MIN_HEIGHT = 480;

    public WindowBounds {
        width = Math.max(MIN_WIDTH, width);
        height = Math.max(MIN_HEIGHT, height);
    }

    String encode() {
        return String.format(Locale.ROOT, "%.0f,%.0f,%.0f,%.0f,%b", x, y, width, height, maximized);
    }

    /** Parses {@link #encode()}'s form; null when the text is missing or malformed. */
    static WindowBounds decode(String text) {
        if (text == null) {
            return null;
        }
        String[] parts = text.split(",");
        if (parts.length != 5) {
            return null;
        }
        try {
            return new WindowBounds(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2]), Double.parseDouble(parts[3]), Boolean.parseBoolean(parts[4]));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
