package io.augtune.localise;

import io.augtune.common.CancellationToken;
import io.augtune.engine.Detector;
import io.augtune.common.Raster;
import io.augtune.model.Scorer;
import io.augtune.scoring.AnomalyMap;
import io.augtune.scoring.GaussianModel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PatchLocaliserTest {
    private static final CancellationToken NONE = CancellationToken.none();

    private static LocaliserSpec whole(int stage) {
        return LocaliserSpec.patchGaussian(stage, new int[] {1, 1});
    }

    @Test
    void thePatchGaussianMapPeaksInsideAPlantedSquare() {
        try (Detector detector = PlantedPatches.detector(1)) {
            PatchLocaliser localiser = PatchLocaliser.fit(detector, whole(0), PlantedPatches.textures(24, 2), NONE);
            Raster probe = PlantedPatches.withSquare(PlantedPatches.textures(1, 3).get(0));
            AnomalyMap map = localiser.maps(List.of(probe), NONE).get(0);
            assertEquals(16, map.width());
            assertTrue(PlantedPatches.peaksInSquare(map));
        }
    }

    @Test
    void withTilesTheImageIsReadLargerAndTheMapHasMorePositionsAcrossAndDown() {
        try (Detector detector = PlantedPatches.detector(1)) {
            List<Raster> normals = Scorer.atSize(PlantedPatches.textures(12, 2), 64, 96);
            PatchLocaliser localiser = PatchLocaliser.fit(detector, LocaliserSpec.patchGaussian(1, new int[] {2, 3}),
                    normals, NONE);
            assertEquals(64, localiser.inputWidth());
            assertEquals(96, localiser.inputHeight());
            Raster probe = Scorer.atSize(List.of(PlantedPatches.withSquare(PlantedPatches.textures(1, 3).get(0))),
                    64, 96).get(0);
            AnomalyMap map = localiser.maps(List.of(probe), NONE).get(0);
            assertEquals(16, map.width());
            assertEquals(24, map.height());
            assertTrue(PlantedPatches.peaksInSquare(map));
        }
    }

    @Test
    void occlusionPeaksInsideAPlantedSquareToo() {
        try (Detector detector = PlantedPatches.trainedDetector(1, 60)) {
            List<Raster> normals = PlantedPatches.textures(24, 2);
            GaussianModel gaussian = GaussianModel.fit(Embeddings.toDoubles(detector.embedRasters(normals, NONE)));
            OcclusionLocaliser localiser = new OcclusionLocaliser(detector, gaussian,
                    OcclusionLocaliser.meanImage(normals), 8);
            Raster probe = PlantedPatches.withSquare(PlantedPatches.textures(1, 3).get(0));
            AnomalyMap map = localiser.maps(List.of(probe), NONE).get(0);
            assertEquals(4, map.width());
            assertTrue(PlantedPatches.peaksInSquare(map));
        }
    }

    @Test
    void theTileGridFollowsTheImagesProportions() {
        assertArrayEquals(new int[] {2, 5}, LocaliserSpec.grid(2, 1254 / 500.0));
        assertArrayEquals(new int[] {3, 2}, LocaliserSpec.grid(2, 0.7));
        assertArrayEquals(new int[] {1, 1}, LocaliserSpec.grid(1, 1.2));
        assertArrayEquals(new int[] {4, LocaliserSpec.MAX_TILES}, LocaliserSpec.grid(4, 100));
    }

    @Test
    void theDefaultLooksAtAbout128PixelsAlongTheShorterSideButNeverUpsamples() {
        LocaliserSpec kolektor = LocaliserSpec.defaultFor(64, 500, 1254);
        assertEquals(0, kolektor.stage());
        assertArrayEquals(new int[] {2, 5}, new int[] {kolektor.tilesX(), kolektor.tilesY()});
        LocaliserSpec at128 = LocaliserSpec.defaultFor(128, 500, 1254);
        assertArrayEquals(new int[] {1, 3}, new int[] {at128.tilesX(), at128.tilesY()});
        LocaliserSpec small = LocaliserSpec.defaultFor(16, 20, 20);
        assertArrayEquals(new int[] {1, 1}, new int[] {small.tilesX(), small.tilesY()});
    }

    @Test
    void aPatchGaussianOfAnotherStageIsRejected() {
        try (Detector detector = PlantedPatches.detector(1)) {
            PatchLocaliser stage0 = PatchLocaliser.fit(detector, whole(0), PlantedPatches.textures(4, 2), NONE);
            assertThrows(IllegalArgumentException.class, () -> new PatchLocaliser(detector, whole(1),
                    stage0.gaussian()));
        }
    }
}
