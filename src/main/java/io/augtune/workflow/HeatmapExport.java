package io.augtune.workflow;

import io.augtune.common.AtomicFiles;
import io.augtune.imaging.PngWriter;
import io.augtune.common.Raster;
import io.augtune.imaging.Resizer;
import io.augtune.localise.MapFacts;
import io.augtune.scoring.AnomalyMap;
import io.augtune.scoring.HeatmapColouring;
import io.augtune.scoring.HeatmapImages;
import io.augtune.scoring.MapThreshold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes heatmap pictures of scored images into a folder, mirroring the images' relative paths. {@code <name>} is the
 * image's whole file name, extension included, so that {@code a.png} and {@code a.tif} never share a picture
 * ({@code a.png.overlay.png}, {@code a.tif.overlay.png}); two names that differ only in case (which a
 * case-insensitive disk would merge) get {@code ~2}, {@code ~3}, ... in listing order. {@value #SCALE_FILE} lists
 * which pictures belong to which image ({@code image.N}, {@code overlay.N}, {@code map.N}).
 * <ul>
 *   <li>{@code <name>.overlay.png}: the image with its map in colour at {@value HeatmapImages#DEFAULT_OPACITY}
 *       opacity, on the model's one fixed scale (floor darkest, map threshold mid-ramp, twice the distance
 *       saturated), never stretched per image;</li>
 *   <li>{@code <name>.map.png}: the raw map, 16-bit gray: level L stands for the map value
 *       {@code raw_low + L / 65535 · (raw_full_scale - raw_low)}, where {@code raw_low} is 0, or the colour floor
 *       when that is negative (a fused detector's maps count normal spreads and go below 0), and
 *       {@code raw_full_scale = 2 · map threshold - raw_low}, written with the threshold in {@value #SCALE_FILE}
 *       beside them (so the threshold is level 32768).</li>
 * </ul>
 * Both are at the original size; images above {@value MapFacts#MAX_MEASURE_PIXELS} pixels are written reduced by an
 * integer factor.
 */
public final class HeatmapExport {
    public static final String SCALE_FILE = "heatmaps.properties";
    private static final String OVERLAY = ".overlay.png";
    private static final String MAP = ".map.png";
    private final Path dir;
    private final MapThreshold threshold;
    private final HeatmapColouring colouring;
    /** Targets written so far, lower-cased: a case-insensitive disk must not merge two of them. */
    private final Set<String> taken = new HashSet<>();
    private final List<String[]> index = new ArrayList<>();

    public HeatmapExport(Path dir, MapThreshold threshold) throws IOException {
        this.dir = dir;
        this.threshold = threshold;
        this.colouring = new HeatmapColouring(threshold.scale(), io.augtune.scoring.ColourMap.inferno());
        Files.createDirectories(dir);
        writeScale();
    }

    /** The map value of the raw maps' level 0: 0, or the colour floor when that is negative. */
    public double rawLow() {
        return Math.min(0, threshold.floor());
    }

    /** The raw maps' full scale (the value of their top level): the map threshold is mid-range. */
    public double fullScale() {
        return 2 * threshold.value() - rawLow();
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
        String stem = uniqueStem(relativePath);
        Path overlay = target(stem + OVERLAY);
        Path raw = target(stem + MAP);
        PngWriter.writeRgb8(HeatmapImages.overlay(image, map, colouring, HeatmapImages.DEFAULT_OPACITY), overlay);
        PngWriter.writeGray16(HeatmapImages.raw(map, rawLow(), fullScale()), raw);
        index.add(new String[] {relativePath, stem + OVERLAY, stem + MAP});
        return overlay;
    }

    /** Rewrites {@value #SCALE_FILE} with the list of which pictures belong to which image; call once at the end. */
    public void writeIndex() throws IOException {
        writeScale();
    }

    /** The image's path with its extension, plus {@code ~N} if a picture of that name (in any case) was written. */
    private String uniqueStem(String relativePath) {
        String stem = relativePath;
        for (int n = 2; !taken.add((stem + OVERLAY).toLowerCase(Locale.ROOT)); n++) {
            stem = relativePath + "~" + n;
        }
        return stem;
    }

    private Path target(String name) throws IOException {
        Path file = dir.resolve(name).normalize();
        if (!file.startsWith(dir.normalize())) {
            throw new IOException("image path leaves the heatmap folder: " + name);
        }
        Files.createDirectories(file.getParent());
        return file;
    }

    private String indexLines() {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < index.size(); i++) {
            String[] entry = index.get(i);
            lines.append("image.").append(i + 1).append('=').append(escaped(entry[0])).append('\n')
                    .append("overlay.").append(i + 1).append('=').append(escaped(entry[1])).append('\n')
                    .append("map.").append(i + 1).append('=').append(escaped(entry[2])).append('\n');
        }
        return lines.toString();
    }

    /** A value as java.util.Properties reads it back (the file is UTF-8, read with a Reader). */
    private static String escaped(String value) {
        String escaped = value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
        return escaped.startsWith(" ") ? "\\" + escaped : escaped;
    }

    private void writeScale() throws IOException {
        String text = String.format(Locale.ROOT, "# Pictures of image NAME (extension included): NAME.overlay.png "
                + "and NAME.map.png; image.N, overlay.N and map.N below say which is which%n"
                + "# Raw maps (*.map.png, 16-bit gray): value = raw_low + level / 65535 * (raw_full_scale - raw_low)%n"
                + "# Overlays: colour floor at colour_floor, map threshold mid-ramp, saturated from 2 * threshold - floor%n"
                + "map_threshold=%s%ncolour_floor=%s%nraw_low=%s%nraw_full_scale=%s%nrule=%s%n",
                Double.toString(threshold.value()), Double.toString(threshold.floor()), Double.toString(rawLow()),
                Double.toString(fullScale()),
                threshold.rule()) + indexLines();
        AtomicFiles.write(dir.resolve(SCALE_FILE), text.getBytes(StandardCharsets.UTF_8));
    }
}
