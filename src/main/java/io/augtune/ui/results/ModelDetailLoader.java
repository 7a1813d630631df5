package io.augtune.ui.results;

import io.augtune.common.CancellationToken;
import io.augtune.project.ScoredImage;
import io.augtune.workflow.Heatmap;
import io.augtune.workflow.ImageInspector;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Shows the selected image with its heatmap and nearest normal image from a {@link ModelInspection} (owned and
 * closed by the workbench). If the model cannot be opened the image is still shown, as {@link DiskDetailLoader}
 * would, with the reason instead of a map.
 */
public final class ModelDetailLoader implements DetailLoader {
    private final Path imageFolder;
    private final ModelInspection inspection;
    private final DiskDetailLoader plain;

    /** @param imageFolder the folder the ranked images are in */
    public ModelDetailLoader(Path imageFolder, ModelInspection inspection) {
        this.imageFolder = Objects.requireNonNull(imageFolder, "imageFolder");
        this.inspection = Objects.requireNonNull(inspection, "inspection");
        this.plain = new DiskDetailLoader(imageFolder);
    }

    @Override
    public ImageDetail load(ScoredImage image, CancellationToken token) throws Exception {
        ImageInspector inspector = inspection.inspector();
        if (inspector == null) {
            return plain.load(image, token).withNote("No heatmap: " + inspection.failure() + ".");
        }
        ImageInspector.Inspection seen = inspector.inspect(imageFolder.resolve(image.relativePath()),
                DiskDetailLoader.DISPLAY_SIDE, token);
        Heatmap heatmap = seen.heatmap();
        String note = "";
        if (heatmap == null) {
            note = "No heatmap: this model was saved without a localiser (tune again to get heatmaps). ";
        }
        ImageDetail.NearestNormal nearest = null;
        if (seen.nearest() != null) {
            nearest = new ImageDetail.NearestNormal(seen.nearest().relativePath(), seen.nearest().image());
        } else {
            note += "No nearest normal image: " + inspector.normalsProblem() + ".";
        }
        return new ImageDetail(image.relativePath(), seen.image(), heatmap, nearest).withNote(note.strip());
    }
}
