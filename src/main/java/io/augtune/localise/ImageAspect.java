package io.augtune.localise;

import io.augtune.imaging.ImageFile;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;

/**
 * The typical size of a folder's images, read from the headers of its first few files without decoding pixels, so
 * the localiser's tile grid can follow their proportions before the folder is loaded.
 *
 * @param width  pixels across
 * @param height pixels down
 */
public record ImageAspect(int width, int height) {
    private static final int SAMPLE = 5;

    /** The size of median aspect among the first {@value #SAMPLE} readable files; 1 x 1 when none can be read. */
    public static ImageAspect of(List<ImageFile> files) {
        ImageAspect[] sizes = files.stream().limit(SAMPLE).map(ImageAspect::sizeOf).filter(s -> s != null)
                .sorted(java.util.Comparator.comparingDouble(ImageAspect::aspect)).toArray(ImageAspect[]::new);
        return sizes.length == 0 ? new ImageAspect(1, 1) : sizes[sizes.length / 2];
    }

    /** Height / width. */
    public double aspect() {
        return (double) height / width;
    }

    /** The size from the header, or null when unreadable (the decoder reports such files later). */
    private static ImageAspect sizeOf(ImageFile file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.path().toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                return w > 0 && h > 0 ? new ImageAspect(w, h) : null;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
