package io.augtune.engine;

import java.util.Arrays;

/**
 * Shape and optimiser settings of a {@link Detector}. Immutable and validated on construction.
 *
 * @param inputSize    side S of the square input in pixels (images are {@code [N, channels, S, S]}); at least 16
 * @param channels     1 (gray) or 3 (RGB)
 * @param stageWidths  output channels of each convolution stage; every stage halves the spatial size (stride 2)
 * @param embeddingDim length D of the embedding z; when it differs from the last stage width a linear projection
 *                     maps the pooled features to D
 * @param learningRate Adam learning rate (fixed, no schedule)
 * @param weightDecay  L2 weight decay added by Adam to every parameter's gradient; 0 disables it
 * @param pretrained   whether the stages sit on the frozen pretrained {@link MobileNetFeatures} (stride 8) instead of
 *                     on the pixels
 */
public record DetectorConfig(int inputSize, int channels, int[] stageWidths, int embeddingDim, double learningRate,
                             double weightDecay, boolean pretrained) {

    /** Smallest supported input side in pixels. */
    public static final int MIN_INPUT_SIZE = 16;
    /** Largest supported input side; beyond it CPU training is impractical anyway. */
    public static final int MAX_INPUT_SIZE = 1024;
    /** More stride-2 stages than this would shrink a 16-pixel input below one pixel long before the last one. */
    public static final int MAX_STAGES = 6;
    /** Channels of one stage and of the embedding: far above the defaults (128), far below what exhausts memory. */
    public static final int MAX_WIDTH = 4096;

    /** A detector learning from the pixels. */
    public DetectorConfig(int inputSize, int channels, int[] stageWidths, int embeddingDim, double learningRate,
                          double weightDecay) {
        this(inputSize, channels, stageWidths, embeddingDim, learningRate, weightDecay, false);
    }

    public DetectorConfig {
        if (inputSize < MIN_INPUT_SIZE || inputSize > MAX_INPUT_SIZE) {
            throw new IllegalArgumentException("inputSize must be in [" + MIN_INPUT_SIZE + ", " + MAX_INPUT_SIZE
                    + "]: " + inputSize);
        }
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("channels must be 1 or 3: " + channels);
        }
        if (stageWidths == null || stageWidths.length == 0 || stageWidths.length > MAX_STAGES) {
            throw new IllegalArgumentException("stageWidths must list 1 to " + MAX_STAGES + " stages");
        }
        stageWidths = stageWidths.clone();
        for (int width : stageWidths) {
            if (width <= 0 || width > MAX_WIDTH) {
                throw new IllegalArgumentException("stage widths must be in 1.." + MAX_WIDTH + ": "
                        + Arrays.toString(stageWidths));
            }
        }
        if (pretrained && inputSize % MobileNetFeatures.STRIDE != 0) {
            throw new IllegalArgumentException("a pretrained detector needs an input side that is a multiple of "
                    + MobileNetFeatures.STRIDE + ": " + inputSize);
        }
        if (embeddingDim <= 0 || embeddingDim > MAX_WIDTH) {
            throw new IllegalArgumentException("embeddingDim must be in 1.." + MAX_WIDTH + ": " + embeddingDim);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learningRate must be positive and finite: " + learningRate);
        }
        if (!(weightDecay >= 0) || Double.isInfinite(weightDecay)) {
            throw new IllegalArgumentException("weightDecay must be >= 0 and finite: " + weightDecay);
        }
    }

    /**
     * The CPU-sized default: stages 32-64-128-128, embedding 128, Adam at 1e-3 with weight decay 1e-5.
     */
    public static DetectorConfig defaults(int inputSize, int channels) {
        return new DetectorConfig(inputSize, channels, new int[] {32, 64, 128, 128}, 128, 1e-3, 1e-5);
    }

    /**
     * The detector on pretrained features: the frozen MobileNetV2 blocks bring the input to stride 8 with 32
     * channels, and two trained stages of 64 and 128 with the same embedding and optimiser as {@link #defaults}.
     */
    public static DetectorConfig pretrainedDefaults(int inputSize, int channels) {
        return new DetectorConfig(inputSize, channels, new int[] {64, 128}, 128, 1e-3, 1e-5, true);
    }

    /** A copy of the stage widths (the record keeps its own). */
    @Override
    public int[] stageWidths() {
        return stageWidths.clone();
    }

    /** Number of convolution stages. */
    public int stageCount() {
        return stageWidths.length;
    }

    /** Output channels of the last stage, the width the pooled features have before any projection. */
    public int lastStageWidth() {
        return stageWidths[stageWidths.length - 1];
    }

    /** Spatial side of stage k's feature map: each stride-2, padding-1, 3x3 convolution maps n to ceil(n / 2). */
    public int featureMapSize(int stage) {
        if (stage < 0 || stage >= stageWidths.length) {
            throw new IllegalArgumentException("stage must be in [0, " + stageWidths.length + "): " + stage);
        }
        int size = pretrained ? MobileNetFeatures.outputSize(inputSize) : inputSize;
        for (int k = 0; k <= stage; k++) {
            size = (size + 1) / 2;
        }
        return size;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DetectorConfig that
                && inputSize == that.inputSize
                && channels == that.channels
                && Arrays.equals(stageWidths, that.stageWidths)
                && embeddingDim == that.embeddingDim
                && Double.compare(learningRate, that.learningRate) == 0
                && Double.compare(weightDecay, that.weightDecay) == 0
                && pretrained == that.pretrained;
    }

    @Override
    public int hashCode() {
        int result = Integer.hashCode(inputSize);
        result = 31 * result + Integer.hashCode(channels);
        result = 31 * result + Arrays.hashCode(stageWidths);
        result = 31 * result + Integer.hashCode(embeddingDim);
        result = 31 * result + Double.hashCode(learningRate);
        return 31 * result + Double.hashCode(weightDecay);
    }

    @Override
    public String toString() {
        return "DetectorConfig[inputSize=" + inputSize + ", channels=" + channels + ", stageWidths="
                + Arrays.toString(stageWidths) + ", embeddingDim=" + embeddingDim + ", learningRate=" + learningRate
                + ", weightDecay=" + weightDecay + ", pretrained=" + pretrained + "]";
    }
}
