package io.augtune.augment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The augmentation families by their stable names ({@link DifferentiableAugmentation#family()}). */
public final class Augmentations {

    private static final Map<String, Supplier<DifferentiableAugmentation>> FAMILIES = new LinkedHashMap<>();

    static {
        FAMILIES.put(CutDiffAugmentation.FAMILY, CutDiffAugmentation::new);
        FAMILIES.put(RotationAugmentation.FAMILY, RotationAugmentation::new);
        FAMILIES.put(LineAugmentation.FAMILY, LineAugmentation::new);
        FAMILIES.put(CutPasteAugmentation.FAMILY, CutPasteAugmentation::new);
        FAMILIES.put(StainAugmentation.FAMILY, StainAugmentation::new);
        FAMILIES.put(ShadingAugmentation.FAMILY, ShadingAugmentation::new);
    }

    private Augmentations() {
    }

    /** The known family names, in a stable order. */
    public static List<String> families() {
        return List.copyOf(FAMILIES.keySet());
    }

    /**
     * A new augmentation of the named family.
     *
     * @throws IllegalArgumentException naming the valid families if the name is unknown
     */
    public static DifferentiableAugmentation byFamily(String family) {
        Supplier<DifferentiableAugmentation> factory = FAMILIES.get(family);
        if (factory == null) {
            throw new IllegalArgumentException(
                    "unknown augmentation family '" + family + "'; valid families: " + String.join(", ", families()));
        }
        return factory.get();
    }
}
