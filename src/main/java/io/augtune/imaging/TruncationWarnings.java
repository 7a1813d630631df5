package io.augtune.imaging;

import java.util.Locale;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;

/**
 * Catches the warnings with which JPEG decoders report a file that ends early: they return an image padded with
 * gray instead of failing, which would silently feed a half-gray image to training. Other warnings (extraneous
 * bytes, unknown markers) leave the pixels intact and are ignored.
 */
final class TruncationWarnings implements IIOReadWarningListener {
    private String first;

    @Override
    public void warningOccurred(ImageReader source, String warning) {
        String text = warning == null ? "" : warning.toLowerCase(Locale.ROOT);
        if (first == null && (text.contains("truncat") || text.contains("premature end"))) {
            first = warning;
        }
    }

    /** The first truncation warning, or null. */
    String first() {
        return first;
    }
}
