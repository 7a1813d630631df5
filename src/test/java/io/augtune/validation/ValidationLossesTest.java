package io.augtune.validation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidationLossesTest {

    @Test
    void listsMeanDistanceFirstThenSinkhorn() {
        assertEquals(List.of("unexplained-distance", "mean-distance", "sinkhorn", "unexplained-nearest"), ValidationLosses.names());
    }

    @Test
    void everyListedNameBuildsALossOfThatName() {
        for (String name : ValidationLosses.names()) {
            assertEquals(name, ValidationLosses.byName(name).name());
        }
        assertInstanceOf(MeanDistanceLoss.class, ValidationLosses.byName("mean-distance"));
        assertInstanceOf(SinkhornLoss.class, ValidationLosses.byName("sinkhorn"));
        assertInstanceOf(UnexplainedDistanceLoss.class, ValidationLosses.byName("unexplained-distance"));
    }

    @Test
    void anUnknownNameIsRejectedNamingTheValidOnes() {
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> ValidationLosses.byName("mmd"));
        assertTrue(error.getMessage().contains("unexplained-distance, mean-distance, sinkhorn"), error.getMessage());
    }
}
