package io.augtune.ui.widgets;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Zooming keeps the point under the cursor in place, and the view never leaves the image. */
class ImageViewportTest {
    @Test
    void zoomingAboutAPointMovesTheCentreTowardIt() {
        ImageViewport v = new ImageViewport();
        v.zoomAt(2, 0.9, 0.5);
        assertEquals(2, v.zoomProperty().get());
        assertEquals(0.7, v.centreXProperty().get(), 1e-9, "0.9 + (0.5 - 0.9) / 2");
        assertEquals(0.5, v.centreYProperty().get(), 1e-9);
    }

    @Test
    void panningStopsAtTheEdgeOfTheImage() {
        ImageViewport v = new ImageViewport();
        v.setZoom(4);
        v.panBy(5, -5);
        assertEquals(1 - 0.125, v.centreXProperty().get(), 1e-9);
        assertEquals(0.125, v.centreYProperty().get(), 1e-9);
        v.fit();
        assertEquals(0.5, v.centreXProperty().get());
    }
}
