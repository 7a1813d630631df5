package io.augtune.workflow;

import io.augtune.common.Raster;
import io.augtune.scoring.AnomalyMap;
import io.augtune.scoring.MapThreshold;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeatmapExportTest {
    @TempDir
    Path dir;

    @Test
    void anOverlayAndARaw16BitMapAreWrittenAtTheOriginalSizeWithTheirScale() throws Exception {
        HeatmapExport export = new HeatmapExport(dir, new MapThreshold(4, 1, "rule"));
        Raster original = new Raster(3, 2, 1, new float[6]);
        AnomalyMap coarse = new AnomalyMap(3, 1, new double[] {0, 4, 100});
        Path overlay = export.write("sub/part 1.png", original, coarse);

        assertEquals(dir.resolve("sub/part 1.png.overlay.png"), overlay);
        BufferedImage colour = ImageIO.read(overlay.toFile());
        assertEquals(3, colour.getWidth());
        assertEquals(2, colour.getHeight());
        BufferedImage raw = ImageIO.read(dir.resolve("sub/part 1.png.map.png").toFile());
        assertEquals(16, raw.getColorModel().getPixelSize());
        // The middle value is the threshold 4, half the full scale of 8; 100 saturates.
        assertEquals(32768, raw.getRaster().getSample(1, 1, 0));
        assertEquals(65535, raw.getRaster().getSample(2, 0, 0));
        assertEquals(0, raw.getRaster().getSample(0, 0, 0));

        Properties scale = new Properties();
        try (var in = Files.newBufferedReader(dir.resolve(HeatmapExport.SCALE_FILE))) {
            scale.load(in);
        }
        assertEquals(8.0, Double.parseDouble(scale.getProperty("raw_full_scale")));
        assertEquals(4.0, Double.parseDouble(scale.getProperty("map_threshold")));
    }

    @Test
    void aSignedMapStartsItsRawLevelsAtANegativeFloorAndKeepsTheThresholdMidRange() throws Exception {
        // a fused detector's maps count normal spreads: a good part's are mostly below 0
        HeatmapExport export = new HeatmapExport(dir, new MapThreshold(1, -3, "rule"));
        export.write("a.png", new Raster(3, 1, 1, new float[3]), new AnomalyMap(3, 1, new double[] {-3, 1, 5}));
        BufferedImage raw = ImageIO.read(dir.resolve("a.png.map.png").toFile());
        assertEquals(0, raw.getRaster().getSample(0, 0, 0));
        assertEquals(32768, raw.getRaster().getSample(1, 0, 0));
        assertEquals(65535, raw.getRaster().getSample(2, 0, 0));
        Properties scale = new Properties();
        try (var in = Files.newBufferedReader(dir.resolve(HeatmapExport.SCALE_FILE))) {
            scale.load(in);
        }
        assertEquals(-3.0, Double.parseDouble(scale.getProperty("raw_low")));
        assertEquals(5.0, Double.parseDouble(scale.getProperty("raw_full_scale")));
    }

    @Test
    void theOverlayIsBrighterWhereTheMapIsHot() throws Exception {
        HeatmapExport export = new HeatmapExport(dir, new MapThreshold(4, 1, "rule"));
        Raster gray = new Raster(2, 1, 1, new float[] {0.5f, 0.5f});
        Path overlay = export.write("a.png", gray, new AnomalyMap(2, 1, new double[] {1, 9}));
        BufferedImage image = ImageIO.read(overlay.toFile());
        assertTrue(luma(image.getRGB(1, 0)) > luma(image.getRGB(0, 0)) + 50);
    }

    @Test
    void anImagePathCannotLeaveTheHeatmapFolder() throws Exception {
        HeatmapExport export = new HeatmapExport(dir.resolve("maps"), new MapThreshold(4, 1, "rule"));
        Raster gray = new Raster(1, 1, 1, new float[1]);
        assertThrows(java.io.IOException.class,
                () -> export.write("../escape.png", gray, new AnomalyMap(1, 1, new double[1])));
    }

    @Test
    void imagesThatDifferOnlyInExtensionOrCaseNeverShareAPictureAndTheScaleFileSaysWhichIsWhich() throws Exception {
        HeatmapExport export = new HeatmapExport(dir, new MapThreshold(4, 1, "rule"));
        Raster gray = new Raster(2, 1, 1, new float[2]);
        AnomalyMap map = new AnomalyMap(2, 1, new double[] {1, 9});

        Path png = export.write("a.png", gray, map);
        Path tif = export.write("a.tif", gray, map);
        Path upper = export.write("A.png", gray, map);
        export.writeIndex();

        assertEquals(dir.resolve("a.png.overlay.png"), png);
        assertEquals(dir.resolve("a.tif.overlay.png"), tif);
        assertEquals(dir.resolve("A.png~2.overlay.png"), upper, "a case-insensitive disk would merge A and a");
        assertTrue(Files.isRegularFile(dir.resolve("a.tif.map.png")));
        Properties index = new Properties();
        try (var in = Files.newBufferedReader(dir.resolve(HeatmapExport.SCALE_FILE))) {
            index.load(in);
        }
        assertEquals("a.tif", index.getProperty("image.2"));
        assertEquals("a.tif.overlay.png", index.getProperty("overlay.2"));
        assertEquals("a.tif.map.png", index.getProperty("map.2"));
        assertEquals("A.png~2.overlay.png", index.getProperty("overlay.3"));
        assertEquals(4.0, Double.parseDouble(index.getProperty("map_threshold")));
    }

    private static int luma(int rgb) {
        return (((rgb >> 16) & 0xFF) * 299 + ((rgb >> 8) & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
    }
}
