package io.augtune.model;

import io.augtune.common.CancellationToken;
import io.augtune.engine.Detector;
import io.augtune.engine.PatchMemoryBank;
import io.augtune.common.Raster;
import io.augtune.localise.LocaliserSpec;
import io.augtune.localise.PatchGrid;
import io.augtune.localise.PatchGridLocaliser;
import io.augtune.localise.PlantedPatches;
import io.augtune.scoring.AnomalyMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PatchGridLocaliserTest {
    private static final CancellationToken NONE = CancellationToken.none();
    /** 96 x 64 images cut into the small detector's 32-pixel patches every 16 pixels: 5 x 3 patches, 6 x 4 cells. */
    private static final PatchGrid GRID = new PatchGrid(PlantedPatches.SIZE, 16, 96, 64);

    @TempDir
    Path dir;

    /** Textures tiled up to the grid's size (a texture repeats, so every patch looks normal). */
    private static List<Raster> large(int n, long seed) {
        List<Raster> out = new ArrayList<>();
        for (Raster t : PlantedPatches.textures(n, seed)) {
            float[] data = new float[96 * 64];
            for (int y = 0; y < 64; y++) {
                for (int x = 0; x < 96; x++) {
                    data[y * 96 + x] = t.data()[(y % 32) * 32 + x % 32];
                }
            }
            out.add(new Raster(96, 64, 1, data));
        }
        return out;
    }

    /** The image with a bright 8 x 8 square at columns 68-75, rows 40-47: cell (4, 2) of the 16-pixel cells. */
    private static Raster withSquare(Raster image) {
        float[] data = image.data().clone();
        for (int y = 40; y < 48; y++) {
            for (int x = 68; x < 76; x++) {
                data[y * 96 + x] = 1f;
            }
        }
        return new Raster(96, 64, 1, data);
    }

    private static int argMax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            best = values[i] > values[best] ? i : best;
        }
        return best;
    }

    @Test
    void bothScorersPutTheMapsPeakOnAPlantedSquare() {
        try (Detector detector = PlantedPatches.detector(1)) {
            for (String scorer : List.of(LocaliserSpec.SCORER_KNN, LocaliserSpec.SCORER_GAUSSIAN)) {
                PatchGridLocaliser localiser = PatchGridLocaliser.fit(detector, LocaliserSpec.patchGrid(GRID,
                        scorer), large(30, 2), 7, NONE);
                AnomalyMap map = localiser.maps(List.of(withSquare(large(1, 3).get(0))), NONE).get(0);
                assertEquals(6, map.width());
                assertEquals(4, map.height());
                int peak = argMax(map.values());
                assertTrue(Math.abs(peak % 6 - 4) <= 1 && Math.abs(peak / 6 - 2) <= 1, scorer + " peaks at cell "
                        + peak % 6 + ", " + peak / 6);
                double normal = localiser.maps(large(1, 4), NONE).get(0).max();
                assertTrue(map.max() > normal, scorer + ": the image with a square scores above a normal one");
            }
        }
    }

    @Test
    void theMemoryBankFileGivesBackTheSameBank() throws IOException {
        float[][] entries = {{1.5f, -2f, 0.25f}, {Float.MIN_VALUE, 3e7f, -0f}};
        Path file = dir.resolve("bank.bin");
        PatchBankFile.write(file, new PatchMemoryBank(entries));
        PatchMemoryBank back = PatchBankFile.read(file);
        assertEquals(2, back.size());
        for (int i = 0; i < entries.length; i++) {
            assertArrayEquals(entries[i], back.entries()[i]);
        }
    }

    @Test
    void aTruncatedOrForeignBankFileIsRefusedNamingTheFile() throws IOException {
        Path file = dir.resolve("bank.bin");
        PatchBankFile.write(file, new PatchMemoryBank(new float[][] {{1, 2, 3}, {4, 5, 6}}));
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 3));
        IOException truncated = assertThrows(IOException.class, () -> PatchBankFile.read(file));
        assertTrue(truncated.getMessage().contains("bank.bin") && truncated.getMessage().contains("truncated"));
        Files.writeString(file, "not a bank at all");
        assertThrows(IOException.class, () -> PatchBankFile.read(file));
    }

    @Test
    void aGridThatIsNotCutToTheDetectorsInputIsRefused() {
        try (Detector detector = PlantedPatches.detector(1)) {
            LocaliserSpec spec = LocaliserSpec.patchGrid(new PatchGrid(64, 32, 96, 64), LocaliserSpec.SCORER_KNN);
            assertThrows(IllegalArgumentException.class, () -> PatchGridLocaliser.fit(detector, spec, large(2, 1),
                    1, NONE));
        }
    }

    @Test
    void randomSeedsDoNotMatterWhenTheBankKeepsEveryPatch() {
        try (Detector detector = PlantedPatches.detector(1)) {
            LocaliserSpec spec = LocaliserSpec.patchGrid(GRID, LocaliserSpec.SCORER_KNN);
            List<Raster> normals = large(4, new Random(2).nextLong());
            Raster probe = large(1, 9).get(0);
            assertArrayEquals(PatchGridLocaliser.fit(detector, spec, normals, 1, NONE).maps(List.of(probe), NONE)
                            .get(0).values(),
                    PatchGridLocaliser.fit(detector, spec, normals, 2, NONE).maps(List.of(probe), NONE).get(0)
                            .values(), 1e-12);
        }
    }
}
