package io.augtune.testdata;

import io.augtune.imaging.PngWriter;
import io.augtune.common.Raster;
import io.augtune.tuning.TuningData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generated gray textures for tests: smooth random stripes plus grain, and optionally a soft dark patch of a known
 * area fraction (the shape CutDiff draws), so tests know what the production defects look like.
 */
public final class SyntheticTextures {
    private SyntheticTextures() {
    }

    /** A normal texture of side {@code size}. */
    public static Raster texture(int size, Random random) {
        float[] data = new float[size * size];
        double f1 = 2 + random.nextDouble() * 2;
        double f2 = 3 + random.nextDouble() * 3;
        double p1 = random.nextDouble() * 2 * Math.PI;
        double p2 = random.nextDouble() * 2 * Math.PI;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double v = 0.55 + 0.12 * Math.sin(2 * Math.PI * f1 * x / size + p1)
                        + 0.08 * Math.sin(2 * Math.PI * f2 * (x + y) / size + p2)
                        + 0.05 * random.nextGaussian();
                data[y * size + x] = (float) Math.max(0, Math.min(1, v));
            }
        }
        return new Raster(size, size, 1, data);
    }

    /**
     * Tuning data with a known answer: {@code normals} textures, and {@code production} textures of which every other
     * one (the first, third, ...) carries a soft dark patch of about {@code area}; all drawn from one seed.
     */
    public static TuningData plantedPatchData(int size, int normals, int production, double area, long seed) {
        Random random = new Random(seed);
        List<Raster> normal = new ArrayList<>();
        List<Raster> mixed = new ArrayList<>();
        for (int i = 0; i < normals; i++) {
            normal.add(texture(size, random));
        }
        for (int i = 0; i < production; i++) {
            Raster t = texture(size, random);
            mixed.add(i % 2 == 0 ? withPatch(t, area, random) : t);
        }
        return new TuningData(normal, mixed, 1, size);
    }

    /** The texture with a soft dark patch covering about {@code area} of the image, at a random place. */
    public static Raster withPatch(Raster texture, double area, Random random) {
        return withPatch(texture, area, 1.0, random);
    }

    /** The texture with a soft patch darker by up to {@code depth} (1 = black at its centre). */
    public static Raster withPatch(Raster texture, double area, double depth, Random random) {
        int size = texture.width();
        double aspect = 0.5 + random.nextDouble() * 0.5;
        double h = Math.sqrt(area / aspect);
        double w = Math.sqrt(area * aspect);
        double ci = random.nextDouble() * (size - 1);
        double cj = random.nextDouble() * (size - 1);
        float[] out = texture.data().clone();
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                double di = (i - ci) / (h * size);
                double dj = (j - cj) / (w * size);
                double m = depth * Math.exp(-(di * di + dj * dj) / 0.2);
                out[i * size + j] = (float) Math.max(0, out[i * size + j] - m);
            }
        }
        return new Raster(size, size, 1, out);
    }

    /** The texture with a thin dark scratch (1-1.5 px wide, a third to half the side long) at a random angle. */
    public static Raster withScratch(Raster texture, Random random) {
        int size = texture.width();
        double length = size * (0.35 + 0.15 * random.nextDouble());
        double halfWidth = 0.5 + 0.25 * random.nextDouble();
        double angle = random.nextDouble() * Math.PI;
        double ci = size * (0.3 + 0.4 * random.nextDouble());
        double cj = size * (0.3 + 0.4 * random.nextDouble());
        double ca = Math.cos(angle);
        double sa = Math.sin(angle);
        float[] out = texture.data().clone();
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                double along = (j - cj) * ca + (i - ci) * sa;
                double across = -(j - cj) * sa + (i - ci) * ca;
                double beyond = Math.max(0, Math.abs(along) - length / 2);
                double m = Math.exp(-(beyond * beyond + across * across) / (halfWidth * halfWidth));
                out[i * size + j] = (float) (out[i * size + j] * (1 - 0.4 * m));
            }
        }
        return new Raster(size, size, 1, out);
    }

    /** The texture under uneven lighting: brighter or darker by up to 20 % towards one edge, in a random direction. */
    public static Raster withShading(Raster texture, Random random) {
        int size = texture.width();
        double angle = random.nextDouble() * 2 * Math.PI;
        double strength = (0.15 + 0.05 * random.nextDouble()) * (random.nextBoolean() ? 1 : -1);
        float[] out = texture.data().clone();
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                double t = ((j - size / 2.0) * Math.cos(angle) + (i - size / 2.0) * Math.sin(angle)) / size + 0.5;
                double v = out[i * size + j];
                v = strength > 0 ? v + strength * t * (1 - v) : v * (1 + strength * t);
                out[i * size + j] = (float) Math.max(0, Math.min(1, v));
            }
        }
        return new Raster(size, size, 1, out);
    }

    /**
     * Writes an MVTec-layout data set: {@code good/} normals, {@code test/good/} unseen normals and
     * {@code test/patch/} textures with patches of the given area.
     */
    public static Path writeDataset(Path root, int size, int normals, int testGood, int defective, double area,
                                    long seed) {
        Random random = new Random(seed);
        write(root.resolve("good"), "n", normals, size, random, -1);
        write(root.resolve("test/good"), "g", testGood, size, random, -1);
        write(root.resolve("test/patch"), "d", defective, size, random, area);
        return root;
    }

    /** Writes {@code count} PNGs into a folder; with {@code area > 0} each carries a patch. */
    public static Path write(Path folder, String prefix, int count, int size, Random random, double area) {
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < count; i++) {
                Raster r = texture(size, random);
                if (area > 0) {
                    r = withPatch(r, area, random);
                }
                PngWriter.writeGray8(r, folder.resolve(String.format("%s%03d.png", prefix, i)));
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
