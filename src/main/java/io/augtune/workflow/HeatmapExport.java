package io.augtune.workflow;

import io.augtune.common.AtomicFiles;
import io.augtune.imaging.PngWriter;
import io.augtune.imaging.Raster;
import io.augtune.imaging.Resizer;
import io.augtune.scoring.AnomalyMap;
import io.augtune.scoring.HeatmapColouring;
import io.augtune.scoring.HeatmapImages;
import io.augtune.scoring.MapThreshold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes heatmap pictures of scored images into a folder, mirroring the images' relative paths:
 * <ul>
 *   <li>{@code <name>.overlay.png}: the image with its map in colour at {@value HeatmapImages#DEFAULT_OPACITY}
 *       opacity, on the model's one fixed scale (floor darkest, map threshold mid-ramp, twice the distance
 *       saturated), never stretched per image;</li>
 *   <li>{@code <name>.map.png}: the raw map, 16-bit gray: level L stands for the map value
 *       {@code L / 65535 · full_scale}, where {@code full_scale = 2 · map threshold}, written with the threshold
 *       in {@value #SCALE_FILE} beside them (so the threshold is level 32768).</li>
 * </ul>
 * Both are at the original size; images above {@value MapFacts#MAX_MEASURE_PIXELS} pixels are written reduced by an
 * integer factor.
 */
public final class HeatmapExport {
    public static final String SCALE_FILE = "heatmaps.properties";
    private final Path dir;
    private final MapThreshold threshold;
    private final HeatmapColouring colouring;

    public HeatmapExport(Path dir, MapThreshold threshold) throws IOException {
        this.dir = dir;
        this.threshold = threshold;
        this.colouring = new HeatmapColouring(threshold.scale(), io.augtune.scoring.ColourMap.inferno());
        Files.createDirectories(dir);
        writeScale();
    }

    /** The raw maps' full scale: twice the map threshold, in map units. */
    public double fullScale() {
        return 2 * threshold.value();
    }

    /**
     * @param relativePath the image's path in its folder, '/' separated
     * @param original     the image at its original size
     * @param coarse       its coarse map (resampled here)
     * @return the overlay's path
     */
    public Path write(String relativePath, Raster original, AnomalyMap coarse) throws IOException {
        int factor = MapFacts.reduction(original.width(), original.height());
        Raster image = factor == 1 ? original : Resizer.resize(original, original.width() / factor,
                original.height() / factor);
        AnomalyMap map = coarse.resized(image.width(), image.height());
        Path overlay = target(relativePath, ".overlay.png");
        PngWriter.writeRgb8(HeatmapImages.overlay(image, map, colouring, HeatmapImages.DEFAULT_OPACITY), overlay);
        PngWriter.writeGray16(HeatmapImages.raw(map, fullScale()), target(relativePath, ".map.png"));
        return overlay;
    }

    private Path target(String relativePath, String suffix) throws IOException {
        int dot = relativePath.lastIndexOf('.');
        String stem = dot > relativePath.lastIndexOf('/') ? relativePath.substring(0, dot) : relativePath;
        Path file = dir.resolve(stem + suffix).normalize();
        if (!file.startsWith(dir.normalize())) {
            throw new IOException("image path leaves the heatmap folder: " + relativePath);
        }
        Files.createDirectories(file.getParent());
        return file;
    }

    private void writeScale() throws IOException {
        String text = String.format(Locale.ROOT, "# Raw maps (*.map.png, 16-bit gray): value = level / 65535 * "
                + "raw_full_scale%n# Overlays: colour floor at colour_floor, map threshold mid-ramp, saturated from "
                + "2 * threshold - floor%nmap_threshold=%s%ncolour_floor=%s%nraw_full_scale=%s%nrule=%s%n",
                Double.toString(threshold.value()), Double.toString(threshold.floor()), Double.toString(fullScale()),
                threshold.rule());
        AtomicFiles.write(dir.resolve(SCALE_FILE), text.getBytes(StandardCharsets.UTF_8));
    }
}
