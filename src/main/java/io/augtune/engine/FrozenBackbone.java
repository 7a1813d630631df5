package io.augtune.engine;

import io.augtune.project.ProjectSettings;

import java.util.Arrays;
import java.util.Optional;

/**
 * The pretrained networks frozen patch detection can describe cells with (issue #14). A descriptor is a shallow part
 * (small detail) followed by a deep part (context); {@code FrozenPatchLocaliser} balances the two parts, so each
 * backbone says where the split lies.
 */
public enum FrozenBackbone {
    /** MobileNetV2 {@code block_5_add} (32 ch) and {@code block_12_add} (96 ch): the default, as measured. */
    MOBILENETV2(ProjectSettings.FEATURES_MOBILENETV2, "mobilenetv2-block5+block12", MobileNetFeatures.CHANNELS,
            MobileNetFeatures.DEEP_CHANNELS),
    /**
     * InceptionV3 {@code mixed2} (288 ch) and {@code mixed5} (768 ch), each randomly projected
     * ({@link InceptionCellMaps}) to 96 and 160 dimensions. Not the default: in frozen detection at the working size
     * 224 it ranked ELPV poly 0.824 (MobileNetV2 0.849), mono 0.967 (0.968) and KolektorSDD 0.492 (0.762), slower.
     */
    INCEPTIONV3(ProjectSettings.FEATURES_INCEPTIONV3, "inceptionv3-mixed2+mixed5-projected96+160-seed14",
            InceptionCellMaps.SHALLOW_DIMENSION, InceptionCellMaps.DEEP_DIMENSION);

    private final String settingName;
    private final String savedName;
    private final int shallowDimension;
    private final int deepDimension;

    FrozenBackbone(String settingName, String savedName, int shallowDimension, int deepDimension) {
        this.settingName = settingName;
        this.savedName = savedName;
        this.shallowDimension = shallowDimension;
        this.deepDimension = deepDimension;
    }

    /** The backbone a project setting names ({@link ProjectSettings#pretrainedFeatures()}). */
    public static FrozenBackbone ofSetting(String name) {
        return Arrays.stream(values()).filter(b -> b.settingName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no pretrained features called " + name));
    }

    /** The backbone a saved model names, if this version has it. */
    public static Optional<FrozenBackbone> ofSavedName(String name) {
        return Arrays.stream(values()).filter(b -> b.savedName.equals(name)).findFirst();
    }

    /** The name in project settings and on the command line. */
    public String settingName() {
        return settingName;
    }

    /**
     * The name in saved models and detector descriptions; it changes whenever the descriptors would (MobileNetV2's
     * is the one every model saved before there was a choice carries).
     */
    public String savedName() {
        return savedName;
    }

    /** Length of the shallow part, the first values of a descriptor. */
    public int shallowDimension() {
        return shallowDimension;
    }

    /** Length of a descriptor. */
    public int dimension() {
        return shallowDimension + deepDimension;
    }
}
