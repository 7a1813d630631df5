package io.augtune.workflow;

import io.augtune.common.UnusableInputException;
import io.augtune.project.ProjectSettings;

/**
 * How a run looks at the images: whole, squashed to the working size (METHOD.md), or as patches of the working size
 * cut from the image at {@code patchScale} of its typical size (issue #8). Images are read at {@link #imageWidth()} x
 * {@link #imageHeight()}; the detector always gets {@code workingSize x workingSize}.
 *
 * @param workingSize the detector's input side
 * @param patches     the patch grid, or null for whole-image detection
 */
public record DetectionPlan(int workingSize, LocaliserSpec patches) {
    /** Beyond this, embedding every patch of every image would take longer than the tuning by far. */
    public static final int MAX_PATCHES_PER_IMAGE = 4096;

    /**
     * The plan of these settings for images of a typical size.
     *
     * @throws UnusableInputException when the images would give more than {@value #MAX_PATCHES_PER_IMAGE} patches
     */
    public static DetectionPlan of(ProjectSettings s, int typicalWidth, int typicalHeight)
            throws UnusableInputException {
        if (!s.patchDetection()) {
            return new DetectionPlan(s.workingSize(), null);
        }
        PatchGrid grid = PatchGrid.forImages(typicalWidth, typicalHeight, s.patchScale(), s.workingSize(),
                s.patchStride());
        if (grid.count() == 1) {
            // An image that holds one patch at this scale is the whole image: whole-image detection sees the same
            // pixels and its localiser gives a finer map than one patch score.
            return new DetectionPlan(s.workingSize(), null);
        }
        if (grid.count() > MAX_PATCHES_PER_IMAGE) {
            throw new UnusableInputException(String.format(java.util.Locale.ROOT, "images of %dx%d px at patch "
                    + "scale %s give %d patches each, more than %d: lower the patch scale or the patches per side "
                    + "step, or raise the working size", typicalWidth, typicalHeight, s.patchScale(), grid.count(),
                    MAX_PATCHES_PER_IMAGE));
        }
        return new DetectionPlan(s.workingSize(), LocaliserSpec.patchGrid(grid, s.patchScorer()));
    }

    public boolean patchLevel() {
        return patches != null;
    }

    /** Width the images are read at. */
    public int imageWidth() {
        return patches == null ? workingSize : patches.grid().width();
    }

    /** Height the images are read at. */
    public int imageHeight() {
        return patches == null ? workingSize : patches.grid().height();
    }
}
