package io.augtune.workflow;

import io.augtune.common.CancellationToken;
import io.augtune.engine.Detector;
import io.augtune.imaging.Raster;
import io.augtune.scoring.AnomalyMap;
import io.augtune.scoring.GaussianModel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PatchLocaliserTest {
    private static final CancellationToken NONE = CancellationToken.none();

    @Test
    void thePatchGaussianMapPeaksInsideAPlantedSquare() {
        try (Detector detector = PlantedPatches.detector(1)) {
            PatchLocaliser localiser = PatchLocaliser.fit(detector, 0, 1, PlantedPatches.textures(24, 2), NONE);
            Raster probe = PlantedPatches.withSquare(PlantedPatches.textures(1, 3).get(0));
            AnomalyMap map = localiser.maps(List.of(probe), NONE).get(0);
            assertEquals(16, map.width());
            assertTrue(PlantedPatches.peaksInSquare(map));
        }
    }

    @Test
    void withTilesTheImageIsReadAtTwiceTheSizeAndTheMapHasTwiceTheSide() {
        try (Detector detector = PlantedPatches.detector(1)) {
            List<Raster> normals = Scorer.atSize(PlantedPatches.textures(12, 2), 64);
            PatchLocaliser localiser = PatchLocaliser.fit(detector, 1, 2, normals, NONE);
            assertEquals(64, localiser.inputSize());
            Raster probe = Scorer.atSize(List.of(PlantedPatches.withSquare(PlantedPatches.textures(1, 3).get(0))),
                    64).get(0);
            AnomalyMap map = localiser.maps(List.of(probe), NONE).get(0);
            assertEquals(16, map.width());
            assertTrue(PlantedPatches.peaksInSquare(map));
        }
    }

    @Test
    void occlusionPeaksInsideAPlantedSquareToo() {
        try (Detector detector = PlantedPatches.trainedDetector(1, 60)) {
            List<Raster> normals = PlantedPatches.textures(24, 2);
            GaussianModel gaussian = GaussianModel.fit(ScoringModel.toDoubles(detector.embedRasters(normals, NONE)));
            OcclusionLocaliser localiser = new OcclusionLocaliser(detector, gaussian,
                    OcclusionLocaliser.meanImage(normals), 8);
            Raster probe = PlantedPatches.withSquare(PlantedPatches.textures(1, 3).get(0));
            AnomalyMap map = localiser.maps(List.of(probe), NONE).get(0);
            assertEquals(4, map.width());
            assertTrue(PlantedPatches.peaksInSquare(map));
        }
    }

    @Test
    void aPatchGaussianOfAnotherStageIsRejected() {
        try (Detector detector = PlantedPatches.detector(1)) {
            PatchLocaliser stage0 = PatchLocaliser.fit(detector, 0, 1, PlantedPatches.textures(4, 2), NONE);
            assertThrows(IllegalArgumentException.class, () -> new PatchLocaliser(detector, 1, 1, stage0.gaussian()));
        }
    }
}
