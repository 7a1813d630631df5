package io.augtune.augment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AugmentationsTest {

    @Test
    void listsTheFamiliesFromTheOriginalTwoToTheDefectLikeOnes() {
        assertEquals(List.of("cutdiff", "rotation", "line", "cutpaste", "stain", "shading"), Augmentations.families());
    }

    @Test
    void everyListedFamilyBuildsAnAugmentationOfThatFamily() {
        for (String family : Augmentations.families()) {
            assertEquals(family, Augmentations.byFamily(family).family());
        }
        assertInstanceOf(CutDiffAugmentation.class, Augmentations.byFamily("cutdiff"));
        assertInstanceOf(RotationAugmentation.class, Augmentations.byFamily("rotation"));
        assertInstanceOf(LineAugmentation.class, Augmentations.byFamily("line"));
        assertInstanceOf(CutPasteAugmentation.class, Augmentations.byFamily("cutpaste"));
        assertInstanceOf(StainAugmentation.class, Augmentations.byFamily("stain"));
        assertInstanceOf(ShadingAugmentation.class, Augmentations.byFamily("shading"));
    }

    @Test
    void eachCallGivesANewInstance() {
        assertNotSame(Augmentations.byFamily("rotation"), Augmentations.byFamily("rotation"));
    }

    @Test
    void anUnknownFamilyIsRejectedNamingTheValidOnes() {
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> Augmentations.byFamily("blur"));
        assertTrue(error.getMessage().contains("blur"));
        assertTrue(error.getMessage().contains("cutdiff, rotation, line, cutpaste, stain, shading"), error.getMessage());
    }
}
