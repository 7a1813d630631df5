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
    void listsCutDiffAndRotation() {
        assertEquals(List.of("cutdiff", "rotation"), Augmentations.families());
    }

    @Test
    void everyListedFamilyBuildsAnAugmentationOfThatFamily() {
        for (String family : Augmentations.families()) {
            assertEquals(family, Augmentations.byFamily(family).family());
        }
        assertInstanceOf(CutDiffAugmentation.class, Augmentations.byFamily("cutdiff"));
        assertInstanceOf(RotationAugmentation.class, Augmentations.byFamily("rotation"));
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
        assertTrue(error.getMessage().contains("cutdiff, rotation"), error.getMessage());
    }
}
