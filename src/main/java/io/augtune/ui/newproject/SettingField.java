package io.augtune.ui.newproject;

import io.augtune.project.ProjectSettings;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Function;

/** A numeric field of the settings form: its label, unit, allowed range and how it reads from the settings. */
public enum SettingField {
    WORKING_SIZE("Working size", "px", ProjectSettings.MIN_WORKING_SIZE, ProjectSettings.MAX_WORKING_SIZE, true,
            s -> s.workingSize(), "Images are resized to N×N for training; small is fast on a CPU. Pretrained "
                    + "patches: the images' shorter side, their proportions kept."),
    BUDGET_SECONDS("Training budget", "s (reference)", 1, ProjectSettings.MAX_BUDGET_SECONDS, true, s -> s.budgetSeconds(),
            "Sets how many training steps the tuning makes: as many as take this long on the reference 2-core "
                    + "machine, so the same value gives the same result on any machine. Not a wall-clock limit: "
                    + "a slower or busier machine takes longer, and reading, fitting and scoring the images come "
                    + "on top. The live view shows the time left."),
    SEED("Seed", "", Long.MIN_VALUE, Long.MAX_VALUE, true, s -> s.seed(),
            "The same seed and images give the same result."),
    STARTS("Starts", "", 1, ProjectSettings.MAX_STARTS, true, s -> s.starts(),
            "Initial augmentation values tried; the run with the lowest validation loss is kept."),
    WARMUP_STEPS("Warm-up steps", "", 0, ProjectSettings.MAX_WARMUP_STEPS, true, s -> s.warmupSteps(),
            "Detector steps before the first augmentation step."),
    DETECTOR_STEPS("Detector steps per round", "", 1, ProjectSettings.MAX_DETECTOR_STEPS_PER_HYPER_STEP, true,
            s -> s.detectorStepsPerHyperStep(),
            "Detector steps between two augmentation (tuning) steps."),
    HYPER_LEARNING_RATE("Tuning learning rate", "", 1e-6, ProjectSettings.MAX_HYPER_LEARNING_RATE, false,
            s -> s.hyperLearningRate(),
            "Adam step size on the augmentation hyperparameters."),
    BATCH_SIZE("Batch size", "", 2, ProjectSettings.MAX_BATCH_SIZE, true, s -> s.batchSize(),
            "Normal images per detector step (as many augmented ones are added)."),
    THRESHOLD_PERCENTILE("Threshold percentile", "%", 50, 100, false, s -> s.thresholdPercentile(),
            "Percentile of held-back normal scores proposed as the fail threshold."),
    HOLDOUT_PERCENT("Normals held back", "%", 0, 90, false, s -> s.holdoutFraction() * 100,
            "Share of normal images kept out of training to propose the threshold."),
    PATCH_SCALE_PERCENT("Patch image scale", "%", 1, 100, false, s -> s.patchScale() * 100,
            "Patch detection: the image is cut into patches at this share of its size."),
    PATCH_STRIDES("Patches per side step", "", 1, ProjectSettings.MAX_PATCH_STRIDES, true, s -> s.patchStrides(),
            "Patch detection: a new patch every working size / N pixels (2 = half overlapping).");

    private final String label;
    private final String unit;
    private final double min;
    private final double max;
    private final boolean integer;
    private final Function<ProjectSettings, Number> read;
    private final String help;

    SettingField(String label, String unit, double min, double max, boolean integer,
                 Function<ProjectSettings, Number> read, String help) {
        this.label = label;
        this.unit = unit;
        this.min = min;
        this.max = max;
        this.integer = integer;
        this.read = read;
        this.help = help;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    public String help() {
        return help;
    }

    /** The field's text for these settings. */
    String textOf(ProjectSettings settings) {
        Number value = read.apply(settings);
        if (integer) {
            return Long.toString(value.longValue());
        }
        return new BigDecimal(Double.toString(value.doubleValue())).stripTrailingZeros().toPlainString();
    }

    /** What is wrong with the text, or null when it is a valid value. */
    public String problem(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            return label + " is required";
        }
        double value;
        try {
            value = integer ? Long.parseLong(trimmed) : Double.parseDouble(trimmed);
        } catch (NumberFormatException e) {
            return label + " must be " + (integer ? "a whole number" : "a number");
        }
        if (!Double.isFinite(value) || value < min || value > max) {
            return label + " must be between " + format(min) + " and " + format(max);
        }
        return null;
    }

    long longValue(String text) {
        return Long.parseLong(text.trim());
    }

    double doubleValue(String text) {
        return Double.parseDouble(text.trim());
    }

    private String format(double value) {
        if (this == SEED) {
            return value < 0 ? "-2^63" : "2^63-1";
        }
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%,d", (long) value) : Double.toString(value);
    }
}
