package io.augtune.workflow;

import io.augtune.imaging.ImageFile;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * The proportions of a folder's images (height / width), read from the headers of its first few files without
 * decoding pixels, so the localiser's tile grid can follow them before the folder is loaded.
 */
final class ImageAspect {
    private static final int SAMPLE = 5;

    private ImageAspect() {
    }

    /** The median aspect of the first {@value #SAMPLE} readable files; 1 when none can be read. */
    static double of(List<ImageFile> files) {
        double[] aspects = files.stream().limit(SAMPLE).mapToDouble(f -> aspectOf(f)).filter(a -> a > 0).toArray();
        if (aspects.length == 0) {
            return 1;
        }
        Arrays.sort(aspects);
        return aspects[aspects.length / 2];
    }

    /** Height / width from the header, or 0 when unreadable (the decoder reports such files later). */
    private static double aspectOf(ImageFile file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.path().toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return 0;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return (double) reader.getHeight(0) / reader.getWidth(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
