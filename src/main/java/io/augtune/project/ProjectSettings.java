package io.augtune.project;

import java.util.Objects;

/**
 * How a project tunes and thresholds. Names (family, validation loss, variant) are lower-case identifiers; the
 * tuning layer decides which names it knows, so adding a family needs no change here.
 *
 * @param family                    augmentation family: {@value #FAMILY_CUTDIFF}, {@value #FAMILY_ROTATION},
 *                                  {@value #FAMILY_LINE}, {@value #FAMILY_CUTPASTE}, {@value #FAMILY_STAIN} or
 *                                  {@value #FAMILY_SHADING}
 * @param workingSize               side R of the R×R working resolution in pixels, 16..1024
 * @param seed                      seed of every random choice, so a run can be repeated
 * @param budgetSeconds             wall-clock budget of a tuning, 1..{@value #MAX_BUDGET_SECONDS}
 * @param starts                    how many initial hyperparameter values tuning tries (multi-start),
 *                                  1..{@value #MAX_STARTS}
 * @param validationLoss            {@value #LOSS_UNEXPLAINED_DISTANCE}, {@value #LOSS_MEAN_DISTANCE},
 *                                  {@value #LOSS_SINKHORN} or {@value #LOSS_UNEXPLAINED_NEAREST}
 * @param warmupSteps               detector steps before the first hyperparameter step,
 *                                  0..{@value #MAX_WARMUP_STEPS}
 * @param detectorStepsPerHyperStep detector steps between two hyperparameter steps,
 *                                  1..{@value #MAX_DETECTOR_STEPS_PER_HYPER_STEP}
 * @param hyperLearningRate         Adam learning rate of the hyperparameter step,
 *                                  in (0, {@value #MAX_HYPER_LEARNING_RATE}]
 * @param batchSize                 images per detector batch, 1..{@value #MAX_BATCH_SIZE}
 * @param thresholdPercentile       percentile of held-back normal scores proposed as the threshold, in (0, 100]
 * @param holdoutFraction           fraction of normal images held back for the threshold, in [0, 1)
 * @param variant                   tuner variant name, {@value #DEFAULT_VARIANT} unless experimenting
 * @param detection                 {@value #DETECTION_IMAGE}, {@value #DETECTION_PATCHES}, {@value #DETECTION_FROZEN} or
 *                                  {@value #DETECTION_FUSED} (frozen detection reads the working size as the images'
 *                                  shorter side; fused detection trains patches of the working size and reads
 *                                  frozen features at {@value #FROZEN_WORKING_SIZE})
 * @param patchScale                patch detection: pixels of the patched image per original pixel, in (0, 1]
 * @param patchStrides              patch detection: patches start every {@code workingSize / patchStrides} pixels
 *                                  (1 = side by side, 2 = half overlapping, up to {@value #MAX_PATCH_STRIDES})
 * @param patchScorer               patch detection: {@value #SCORER_KNN} or {@value #SCORER_GAUSSIAN}
 * @param backbone                  what the detector's first layers are: {@value #BACKBONE_SCRATCH} (trained from
 *                                  scratch) or {@value #BACKBONE_PRETRAINED} (frozen pretrained MobileNetV2 blocks)
 */
