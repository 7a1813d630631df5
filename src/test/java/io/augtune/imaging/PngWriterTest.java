package io.augtune.imaging;

import io.augtune.common.Raster;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** PNG writing, checked by decoding the written file with {@link ImageDecoder}. */
class PngWriterTest {

    @TempDir
    Path dir;

    private final ImageDecoder decoder = new ImageDecoder();

    @Test
    void eightBitGrayRoundTripsToTheNearestLevel() throws Exception {
        Raster raster = filled(8, 8, 1, 100 / 255f);
        Path file = dir.resolve("gray8.png");

        PngWriter.writeGray8(raster, file);
        DecodedImage back = decoder.decode(file);

        assertEquals(8, back.bitDepth());
        assertEquals(1, back.raster().channels());
        assertEquals(100 / 255f, back.raster().get(0, 4, 4), 0f);
    }

    @Test
    void sixteenBitGrayKeepsTheLowByte() throws Exception {
        float[] data = new float[64];
        data[0] = 0x1200 / 65535f;
        data[1] = 0x1201 / 65535f;
        Path file = dir.resolve("gray16.png");

        PngWriter.writeGray16(new Raster(8, 8, 1, data), file);
        DecodedImage back = decoder.decode(file);

        assertEquals(16, back.bitDepth());
        assertEquals(0x1200 / 65535f, back.raster().get(0, 0, 0), 0f);
        assertEquals(0x1201 / 65535f, back.raster().get(0, 0, 1), 0f);
    }

    @Test
    void rgbRoundTripsEachChannel() throws Exception {
        float[] data = new float[3 * 64];
        Arrays.fill(data, 0, 64, 1f);
        Arrays.fill(data, 64, 128, 51 / 255f);
        Path file = dir.resolve("rgb.png");

        PngWriter.write(new Raster(8, 8, 3, data), file);
        Raster back = decoder.decode(file).raster();

        assertEquals(3, back.channels());
        assertArrayEquals(new float[] {1f, 51 / 255f, 0f},
                new float[] {back.get(0, 7, 7), back.get(1, 7, 7), back.get(2, 7, 7)}, 0f);
    }

    @Test
    void valuesOutsideTheUnitRangeAreClamped() {
        assertEquals(0, PngWriter.toLevel(-0.5f, 255));
        assertEquals(255, PngWriter.toLevel(1.5f, 255));
        assertEquals(0, PngWriter.toLevel(Float.NaN, 255));
        assertEquals(128, PngWriter.toLevel(0.5f, 255));
    }

    @Test
    void writingReplacesAnExistingFileAndLeavesNoTemporaryFile() throws Exception {
        Path file = TestImages.text(dir.resolve("out.png"), "old content");

        PngWriter.writeGray8(filled(8, 8, 1, 0f), file);

        assertEquals("PNG", decoder.decode(file).format());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void grayWriterRefusesAnRgbRaster() {
        Raster rgb = filled(8, 8, 3, 0f);

        assertThrows(IllegalArgumentException.class, () -> PngWriter.writeGray8(rgb, dir.resolve("x.png")));
    }

    private static Raster filled(int width, int height, int channels, float value) {
        float[] data = new float[width * height * channels];
        Arrays.fill(data, value);
        return new Raster(width, height, channels, data);
    }
}
