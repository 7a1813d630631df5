package io.augtune.cli;

import io.augtune.project.ProjectSettings;
import io.augtune.workflow.TuningChoices;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.util.List;

/** The tuning settings shared by {@code tune} and {@code evaluate}; unset options keep the project defaults. */
final class SettingsOptions {
    @Option(names = "--family", paramLabel = "NAME", description = "Augmentation family, the kind of synthetic "
            + "defect: cutdiff (dark spot, default), rotation (turned part), line (scratch or crack), cutpaste "
            + "(misplaced piece of the surface), stain (stain or uneven spot) or shading (uneven brightness across "
            + "the part).")
    String family;

    @Option(names = "--size", paramLabel = "N", description = "Working resolution N x N in pixels, "
            + ProjectSettings.MIN_WORKING_SIZE + ".." + ProjectSettings.MAX_WORKING_SIZE + " (default 64); frozen "
            + "detection: the images' shorter side, a multiple of 16 (default " + ProjectSettings.FROZEN_WORKING_SIZE
            + ").")
    Integer size;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of every random choice (default 42).")
    Long seed;

    @Option(names = "--budget-seconds", paramLabel = "N",
            description = "Training budget, 1.." + ProjectSettings.MAX_BUDGET_SECONDS + ": as many training steps "
                    + "as take N seconds on the reference 2-core machine, so results do not depend on the machine's "
                    + "speed; reading, fitting and scoring come on top, and a run is stopped at twice N of tuning "
                    + "(default 90).")
    Integer budgetSeconds;

    @Option(names = "--starts", paramLabel = "N", description = "Initial hyperparameter values tried, 1.."
            + ProjectSettings.MAX_STARTS + " (default 3).")
    Integer starts;

    @Option(names = "--loss", paramLabel = "NAME", description = "Validation loss: unexplained-distance (default), "
            + "mean-distance (the original method), sinkhorn or unexplained-nearest.")
    String loss;

    @Option(names = "--variant", paramLabel = "NAME", description = "default, or plain: the method exactly as "
            + "the original method has it (mean-distance loss unless --loss says otherwise), for comparisons.")
    String variant;

    @Option(names = "--detection", paramLabel = "MODE", description = "fused (default): patch detection, "
            + "pretrained features and a global brightness term in one score, each counted in spreads of held-back "
            + "normal images; patches: patches of the working size cut from the image at --patch-scale of its size, "
            + "which finds small defects; frozen: pretrained MobileNetV2 features of every 8-pixel cell against a "
            + "memory bank of normal cells, no training; image: the whole image squashed to the working size (as "
            + "the original method).")
    String detection;

    @Option(names = "--patch-scale", paramLabel = "F", description = "Patch detection: the image is cut at this "
            + "fraction of its size, in (0, 1] (default 0.5).")
    Double patchScale;

    @Option(names = "--patch-strides", paramLabel = "N", description = "Patch detection: patches start every "
            + "working size / N pixels, N in 1..4 (default 2: half overlapping).")
    Integer patchStrides;

    @Option(names = "--patch-scorer", paramLabel = "NAME", description = "Patch detection: knn (distance to the "
            + "nearest normal patch, default) or gaussian (Mahalanobis distance).")
    String patchScorer;

    @Option(names = "--backbone", paramLabel = "NAME", description = "scratch: the detector learns every layer "
            + "(default); mobilenetv2: its layers sit on frozen ImageNet-pretrained MobileNetV2 blocks.")
    String backbone;

    @Option(names = {"-r", "--recursive"}, description = "Include sub-folders of the image folders.")
    boolean recursive;

    /** The settings, or a usage error (exit 2) naming the option that is wrong. */
    ProjectSettings toSettings(CommandLine commandLine) {
        return toSettings(commandLine, ProjectSettings.builder().build());
    }

    /** {@code base} with the options given on the command line in place of its values. */
    ProjectSettings toSettings(CommandLine commandLine, ProjectSettings base) {
        if (family != null && !TuningChoices.augmentationFamilies().contains(family)) {
            throw new CommandLine.ParameterException(commandLine, "--family must be one of "
                    + TuningChoices.augmentationFamilies() + ": " + family);
        }
        if (loss != null && !TuningChoices.validationLosses().contains(loss)) {
            throw new CommandLine.ParameterException(commandLine, "--loss must be one of "
                    + TuningChoices.validationLosses() + ": " + loss);
        }
        if (variant != null && !List.of(ProjectSettings.DEFAULT_VARIANT, ProjectSettings.PLAIN_VARIANT)
                .contains(variant)) {
            throw new CommandLine.ParameterException(commandLine, "--variant must be default or plain: " + variant);
        }
        try {
            return build(base);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, e.getMessage());
        }
    }

    private ProjectSettings build(ProjectSettings base) {
        ProjectSettings.Builder b = base.toBuilder();
        if (family != null) {
            b.family(family);
        }
        if (size != null) {
            b.workingSize(size);
        }
        if (seed != null) {
            b.seed(seed);
        }
        if (budgetSeconds != null) {
            b.budgetSeconds(budgetSeconds);
        }
        if (starts != null) {
            b.starts(starts);
        }
        if (loss != null) {
            b.validationLoss(loss);
        }
        if (detection != null) {
            b.detection(detection);
            if (detection.equals(ProjectSettings.DETECTION_FROZEN) && size == null) {
                // frozen features need the image's detail, not the trained detector's 64 pixels
                b.workingSize(ProjectSettings.FROZEN_WORKING_SIZE);
            }
        }
        if (patchScale != null) {
            b.patchScale(patchScale);
        }
        if (patchStrides != null) {
            b.patchStrides(patchStrides);
        }
        if (patchScorer != null) {
            b.patchScorer(patchScorer);
        }
        if (backbone != null) {
            b.backbone(backbone);
        }
        if (variant != null) {
            b.variant(variant);
            if (variant.equals(ProjectSettings.PLAIN_VARIANT) && loss == null) {
                b.validationLoss(ProjectSettings.LOSS_MEAN_DISTANCE);
            }
        }
        return b.build();
    }
}