public record ProjectSettings(String family, int workingSize, long seed, int budgetSeconds, int starts,
                              String validationLoss, int warmupSteps, int detectorStepsPerHyperStep,
                              double hyperLearningRate, int batchSize, double thresholdPercentile,
                              double holdoutFraction, String variant, String detection, double patchScale,
                              int patchStrides, String patchScorer, String backbone) {

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
     * Upper bounds of every size and count, here and only here (the command line and the settings form read
     * them): without them a typo such as --starts 2147483647 allocates gigabytes before failing.
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
        Checks.identifier(family, "family");
        if (workingSize < MIN_WORKING_SIZE || workingSize > MAX_WORKING_SIZE) {
            throw new IllegalArgumentException("workingSize must be in " + MIN_WORKING_SIZE + ".."
                    + MAX_WORKING_SIZE + ": " + workingSize);
        }
        Checks.between(budgetSeconds, 1, MAX_BUDGET_SECONDS, "budgetSeconds");
        Checks.between(starts, 1, MAX_STARTS, "starts");
        Checks.identifier(validationLoss, "validationLoss");
        Checks.between(warmupSteps, 0, MAX_WARMUP_STEPS, "warmupSteps");
        Checks.between(detectorStepsPerHyperStep, 1, MAX_DETECTOR_STEPS_PER_HYPER_STEP, "detectorStepsPerHyperStep");
        if (!(hyperLearningRate > 0 && hyperLearningRate <= MAX_HYPER_LEARNING_RATE)) {
            throw new IllegalArgumentException("hyperLearningRate must be in (0, " + MAX_HYPER_LEARNING_RATE + "]: "
                    + hyperLearningRate);
        }
        Checks.between(batchSize, 1, MAX_BATCH_SIZE, "batchSize");
        if (!(thresholdPercentile > 0 && thresholdPercentile <= 100)) {
            throw new IllegalArgumentException("thresholdPercentile must be in (0, 100]: " + thresholdPercentile);
        }
        if (!(holdoutFraction >= 0 && holdoutFraction < 1)) {
            throw new IllegalArgumentException("holdoutFraction must be in [0, 1): " + holdoutFraction);
        }
        Checks.identifier(variant, "variant");
        if (!DETECTIONS.contains(detection)) {
            throw new IllegalArgumentException("detection must be one of " + DETECTIONS + ": " + detection);
        }
        if (DETECTION_FROZEN.equals(detection) && workingSize % PRETRAINED_SIZE_STEP != 0) {
            throw new IllegalArgumentException("frozen detection needs a working size that is a multiple of "
                    + PRETRAINED_SIZE_STEP + ": " + workingSize);
        }
        if (!(patchScale > 0 && patchScale <= 1)) {
            throw new IllegalArgumentException("patchScale must be in (0, 1]: " + patchScale);
        }
        if (patchStrides < 1 || patchStrides > MAX_PATCH_STRIDES) {
            throw new IllegalArgumentException("patchStrides must be in 1.." + MAX_PATCH_STRIDES + ": "
                    + patchStrides);
        }
        // checked only where it matters, so that whole-image projects keep any working size
        if (patchDetection() && workingSize % patchStrides != 0) {
            throw new IllegalArgumentException("patchStrides " + patchStrides + " must divide the working size "
                    + workingSize + " for patch detection");
        }
        if (BACKBONE_PRETRAINED.equals(backbone) && workingSize % PRETRAINED_SIZE_STEP != 0) {
            throw new IllegalArgumentException("the pretrained backbone needs a working size that is a multiple of "
                    + PRETRAINED_SIZE_STEP + ": " + workingSize);
        }
        if (!BACKBONE_SCRATCH.equals(backbone) && !BACKBONE_PRETRAINED.equals(backbone)) {
            throw new IllegalArgumentException("backbone must be " + BACKBONE_SCRATCH + " or " + BACKBONE_PRETRAINED
                    + ": " + backbone);
        }
        if (!SCORER_KNN.equals(patchScorer) && !SCORER_GAUSSIAN.equals(patchScorer)) {
            throw new IllegalArgumentException("patchScorer must be " + SCORER_KNN + " or " + SCORER_GAUSSIAN + ": "
                    + patchScorer);
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
        return new ProjectSettings(FAMILY_CUTDIFF, 64, 42L, 90, 3, LOSS_UNEXPLAINED_DISTANCE, 50, 5, 0.1, 32,
                99.0, 0.2, DEFAULT_VARIANT, DETECTION_FUSED, 0.5, 2, SCORER_KNN, BACKBONE_SCRATCH);
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

    /** Mutable, unvalidated draft of settings; {@link #build()} validates. Start from defaults or a copy. */
    public static final class Builder {
        private String family;
        private int workingSize;
        private long seed;
        private int budgetSeconds;
        private int starts;
        private String validationLoss;
        private int warmupSteps;
        private int detectorStepsPerHyperStep;
        private double hyperLearningRate;
        private int batchSize;
        private double thresholdPercentile;
        private double holdoutFraction;
        private String variant;
        private String detection;
        private double patchScale;
        private int patchStrides;
        private String patchScorer;
        private String backbone;

        private Builder(ProjectSettings from) {
            Objects.requireNonNull(from, "from");
            family = from.family;
            workingSize = from.workingSize;
            seed = from.seed;
            budgetSeconds = from.budgetSeconds;
            starts = from.starts;
            validationLoss = from.validationLoss;
            warmupSteps = from.warmupSteps;
            detectorStepsPerHyperStep = from.detectorStepsPerHyperStep;
            hyperLearningRate = from.hyperLearningRate;
            batchSize = from.batchSize;
            thresholdPercentile = from.thresholdPercentile;
            holdoutFraction = from.holdoutFraction;
            variant = from.variant;
            detection = from.detection;
            patchScale = from.patchScale;
            patchStrides = from.patchStrides;
            patchScorer = from.patchScorer;
            backbone = from.backbone;
        }

        public Builder family(String value) {
            family = value;
            return this;
        }

        public Builder workingSize(int value) {
            workingSize = value;
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        public Builder budgetSeconds(int value) {
            budgetSeconds = value;
            return this;
        }

        public Builder starts(int value) {
            starts = value;
            return this;
        }

        public Builder validationLoss(String value) {
            validationLoss = value;
            return this;
        }

        public Builder warmupSteps(int value) {
            warmupSteps = value;
            return this;
        }

        public Builder detectorStepsPerHyperStep(int value) {
            detectorStepsPerHyperStep = value;
            return this;
        }

        public Builder hyperLearningRate(double value) {
            hyperLearningRate = value;
            return this;
        }

        public Builder batchSize(int value) {
            batchSize = value;
            return this;
        }

        public Builder thresholdPercentile(double value) {
            thresholdPercentile = value;
            return this;
        }

        public Builder holdoutFraction(double value) {
            holdoutFraction = value;
            return this;
        }

        public Builder variant(String value) {
            variant = value;
            return this;
        }

        public Builder detection(String value) {
            detection = value;
            return this;
        }

        public Builder patchScale(double value) {
            patchScale = value;
            return this;
        }

        public Builder patchStrides(int value) {
            patchStrides = value;
            return this;
        }

        public Builder patchScorer(String value) {
            patchScorer = value;
            return this;
        }

        public Builder backbone(String value) {
            backbone = value;
            return this;
        }

        /** Validates and returns the settings; throws IllegalArgumentException naming the bad field. */
        public ProjectSettings build() {
            return new ProjectSettings(family, workingSize, seed, budgetSeconds, starts, validationLoss, warmupSteps,
                    detectorStepsPerHyperStep, hyperLearningRate, batchSize, thresholdPercentile, holdoutFraction,
                    variant, detection, patchScale, patchStrides, patchScorer, backbone);
        }
    }
}
