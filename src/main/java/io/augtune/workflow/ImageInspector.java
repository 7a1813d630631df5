package io.augtune.workflow;

import io.augtune.common.CancellationToken;
import io.augtune.common.ProgressListener;
import io.augtune.common.UnusableInputException;
import io.augtune.imaging.ChannelMode;
import io.augtune.imaging.DecodedImage;
import io.augtune.imaging.FolderLoader;
import io.augtune.imaging.FolderScan;
import io.augtune.imaging.ImageDecodeException;
import io.augtune.imaging.ImageDecoder;
import io.augtune.imaging.ImageFolder;
import io.augtune.imaging.ImageInfo;
import io.augtune.imaging.LoadedImage;
import io.augtune.common.Raster;
import io.augtune.imaging.Thumbnails;
import io.augtune.model.ScoringModel;
import io.augtune.scoring.AnomalyMap;
import io.augtune.scoring.HeatmapScale;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What an engineer looks at for one scored image: the image, its anomaly map on the model's fixed colour scale, and
 * the normal image the detector finds most similar (to see what "good" looks like next to it). Loads the model once;
 * the normal images' embeddings are computed on the first request for a nearest image and kept.
 *
 * <p>Thread-safe: calls are serialised, so a UI may inspect from a background thread and close from another.
 */
public final class ImageInspector implements AutoCloseable {
    private final ScoringModel model;
    private final Path normalFolder;
    private final boolean recursive;
    private final ImageDecoder decoder = new ImageDecoder();
    private List<ImageInfo> normals;
    private double[][] normalEmbeddings;
    private String normalsProblem;
    private boolean closed;

    /**
     * @param image       the image scaled for display
     * @param map         its anomaly map at the display size, or null when the model has no localiser
     * @param scale       the colour scale of every map of the model (floor darkest, threshold mid-ramp), or null
     * @param nearest     the most similar normal image, or null when the normal folder cannot be read
     */
    public record Inspection(Raster image, AnomalyMap map, HeatmapScale scale, Nearest nearest) {
        /** The map coloured on the model's scale, ready to draw; null when the model has no localiser. */
        public Heatmap heatmap() {
            return map == null ? null : Heatmap.of(map, scale);
        }
    }

    /**
     * @param relativePath the normal image, relative to the normal folder, '/' separators
     * @param image        scaled for display
     * @param distance     Euclidean distance of the two L2-normalised embeddings (0 = same, 2 = opposite)
     */
    public record Nearest(String relativePath, Raster image, double distance) {
    }

    private ImageInspector(ScoringModel model, Path normalFolder, boolean recursive) {
        this.model = model;
        this.normalFolder = normalFolder;
        this.recursive = recursive;
    }

    /**
     * @param modelDir     a saved model ({@link ScoringModel#load})
     * @param normalFolder the project's normal images, searched for the nearest one; may be null
     */
    public static ImageInspector open(Path modelDir, Path normalFolder, boolean recursive) throws IOException {
        return new ImageInspector(ScoringModel.load(modelDir), normalFolder, recursive);
    }

    /**
     * @param file        the image to inspect
     * @param displaySide longest side of the returned rasters in pixels
     * @throws ImageDecodeException naming the file when it cannot be read
     */
    public synchronized Inspection inspect(Path file, int displaySide, CancellationToken cancel)
            throws ImageDecodeException {
        if (closed) {
            throw new IllegalStateException("the inspector is closed");
        }
        DecodedImage decoded = decoder.decode(file);
        cancel.checkpoint();
        Raster original = decoded.raster();
        Raster shown = Thumbnails.fit(original, displaySide);
        AnomalyMap map = null;
        HeatmapScale scale = null;
        if (model.hasLocaliser()) {
            map = model.mapOf(original, shown.width(), shown.height(), cancel);
            scale = model.info().mapThreshold().scale();
        }
        cancel.checkpoint();
        return new Inspection(shown, map, scale, nearest(original, displaySide, cancel));
    }

    private Nearest nearest(Raster original, int displaySide, CancellationToken cancel) {
        if (!loadNormals()) {
            return null;
        }
        double[] z = model.descriptors(List.of(original), cancel)[0];
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < normalEmbeddings.length; i++) {
            double d = distance(z, normalEmbeddings[i]);
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        ImageInfo image = normals.get(best);
        try {
            Raster full = decoder.decode(image.path()).raster();
            normalsProblem = null;
            return new Nearest(image.relativePath(), Thumbnails.fit(full, displaySide), bestDistance);
        } catch (ImageDecodeException e) {
            normalsProblem = e.getMessage(); // changed on disk since it was embedded: show none, not a wrong one
            return null;
        }
    }

    /** Why no nearest normal image was shown last, naming the folder or file and the reason; null if one was. */
    public synchronized String normalsProblem() {
        return normalsProblem;
    }

    /**
     * Embeds the normal folder once; false if it cannot be read (moved, deleted), which is not an error here. Not
     * cancellable on purpose: a user moving quickly through the ranking would otherwise restart it on every row.
     */
    private boolean loadNormals() {
        if (normals != null) {
            return true;
        }
        if (normalFolder == null) {
            normalsProblem = "the project has no normal folder";
            return false;
        }
        if (normalsProblem != null) {
            return false;
        }
        try {
            int size = model.info().workingSize();
            int width = model.describesPatches() ? model.mapInputWidth() : size;
            int height = model.describesPatches() ? model.mapInputHeight() : size;
            ChannelMode mode = model.info().channels() == 1 ? ChannelMode.GRAY : ChannelMode.RGB;
            FolderScan scan = new FolderLoader(decoder).loadAtResolution(ImageFolder.list(normalFolder, recursive),
                    width, height, mode, CancellationToken.none(), ProgressListener.NONE);
            normalEmbeddings = model.descriptors(scan.images().stream().map(LoadedImage::raster).toList(),
                    CancellationToken.none());
            normals = scan.images().stream().map(LoadedImage::info).toList();
            return true;
        } catch (UnusableInputException e) {
            normalsProblem = "the normal folder " + normalFolder + " cannot be read: " + e.getMessage();
            return false;
        }
    }

    private static double distance(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            sum += d * d;
        }
        return Math.sqrt(sum);
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            model.close();
        }
    }
}
