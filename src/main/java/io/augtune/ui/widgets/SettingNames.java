package io.augtune.ui.widgets;

import io.augtune.project.ProjectSettings;

import java.util.Map;

/**
 * The words the app shows for setting values, e.g. "Scratch or crack (thin line)" for the family {@code line}: the
 * settings form offers them and the tuning and results screens name the families tried with the same words.
 */
public final class SettingNames {
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry(ProjectSettings.BACKBONE_SCRATCH, "Learned from the images"),
            Map.entry(ProjectSettings.BACKBONE_PRETRAINED, "Pretrained MobileNetV2 + learned"),
            Map.entry(ProjectSettings.FAMILY_AUTO, "Automatic: try each, keep the best (recommended)"),
            Map.entry(ProjectSettings.FAMILY_CUTDIFF, "Dark spot (CutDiff)"),
            Map.entry(ProjectSettings.FAMILY_ROTATION, "Turned part (rotation)"),
            Map.entry(ProjectSettings.FAMILY_LINE, "Scratch or crack (thin line)"),
            Map.entry(ProjectSettings.FAMILY_CUTPASTE, "Misplaced piece (CutPaste)"),
            Map.entry(ProjectSettings.FAMILY_STAIN, "Stain or uneven spot"),
            Map.entry(ProjectSettings.FAMILY_SHADING, "Uneven shading (whole part)"),
            Map.entry(ProjectSettings.LOSS_MEAN_DISTANCE, "Mean distance (the original method)"),
            Map.entry(ProjectSettings.LOSS_SINKHORN, "Sinkhorn (Wasserstein)"),
            Map.entry(ProjectSettings.LOSS_UNEXPLAINED_DISTANCE, "Unexplained distance"),
            Map.entry(ProjectSettings.LOSS_UNEXPLAINED_NEAREST, "Nearest neighbours (unexplained)"),
            Map.entry(ProjectSettings.DETECTION_IMAGE, "Whole image (large defects)"),
            Map.entry(ProjectSettings.DETECTION_PATCHES, "Patches (small defects)"),
            Map.entry(ProjectSettings.DETECTION_FROZEN, "Pretrained patches (no training)"),
            Map.entry(ProjectSettings.DETECTION_FUSED, "Combined (recommended)"),
            Map.entry(ProjectSettings.SCORER_KNN, "Nearest normal patch"),
            Map.entry(ProjectSettings.SCORER_GAUSSIAN, "Gaussian of normal patches"));

    private SettingNames() {
    }

    /** The words for a setting's value; the value itself if it has none. */
    public static String of(String name) {
        return NAMES.getOrDefault(name, name);
    }
}
