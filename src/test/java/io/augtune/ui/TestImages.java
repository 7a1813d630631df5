package io.augtune.ui;

import io.augtune.imaging.PngWriter;
import io.augtune.common.Raster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Tiny generated images for UI tests: textured gray squares, some with a bright spot. */
public final class TestImages {
    private TestImages() {
    }

    /** Writes {@code count} 24×24 gray PNGs named {@code prefix-N.png}; every {@code spotEvery}-th has a spot. */
    public static Path folder(Path parent, String name, String prefix, int count, int spotEvery, long seed)
            throws IOException {
        Path folder = Files.createDirectories(parent.resolve(name));
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            boolean spot = spotEvery > 0 && i % spotEvery == spotEvery - 1;
            PngWriter.write(image(random, spot), folder.resolve(String.format("%s-%02d.png", prefix, i)));
        }
        return folder;
    }

    static Raster image(Random random, boolean spot) {
        int size = 24;
        float[] data = new float[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                float stripes = (y % 6 == 0) ? 0.35f : 0.6f;
                data[y * size + x] = stripes + 0.08f * (float) random.nextGaussian();
                if (spot && Math.hypot(x - 12, y - 12) < 5) {
                    data[y * size + x] = 0.05f;
                }
            }
        }
        return new Raster(size, size, 1, data);
    }
}
