package io.augtune.localise;

import io.augtune.common.UnusableInputException;
import io.augtune.project.ProjectSettings;

/**
 * How a run looks at the images: whole, squashed to the working size, as patches of the working size
 * cut from the image at {@code patchScale} of its typical size (issue #8), or whole at their own proportions for
 * frozen-feature detection (issue #14). Images are read at {@link #imageWidth()} x {@link #imageHeight()}; a trained
 * detector always gets {@code workingSize x workingSize}.
 *
 * <p>Fused detection (issue #14) trains as patch (or, for small images, whole-image) detection does and also reads
 * frozen features at {@link FrozenSize}: images are read at the larger of both sizes, each part takes its own.
 *
 * @param workingSize the detector's input side; the shorter image side of frozen detection
 * @param patches     the patch grid, or null for whole-image and frozen detection
 * @param frozen      the image size of frozen (or fused) detection, else null
 * @param fused       whether the trained detector and frozen features are fused
 */
public record DetectionPlan(int workingSize, LocaliserSpec patches, FrozenSize frozen, boolean fused) {
    /**
     * The size images are read at for frozen detection: the typical image's proportions, its shorter side at the
     * working size, both sides rounded to multiples of {@value #FROZEN_STEP} so both feature layers fit exactly.
     */
    public record FrozenSize(int width, int height) {
        static FrozenSize of(int typicalWidth, int typicalHeight, int shorterSide) {
            double scale = (double) shorterSide / Math.min(typicalWidth, typicalHeight);
            return new FrozenSize(step(typicalWidth * scale), step(typicalHeight * scale));
        }

        private static int step(double side) {
            return (int) Math.max(FROZEN_STEP, Math.round(side / FROZEN_STEP) * FROZEN_STEP);
        }
    }

    /** Sides of frozen detection are multiples of this (the deeper feature layer's stride). */
    public static final int FROZEN_STEP = 16;

    /** Beyond this, embedding every patch of every image would take longer than the tuning by far. */
    public static final int MAX_PATCHES_PER_IMAGE = 4096;

    /**
     * The plan of these settings for images of a typical size.
     *
     * @throws UnusableInputException when the images would give more than {@value #MAX_PATCHES_PER_IMAGE} patches
     */
    public static DetectionPlan of(ProjectSettings s, int typicalWidth, int typicalHeight)
            throws UnusableInputException {
        if (s.frozenDetection()) {
            return new DetectionPlan(s.workingSize(), null, FrozenSize.of(typicalWidth, typicalHeight,
                    s.workingSize()), false);
        }
        FrozenSize fusedFrozen = s.fusedDetection() ? FrozenSize.of(typicalWidth, typicalHeight,
                ProjectSettings.FROZEN_WORKING_SIZE) : null;
        if (!s.patchDetection()) {
            return new DetectionPlan(s.workingSize(), null, null, false);
        }
        PatchGrid grid = PatchGrid.forImages(typicalWidth, typicalHeight, s.patchScale(), s.workingSize(),
                s.patchStride());
        if (grid.count() == 1) {
            // An image that holds one patch at this scale is the whole image: whole-image detection sees the same
            // pixels and its localiser gives a finer map than one patch score.
            return new DetectionPlan(s.workingSize(), null, fusedFrozen, fusedFrozen != null);
        }
        if (grid.count() > MAX_PATCHES_PER_IMAGE) {
            throw new UnusableInputException(String.format(java.util.Locale.ROOT, "images of %dx%d px at patch "
                    + "scale %s give %d patches each, more than %d: lower the patch scale or the patches per side "
                    + "step, or raise the working size", typicalWidth, typicalHeight, s.patchScale(), grid.count(),
                    MAX_PATCHES_PER_IMAGE));
        }
        return new DetectionPlan(s.workingSize(), LocaliserSpec.patchGrid(grid, s.patchScorer()), fusedFrozen,
                fusedFrozen != null);
    }

    public boolean patchLevel() {
        return patches != null;
    }

    /** Whether images are scored by frozen pretrained features alone, with no detector trained. */
    public boolean frozenLevel() {
        return frozen != null && !fused;
    }

    /** Width the images are read at for the trained detector (its patch grid, or the working size). */
    public int trainedWidth() {
        return patches == null ? workingSize : patches.grid().width();
    }

    /** Height the images are read at for the trained detector. */
    public int trainedHeight() {
        return patches == null ? workingSize : patches.grid().height();
    }

    /** Width the images are read at: the frozen size, the trained size, or the larger of both when fused. */
    public int imageWidth() {
        return frozen == null ? trainedWidth() : fused ? Math.max(frozen.width(), trainedWidth()) : frozen.width();
    }

    /** Height the images are read at. */
    public int imageHeight() {
        return frozen == null ? trainedHeight() : fused ? Math.max(frozen.height(), trainedHeight())
                : frozen.height();
    }
}
