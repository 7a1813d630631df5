package io.augtune.ui.results;

import io.augtune.common.CancellationToken;
import io.augtune.project.ScoredImage;
import io.augtune.scoring.AnomalyMap;
import io.augtune.workflow.ImageInspector;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Shows the selected image with its heatmap and nearest normal image, using the project's tuned model. The model is
 * loaded on the first selection (on the background thread), kept for the next ones and released on {@link #close()}.
 * If the model cannot be loaded the image is still shown, as {@link DiskDetailLoader} would, and the error is kept
 * so the pane can say why there is no heatmap.
 */
public final class ModelDetailLoader implements DetailLoader {
    private final Path imageFolder;
    private final Path modelDir;
    private final Path normalFolder;
    private final boolean recursive;
    private final DiskDetailLoader plain;
    private ImageInspector inspector;
    private boolean failed;
    private boolean closed;

    /**
     * @param imageFolder  the folder the ranked images are in
     * @param modelDir     the tuned model
     * @param normalFolder the project's normal images, searched for the nearest one
     */
    public ModelDetailLoader(Path imageFolder, Path modelDir, Path normalFolder, boolean recursive) {
        this.imageFolder = Objects.requireNonNull(imageFolder, "imageFolder");
        this.modelDir = Objects.requireNonNull(modelDir, "modelDir");
        this.normalFolder = normalFolder;
        this.recursive = recursive;
        this.plain = new DiskDetailLoader(imageFolder);
    }

    @Override
    public ImageDetail load(ScoredImage image, CancellationToken token) throws Exception {
        ImageInspector model = inspector();
        if (model == null) {
            return plain.load(image, token);
        }
        ImageInspector.Inspection seen = model.inspect(imageFolder.resolve(image.relativePath()),
                DiskDetailLoader.DISPLAY_SIDE, token);
        ImageDetail.Heatmap heatmap = null;
        if (seen.map() != null) {
            AnomalyMap map = seen.map();
            heatmap = new ImageDetail.Heatmap(map.values(), map.width(), map.height(), seen.scale().floor(),
                    seen.scale().threshold());
        }
        ImageDetail.NearestNormal nearest = seen.nearest() == null ? null
                : new ImageDetail.NearestNormal(seen.nearest().relativePath(), seen.nearest().image());
        return new ImageDetail(image.relativePath(), seen.image(), heatmap, nearest);
    }

    private synchronized ImageInspector inspector() {
        if (closed || failed) {
            return null;
        }
        if (inspector == null) {
            try {
                inspector = ImageInspector.open(modelDir, normalFolder, recursive);
            } catch (IOException | RuntimeException e) {
                failed = true; // the image is still worth showing; the pane explains the missing heatmap
                return null;
            }
        }
        return inspector;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (inspector != null) {
            inspector.close();
            inspector = null;
        }
    }
}
