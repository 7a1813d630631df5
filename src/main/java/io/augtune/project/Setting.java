package io.augtune.project;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Every tuning setting of a project, described once: the settings form, the command line's options and their help,
 * and the validation of {@link ProjectSettings} are all made from this list, so they cannot disagree. Adding a
 * setting means what the record itself needs (a component, its default, its slot in the builder's
 * {@code build()} and in the project file's DTO) plus one entry here and one check line in the compact
 * constructor; SettingsListTest fails until each of those is there. The form and the command line pick the new
 * entry up by themselves.
 *
 * <p>Policy where the three earlier copies disagreed: a setting has one range, the record's, and the form and the
 * command line accept exactly that range. The record's range is the widest of the old copies, so every project
 * file written so far still opens, and a project made on the command line can be edited in the form unchanged.
 *
 * <p>The order of the entries is the order of the form: everyday settings first, choices before numbers.
 */
public enum Setting {
    FAMILY("family", "--family", "Augmentation", "", Tier.BASIC, Shape.name(List.of()), ProjectSettings::family,
            "The kind of synthetic defect tuning learns from. auto (the default): one short trial of each kind, "
                    + "and the one whose detector best tells the production images from held-back normal images "
                    + "is tuned; or one kind: cutdiff (dark spot), rotation (turned part), line "
                    + "(scratch or crack), cutpaste (misplaced piece of the surface), stain (stain or uneven spot) "
                    + "or shading (uneven brightness across the part)."),
    DETECTION("detection", "--detection", "Detection", "", Tier.BASIC, Shape.choice(ProjectSettings.DETECTIONS),
            ProjectSettings::detection, "How images are looked at. fused: patch detection, pretrained features and "
                    + "a global brightness term in one score, each counted in spreads of held-back normal images; "
                    + "patches: patches of the working size cut from the image at the patch scale, which finds "
                    + "small defects; frozen: pretrained features (see Pretrained features) of every 8-pixel cell "
                    + "against a memory bank of normal cells, no training; image: the whole image squashed to the "
                    + "working size (as the original method)."),
    BACKBONE("backbone", "--backbone", "Features", "", Tier.BASIC,
            Shape.choice(List.of(ProjectSettings.BACKBONE_SCRATCH, ProjectSettings.BACKBONE_PRETRAINED)),
            ProjectSettings::backbone, "scratch: the detector learns every layer; mobilenetv2: its layers sit on "
                    + "frozen ImageNet-pretrained MobileNetV2 blocks (the working size must be a multiple of 16)."),
    WORKING_SIZE("workingSize", "--size", "Working size", "px", Tier.BASIC,
            Shape.whole(ProjectSettings.MIN_WORKING_SIZE, ProjectSettings.MAX_WORKING_SIZE),
            ProjectSettings::workingSize, "Images are resized to N x N for training; small is fast on a CPU. "
                    + "Frozen detection: the images' shorter side, their proportions kept, a multiple of 16 "
                    + "(choosing frozen detection makes the default " + ProjectSettings.FROZEN_WORKING_SIZE + ")."),
    BUDGET_SECONDS("budgetSeconds", "--budget-seconds", "Training budget", "s (reference)", Tier.BASIC,
            Shape.whole(1, ProjectSettings.MAX_BUDGET_SECONDS), ProjectSettings::budgetSeconds,
            "Sets how many training steps the tuning makes: as many as take this long on the reference 2-core "
                    + "machine, so the same value gives the same result on any machine. Not a wall-clock limit: "
                    + "reading, fitting and scoring the images come on top, and a run is stopped at twice the "
                    + "budget of tuning. Augmentation auto adds half as much again for its trials."),
    SEED("seed", "--seed", "Seed", "", Tier.BASIC, Shape.whole(Long.MIN_VALUE, Long.MAX_VALUE),
            ProjectSettings::seed, "Seed of every random choice: the same seed and images give the same result."),
    VALIDATION_LOSS("validationLoss", "--loss", "Validation loss", "", Tier.ADVANCED, Shape.name(List.of()),
            ProjectSettings::validationLoss, "What tuning minimises: unexplained-distance, mean-distance (the "
                    + "original method), sinkhorn or unexplained-nearest."),
    PATCH_SCORER("patchScorer", "--patch-scorer", "Patch scorer", "", Tier.ADVANCED,
            Shape.choice(List.of(ProjectSettings.SCORER_KNN, ProjectSettings.SCORER_GAUSSIAN)),
            ProjectSettings::patchScorer, "Patch detection: knn (distance to the nearest normal patch) or gaussian "
                    + "(Mahalanobis distance under one Gaussian of the normal patches)."),
    PRETRAINED_FEATURES("pretrainedFeatures", "--pretrained-features", "Pretrained features", "", Tier.ADVANCED,
            Shape.choice(ProjectSettings.PRETRAINED_FEATURES), ProjectSettings::pretrainedFeatures,
            "Frozen and fused detection: the network that describes every 8-pixel cell, mobilenetv2 or "
                    + "inceptionv3 (slower)."),
    STARTS("starts", "--starts", "Starts", "", Tier.ADVANCED, Shape.whole(1, ProjectSettings.MAX_STARTS),
            ProjectSettings::starts, "Initial augmentation values tried; the run with the lowest validation loss "
                    + "is kept."),
    WARMUP_STEPS("warmupSteps", "--warmup-steps", "Warm-up steps", "", Tier.ADVANCED,
            Shape.whole(0, ProjectSettings.MAX_WARMUP_STEPS), ProjectSettings::warmupSteps,
            "Detector steps before the first augmentation step."),
    DETECTOR_STEPS_PER_HYPER_STEP("detectorStepsPerHyperStep", "--detector-steps", "Detector steps per round", "",
            Tier.ADVANCED, Shape.whole(1, ProjectSettings.MAX_DETECTOR_STEPS_PER_HYPER_STEP),
            ProjectSettings::detectorStepsPerHyperStep, "Detector steps between two augmentation (tuning) steps."),
    HYPER_LEARNING_RATE("hyperLearningRate", "--hyper-learning-rate", "Tuning learning rate", "", Tier.ADVANCED,
            Shape.decimal(Range.decimal(0, false, ProjectSettings.MAX_HYPER_LEARNING_RATE, true), 1),
            ProjectSettings::hyperLearningRate, "Adam step size on the augmentation hyperparameters."),
    BATCH_SIZE("batchSize", "--batch-size", "Batch size", "", Tier.ADVANCED,
            Shape.whole(1, ProjectSettings.MAX_BATCH_SIZE), ProjectSettings::batchSize,
            "Normal images per detector step (as many augmented ones are added)."),
    THRESHOLD_PERCENTILE("thresholdPercentile", "--threshold-percentile", "Threshold percentile", "%",
            Tier.ADVANCED, Shape.decimal(Range.decimal(0, false, 100, true), 1),
            ProjectSettings::thresholdPercentile,
            "Percentile of held-back normal scores proposed as the fail threshold."),
    HOLDOUT_FRACTION("holdoutFraction", "--holdout-fraction", "Normals held back", "%", Tier.ADVANCED,
            Shape.decimal(Range.decimal(0, true, 1, false), 100), ProjectSettings::holdoutFraction,
            "Share of normal images kept out of training to propose the threshold."),
    PATCH_SCALE("patchScale", "--patch-scale", "Patch image scale", "%", Tier.ADVANCED,
            Shape.decimal(Range.decimal(0, false, 1, true), 100), ProjectSettings::patchScale,
            "Patch detection: the image is cut into patches at this share of its size."),
    PATCH_STRIDES("patchStrides", "--patch-strides", "Patches per side step", "", Tier.ADVANCED,
            Shape.whole(1, ProjectSettings.MAX_PATCH_STRIDES), ProjectSettings::patchStrides,
            "Patch detection: a new patch every working size / N pixels (1 = side by side, 2 = half "
                    + "overlapping); N must divide the working size."),
    VARIANT("variant", "--variant", "Variant", "", Tier.EXPERIMENT,
            Shape.name(List.of(ProjectSettings.DEFAULT_VARIANT, ProjectSettings.PLAIN_VARIANT)),
            ProjectSettings::variant, "default, or plain: the method exactly as originally written (the "
                    + "mean-distance loss unless the loss is given too), for comparisons.");

    /** Where a setting is offered. */
    public enum Tier {
        /** On the form's face and on the command line. */
        BASIC,
        /** In the form's Advanced section and on the command line. */
        ADVANCED,
        /** For experiments: on the command line and in project files; the form keeps the project's value. */
        EXPERIMENT
    }

    /** What kind of value a setting holds. */
    public enum Kind {
        /** A whole number in a {@link Range}. */
        WHOLE,
        /** A decimal number in a {@link Range}. */
        DECIMAL,
        /** One of a fixed list of names that this package knows. */
        CHOICE,
        /**
         * A lower-case name from a list that a layer above owns (families and losses belong to tuning), so a new
         * family needs no change here; the record checks only that it is a well-formed name.
         */
        NAME
    }

    private final String field;
    private final String option;
    private final String label;
    private final String unit;
    private final Tier tier;
    private final Shape shape;
    private final Function<ProjectSettings, Object> read;
    private final String help;

    Setting(String field, String option, String label, String unit, Tier tier, Shape shape,
            Function<ProjectSettings, Object> read, String help) {
        this.field = field;
        this.option = option;
        this.label = label;
        this.unit = unit;
        this.tier = tier;
        this.shape = shape;
        this.read = read;
        this.help = help;
    }

    /** The record component's name, which is also the setting's name in the project file. */
    public String field() {
        return field;
    }

    /** The command line's option, such as {@code --size}. */
    public String option() {
        return option;
    }

    /** The words the form labels the setting with. */
    public String label() {
        return label;
    }

    /** The unit the form shows next to the value ("%" where {@link #displayScale()} is 100), or empty. */
    public String unit() {
        return unit;
    }

    public Tier tier() {
        return tier;
    }

    public Kind kind() {
        return shape.kind();
    }

    /** The allowed values of a number, in the record's units; null for names. */
    public Range range() {
        return shape.range();
    }

    /**
     * For {@link Kind#CHOICE}: every allowed name, in the order a user is offered them. For {@link Kind#NAME}: the
     * names offered if this package knows them (variants), else empty (the tuner knows families and losses).
     */
    public List<String> choices() {
        return shape.choices();
    }

    /** How many form units make one record unit: 100 where the record holds a fraction the form shows in percent. */
    public double displayScale() {
        return shape.displayScale();
    }

    /** Integer, Long, Double or String: the Java type of the value in the record and the builder. */
    public Class<?> type() {
        return shape.type();
    }

    /** What the setting does, in a sentence or two for a tooltip or the command line's help. */
    public String help() {
        return help;
    }

    /** This setting's value in the given settings, boxed. */
    public Object valueIn(ProjectSettings settings) {
        return read.apply(settings);
    }

    /** Throws an IllegalArgumentException naming the field when the value is not allowed. */
    void check(Object value) {
        switch (kind()) {
            case NAME -> Checks.identifier((String) value, field);
            case CHOICE -> {
                if (!choices().contains(value)) {
                    throw new IllegalArgumentException(field + " must be one of " + choices() + ": " + value);
                }
            }
            default -> {
                Objects.requireNonNull(value, field);
                if (!range().contains(((Number) value).doubleValue())) {
                    throw new IllegalArgumentException(field + " must be in " + range() + ": " + value);
                }
            }
        }
    }

    /** A setting's kind, range, names and form scale together, so that each entry above stays one line longer. */
    private record Shape(Kind kind, Range range, List<String> choices, double displayScale, Class<?> type) {
        static Shape whole(long min, long max) {
            boolean fitsInt = min >= Integer.MIN_VALUE && max <= Integer.MAX_VALUE;
            return new Shape(Kind.WHOLE, Range.whole(min, max), List.of(), 1, fitsInt ? Integer.class : Long.class);
        }

        static Shape decimal(Range range, double displayScale) {
            return new Shape(Kind.DECIMAL, range, List.of(), displayScale, Double.class);
        }

        static Shape choice(List<String> names) {
            return new Shape(Kind.CHOICE, null, List.copyOf(names), 1, String.class);
        }

        static Shape name(List<String> offered) {
            return new Shape(Kind.NAME, null, List.copyOf(offered), 1, String.class);
        }
    }
}
