package io.augtune.project;

import java.util.EnumMap;
import java.util.Objects;

/**
 * How a project tunes and thresholds. What each component means, its unit, range and help text are in
 * {@link Setting}, the one description that the form and the command line are made from too; the compact
 * constructor checks every component against it and keeps here only the checks that join two settings. Names
 * (family, validation loss, variant) are lower-case identifiers; the tuning layer decides which names it knows, so
 * adding a family needs no change here.
 */
public record ProjectSettings(String family, int workingSize, long seed, int budgetSeconds, int starts,
                              String validationLoss, int warmupSteps, int detectorStepsPerHyperStep,
                              double hyperLearningRate, int batchSize, double thresholdPercentile,
                              double holdoutFraction, String variant, String detection, double patchScale,
                              int patchStrides, String patchScorer, String backbone,
                              String pretrainedFeatures) {

    /** Try every family on the images and tune the one that explains the production images best (the default). */
    public static final String FAMILY_AUTO = "auto";
    public static final String FAMILY_CUTDIFF = "cutdiff";
    public static final String FAMILY_ROTATION = "rotation";
    /** A thin scratch or crack. */
    public static final String FAMILY_LINE = "line";
    /** A patch of the same image pasted elsewhere. */
    public static final String FAMILY_CUTPASTE = "cutpaste";
    /** An irregular blob of smooth mottled tone. */
    public static final String FAMILY_STAIN = "stain";
    /** A brightness and contrast gradient across the whole image. */
    public static final String FAMILY_SHADING = "shading";
    public static final String LOSS_MEAN_DISTANCE = "mean-distance";
    public static final String LOSS_SINKHORN = "sinkhorn";
    public static final String LOSS_UNEXPLAINED_DISTANCE = "unexplained-distance";
    public static final String LOSS_UNEXPLAINED_NEAREST = "unexplained-nearest";
    public static final String DEFAULT_VARIANT = "default";
    /**
     * The original method exactly as written (the mean-distance loss), kept selectable so that the comparison with the
     * default (issue #7, README "Does the tuning follow the production data?") stays reproducible.
     */
    public static final String PLAIN_VARIANT = "plain";
    /** Whole images squashed to the working size: the original method as written. */
    public static final String DETECTION_IMAGE = "image";
    /** Patches of the working size cut from the image at {@code patchScale} of its size (issue #8). */
    public static final String DETECTION_PATCHES = "patches";
    /**
     * Frozen pretrained features of every 8-pixel cell scored against a memory bank of normal cells, no training
     * (issue #14); the image keeps its proportions, its shorter side at the working size.
     */
    public static final String DETECTION_FROZEN = "frozen";
    /**
     * Patch detection, frozen detection and a global term in one score, each on the scale of its held-back normal
     * scores (issue #14).
     */
    public static final String DETECTION_FUSED = "fused";
    /** Every detection, in the order a user is offered them. */
    public static final java.util.List<String> DETECTIONS = java.util.List.of(DETECTION_FUSED, DETECTION_PATCHES,
            DETECTION_FROZEN, DETECTION_IMAGE);
    /**
     * The working size (shorter image side) frozen detection starts from, chosen by measurement
     * (src/site/markdown/method-and-measurements.md): 224 ranked KolektorSDD and ELPV better than 320, although 320
     * shows small defects larger; the shallow layer's 8-pixel cells then see less of their surroundings.
     */
    public static final int FROZEN_WORKING_SIZE = 224;
    /** Patch scores: distance to the nearest normal patch in a memory bank. */
    public static final String SCORER_KNN = "knn";
    /** Patch scores: Mahalanobis distance under one Gaussian of the normal patches. */
    public static final String SCORER_GAUSSIAN = "gaussian";
    /** The detector learns every layer from the normal images. */
    public static final String BACKBONE_SCRATCH = "scratch";
    /** The detector's stages sit on frozen ImageNet-pretrained MobileNetV2 blocks. */
    public static final String BACKBONE_PRETRAINED = "mobilenetv2";
    /** Frozen (and fused) detection describes cells by MobileNetV2 features: the default, as measured so far. */
    public static final String FEATURES_MOBILENETV2 = "mobilenetv2";
    /** Frozen (and fused) detection describes cells by InceptionV3 features (issue #14). */
    public static final String FEATURES_INCEPTIONV3 = "inceptionv3";
    /** Every network frozen detection can describe cells with. */
    public static final java.util.List<String> PRETRAINED_FEATURES = java.util.List.of(FEATURES_MOBILENETV2,
            FEATURES_INCEPTIONV3);
    /**
     * The pretrained blocks reduce the input 8-fold and the first trained stage halves it again: sides that are
     * multiples of 16 keep the maps aligned with the pixels.
     */
    public static final int PRETRAINED_SIZE_STEP = 16;
    /** Finer than a quarter patch would multiply the patches to embed for little gain in the map. */
    public static final int MAX_PATCH_STRIDES = 4;
    public static final int MIN_WORKING_SIZE = 16;
    public static final int MAX_WORKING_SIZE = 1024;
    /*
     * Upper bounds of every size and count, read by the list of settings ({@link Setting}) and through it by the
     * command line and the settings form: without them a typo such as --starts 2147483647 allocates gigabytes
     * before failing.
     */
    /** One day. */
    public static final int MAX_BUDGET_SECONDS = 86_400;
    /** Each start trains a detector of its own; beyond a few dozen the budget per start is too small anyway. */
    public static final int MAX_STARTS = 32;
    public static final int MAX_WARMUP_STEPS = 100_000;
    public static final int MAX_DETECTOR_STEPS_PER_HYPER_STEP = 1_000;
    public static final double MAX_HYPER_LEARNING_RATE = 10;
    /** A batch holds as many augmented images again: 2 x 1024 images of up to 1024² pixels is the ceiling. */
    public static final int MAX_BATCH_SIZE = 1_024;

    public ProjectSettings {
        // one line a setting: SettingsListTest fails for a Setting whose range this constructor does not check
        Setting.FAMILY.check(family);
        Setting.WORKING_SIZE.check(workingSize);
        Setting.SEED.check(seed);
        Setting.BUDGET_SECONDS.check(budgetSeconds);
        Setting.STARTS.check(starts);
        Setting.VALIDATION_LOSS.check(validationLoss);
        Setting.WARMUP_STEPS.check(warmupSteps);
        Setting.DETECTOR_STEPS_PER_HYPER_STEP.check(detectorStepsPerHyperStep);
        Setting.HYPER_LEARNING_RATE.check(hyperLearningRate);
        Setting.BATCH_SIZE.check(batchSize);
        Setting.THRESHOLD_PERCENTILE.check(thresholdPercentile);
        Setting.HOLDOUT_FRACTION.check(holdoutFraction);
        Setting.VARIANT.check(variant);
        Setting.DETECTION.check(detection);
        Setting.PATCH_SCALE.check(patchScale);
        Setting.PATCH_STRIDES.check(patchStrides);
        Setting.PATCH_SCORER.check(patchScorer);
        Setting.BACKBONE.check(backbone);
        Setting.PRETRAINED_FEATURES.check(pretrainedFeatures);
        if (DETECTION_FROZEN.equals(detection) && workingSize % PRETRAINED_SIZE_STEP != 0) {
            throw new IllegalArgumentException("frozen detection needs a working size that is a multiple of "
                    + PRETRAINED_SIZE_STEP + ": " + workingSize);
        }
        // checked only where it matters, so that whole-image projects keep any working size
        if ((DETECTION_PATCHES.equals(detection) || DETECTION_FUSED.equals(detection))
                && workingSize % patchStrides != 0) {
            throw new IllegalArgumentException("patchStrides " + patchStrides + " must divide the working size "
                    + workingSize + " for patch detection");
        }
        if (BACKBONE_PRETRAINED.equals(backbone) && workingSize % PRETRAINED_SIZE_STEP != 0) {
            throw new IllegalArgumentException("the pretrained backbone needs a working size that is a multiple of "
                    + PRETRAINED_SIZE_STEP + ": " + workingSize);
        }
    }

    /** Pixels between neighbouring patches in patch detection: the working size over {@code patchStrides}. */
    public int patchStride() {
        return workingSize / patchStrides;
    }

    /** Whether the detector's first layers are the frozen pretrained ones. */
    public boolean pretrainedBackbone() {
        return BACKBONE_PRETRAINED.equals(backbone);
    }

    /** Whether the detector works on patches cut from the image rather than on the whole image (also when fused). */
    public boolean patchDetection() {
        return DETECTION_PATCHES.equals(detection) || DETECTION_FUSED.equals(detection);
    }

    /** Whether the trained patch detector, frozen features and the global term are fused into one score. */
    public boolean fusedDetection() {
        return DETECTION_FUSED.equals(detection);
    }

    /** Whether images are scored by frozen pretrained cell features, with no detector trained or tuned. */
    public boolean frozenDetection() {
        return DETECTION_FROZEN.equals(detection);
    }

    /** Settings that train quickly on a CPU at 64×64 and follow the method's defaults. */
    public static ProjectSettings defaults() {
        return new ProjectSettings(FAMILY_AUTO, 64, 42L, 90, 3, LOSS_UNEXPLAINED_DISTANCE, 50, 5, 0.1, 32,
                99.0, 0.2, DEFAULT_VARIANT, DETECTION_FUSED, 0.5, 2, SCORER_KNN, BACKBONE_SCRATCH,
                FEATURES_MOBILENETV2);
    }

    public static Builder builder() {
        return defaults().toBuilder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public ProjectSettings withFamily(String newFamily) {
        return toBuilder().family(newFamily).build();
    }

    public ProjectSettings withWorkingSize(int newWorkingSize) {
        return toBuilder().workingSize(newWorkingSize).build();
    }

    public ProjectSettings withSeed(long newSeed) {
        return toBuilder().seed(newSeed).build();
    }

    public ProjectSettings withBudgetSeconds(int newBudgetSeconds) {
        return toBuilder().budgetSeconds(newBudgetSeconds).build();
    }

    /**
     * Mutable, unvalidated draft of settings, one value a {@link Setting}; {@link #build()} validates. Start from
     * defaults or a copy. The named setters are shorthands of {@link #set} for code that knows its setting.
     */
    public static final class Builder {
        private final EnumMap<Setting, Object> values = new EnumMap<>(Setting.class);

        private Builder(ProjectSettings from) {
            Objects.requireNonNull(from, "from");
            for (Setting setting : Setting.values()) {
                values.put(setting, setting.valueIn(from));
            }
        }

        /** Sets one setting; the value must be of the setting's {@link Setting#type()}. */
        public Builder set(Setting setting, Object value) {
            if (value != null && !setting.type().isInstance(value)) {
                throw new IllegalArgumentException(setting.field() + " must be a " + setting.type().getSimpleName()
                        + ": " + value);
            }
            values.put(setting, value);
            return this;
        }

        public Builder family(String value) {
            return set(Setting.FAMILY, value);
        }

        public Builder workingSize(int value) {
            return set(Setting.WORKING_SIZE, value);
        }

        public Builder seed(long value) {
            return set(Setting.SEED, value);
        }

        public Builder budgetSeconds(int value) {
            return set(Setting.BUDGET_SECONDS, value);
        }

        public Builder starts(int value) {
            return set(Setting.STARTS, value);
        }

        public Builder validationLoss(String value) {
            return set(Setting.VALIDATION_LOSS, value);
        }

        public Builder warmupSteps(int value) {
            return set(Setting.WARMUP_STEPS, value);
        }

        public Builder detectorStepsPerHyperStep(int value) {
            return set(Setting.DETECTOR_STEPS_PER_HYPER_STEP, value);
        }

        public Builder hyperLearningRate(double value) {
            return set(Setting.HYPER_LEARNING_RATE, value);
        }

        public Builder batchSize(int value) {
            return set(Setting.BATCH_SIZE, value);
        }

        public Builder thresholdPercentile(double value) {
            return set(Setting.THRESHOLD_PERCENTILE, value);
        }

        public Builder holdoutFraction(double value) {
            return set(Setting.HOLDOUT_FRACTION, value);
        }

        public Builder variant(String value) {
            return set(Setting.VARIANT, value);
        }

        public Builder detection(String value) {
            return set(Setting.DETECTION, value);
        }

        public Builder patchScale(double value) {
            return set(Setting.PATCH_SCALE, value);
        }

        public Builder patchStrides(int value) {
            return set(Setting.PATCH_STRIDES, value);
        }

        public Builder patchScorer(String value) {
            return set(Setting.PATCH_SCORER, value);
        }

        public Builder backbone(String value) {
            return set(Setting.BACKBONE, value);
        }

        public Builder pretrainedFeatures(String value) {
            return set(Setting.PRETRAINED_FEATURES, value);
        }

        /** Validates and returns the settings; throws IllegalArgumentException naming the bad field. */
        public ProjectSettings build() {
            return new ProjectSettings(text(Setting.FAMILY), whole(Setting.WORKING_SIZE),
                    (Long) values.get(Setting.SEED), whole(Setting.BUDGET_SECONDS), whole(Setting.STARTS),
                    text(Setting.VALIDATION_LOSS), whole(Setting.WARMUP_STEPS),
                    whole(Setting.DETECTOR_STEPS_PER_HYPER_STEP), decimal(Setting.HYPER_LEARNING_RATE),
                    whole(Setting.BATCH_SIZE), decimal(Setting.THRESHOLD_PERCENTILE),
                    decimal(Setting.HOLDOUT_FRACTION), text(Setting.VARIANT), text(Setting.DETECTION),
                    decimal(Setting.PATCH_SCALE), whole(Setting.PATCH_STRIDES), text(Setting.PATCH_SCORER),
                    text(Setting.BACKBONE), text(Setting.PRETRAINED_FEATURES));
        }

        private String text(Setting setting) {
            return (String) values.get(setting);
        }

        private int whole(Setting setting) {
            return (Integer) values.get(setting);
        }

        private double decimal(Setting setting) {
            return (Double) values.get(setting);
        }
    }
}
