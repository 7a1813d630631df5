package io.augtune.model;

import io.augtune.common.CancellationToken;
import io.augtune.engine.FrozenBackbone;
import io.augtune.engine.FrozenPatchFeatures;
import io.augtune.engine.PatchMemoryBank;
import io.augtune.common.Raster;
import io.augtune.imaging.ImageTone;
import io.augtune.localise.FrozenPatchLocaliser;
import io.augtune.scoring.AnomalyMap;
import io.augtune.testdata.SyntheticTextures;
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

class FrozenPatchLocaliserTest {
    private static final CancellationToken NONE = CancellationToken.none();
    private static final int SIZE = 64;
    private static final FrozenBackbone MOBILENET = FrozenBackbone.MOBILENETV2;

    @TempDir
    Path dir;

    private static List<Raster> textures(int n, long seed) {
        Random random = new Random(seed);
        List<Raster> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(SyntheticTextures.texture(SIZE, random));
        }
        return out;
    }

    /** The image with a bright 8 x 8 square at columns 40-47, rows 16-23: cell (5, 2) of the 8-pixel cells. */
    private static Raster withSquare(Raster image) {
        float[] data = image.data().clone();
        for (int y = 16; y < 24; y++) {
            for (int x = 40; x < 48; x++) {
                data[y * SIZE + x] = 1f;
            }
        }
        return new Raster(SIZE, SIZE, 1, data);
    }

    private static int argMax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            best = values[i] > values[best] ? i : best;
        }
        return best;
    }

    @Test
    void theMapPeaksOnAPlantedSquareAndItsImageScoresAboveNormalOnes() {
        try (FrozenPatchLocaliser localiser = FrozenPatchLocaliser.fit(textures(12, 1), MOBILENET, SIZE, SIZE, 7,
                NONE)) {
            List<Raster> normal = textures(4, 2);
            AnomalyMap map = localiser.maps(List.of(withSquare(normal.get(0))), NONE).get(0);
            assertEquals(8, map.width());
            assertEquals(8, map.height());
            int peak = argMax(map.values());
            assertTrue(Math.abs(peak % 8 - 5) <= 1 && Math.abs(peak / 8 - 2) <= 1, "peak at cell " + peak % 8
                    + ", " + peak / 8);
            for (AnomalyMap n : localiser.maps(normal, NONE)) {
                assertTrue(map.max() > n.max(), "square " + map.max() + " vs normal " + n.max());
            }
        }
    }

    @Test
    void aNormalCellOfTheBankIsAtDistanceZeroAndTheBankHoldsEveryCellOfAFewImages() {
        List<Raster> normals = textures(3, 3);
        try (FrozenPatchLocaliser localiser = FrozenPatchLocaliser.fit(normals, MOBILENET, SIZE, SIZE, 7, NONE)) {
            assertEquals(3 * 64, localiser.bank().size(), "few cells: all kept");
            double[] own = localiser.maps(normals.subList(0, 1), NONE).get(0).values();
            double other = localiser.maps(textures(1, 8), NONE).get(0).max();
            for (double v : own) {
                assertEquals(0, v, 0.05, "float rounding of |q|² + |b|² - 2 q·b only; another image: " + other);
            }
        }
    }

    @Test
    void bothLayersArePutOnAnEqualFootingOverTheNormalCells() {
        float[][] cells = new float[2][128];
        cells[0][0] = 3;
        cells[1][0] = 1;
        cells[0][40] = 10;
        cells[1][40] = 30;
        FrozenPatchLocaliser.LayerScale scale = FrozenPatchLocaliser.LayerScale.of(cells, 32, 0.5);
        assertEquals(0.5f, scale.shallow(), 1e-6f, "mean shallow length 2");
        assertEquals(0.025f, scale.deep(), 1e-6f, "mean deep length 20, weighted 0.5");
        scale.apply(cells);
        assertEquals(1.5f, cells[0][0], 1e-6f);
        assertEquals(0.75f, cells[1][40], 1e-6f);
    }

    @Test
    void aSavedLocaliserScoresExactlyAsTheOneItWasSavedFrom() throws IOException {
        List<Raster> test = List.of(withSquare(textures(1, 5).get(0)), textures(1, 6).get(0));
        Path file = dir.resolve("frozen.bin");
        List<AnomalyMap> before;
        FrozenPatchLocaliser.LayerScale saved;
        try (FrozenPatchLocaliser localiser = FrozenPatchLocaliser.fit(textures(6, 4), MOBILENET, SIZE, 2 * SIZE,
                7, NONE)) {
            before = localiser.maps(stretched(test), NONE);
            saved = localiser.scale();
            FrozenModelFile.write(file, localiser);
        }
        try (FrozenPatchLocaliser loaded = FrozenModelFile.read(file)) {
            assertEquals(SIZE, loaded.inputWidth());
            assertEquals(2 * SIZE, loaded.inputHeight());
            assertEquals(saved, loaded.scale());
            List<AnomalyMap> after = loaded.maps(stretched(test), NONE);
            for (int i = 0; i < before.size(); i++) {
                assertArrayEquals(before.get(i).values(), after.get(i).values(), 0.0);
            }
        }
    }

    @Test
    void theToneIsSavedAndAFileWrittenBeforeThereWasOneSeesImagesAsTheyAre() throws IOException {
        List<Raster> test = List.of(withSquare(textures(1, 5).get(0)));
        Path file = dir.resolve("frozen.bin");
        List<AnomalyMap> asIs;
        try (FrozenPatchLocaliser standardised = FrozenPatchLocaliser.fit(textures(3, 4), MOBILENET, SIZE, SIZE, 7,
                NONE);
             FrozenPatchLocaliser plain = FrozenPatchLocaliser.fit(textures(3, 4), MOBILENET, ImageTone.AS_IS, SIZE,
                     SIZE, 7, NONE)) {
            assertEquals(ImageTone.STANDARDISED, standardised.tone(), "new banks see every image's tone alike");
            FrozenModelFile.write(file, standardised);
            try (FrozenPatchLocaliser loaded = FrozenModelFile.read(file)) {
                assertEquals(ImageTone.STANDARDISED, loaded.tone());
            }
            asIs = plain.maps(test, NONE);
            // the file of a version without tones: the old magic, and no tone after the features' name
            FrozenModelFile.write(file, plain);
        }
        Files.write(file, older(Files.readAllBytes(file), ImageTone.AS_IS, '1'));
        try (FrozenPatchLocaliser loaded = FrozenModelFile.read(file)) {
            assertEquals(ImageTone.AS_IS, loaded.tone());
            assertArrayEquals(asIs.get(0).values(), loaded.maps(test, NONE).get(0).values(), 0.0);
        }
    }

    @Test
    void marksAreSavedApartWithTheirFactorAndAFileWrittenBeforeCountsThemAsTheyAre() throws IOException {
        List<Raster> marked = List.of(withSquare(textures(1, 5).get(0)));
        List<Raster> test = List.of(withSquare(textures(1, 6).get(0)));
        Path file = dir.resolve("frozen.bin");
        try (FrozenPatchLocaliser fitted = FrozenPatchLocaliser.fit(textures(3, 4), MOBILENET, SIZE, SIZE, 7, NONE);
             FrozenPatchLocaliser taught = fitted.withNormals(marked, fitted.marked().factor(), NONE)) {
            assertEquals(io.augtune.localise.MarkedCells.FACTOR, fitted.marked().factor(), "new banks' marks");
            assertEquals(fitted.bank().size(), taught.bank().size(), "marks are kept beside the bank");
            FrozenModelFile.write(file, taught);
            try (FrozenPatchLocaliser loaded = FrozenModelFile.read(file)) {
                assertEquals(taught.marked().size(), loaded.marked().size());
                assertEquals(taught.marked().factor(), loaded.marked().factor());
                assertArrayEquals(taught.maps(test, NONE).get(0).values(), loaded.maps(test, NONE).get(0).values(),
                        0.0);
            }
        }
        // a taught model of the version before: its marks were part of the bank, at their distance
        Files.write(file, older(Files.readAllBytes(file), ImageTone.STANDARDISED, '2'));
        try (FrozenPatchLocaliser loaded = FrozenModelFile.read(file)) {
            assertEquals(0, loaded.marked().size());
            assertEquals(1, loaded.marked().factor());
        }
    }

    /**
     * A file of this version as an older one wrote it: {@code '2'} without the marks' factor and index, {@code '1'}
     * without the tone too.
     */
    private static byte[] older(byte[] bytes, ImageTone tone, char version) {
        int name = 8 + 2 + MOBILENET.savedName().length();
        int toneBytes = 2 + tone.name().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        int from = version == '1' ? name : name + toneBytes;
        int cut = (version == '1' ? toneBytes : 0) + Double.BYTES + Integer.BYTES;
        byte[] old = new byte[bytes.length - cut];
        System.arraycopy(bytes, 0, old, 0, from);
        System.arraycopy(bytes, from + cut, old, from, old.length - from);
        old[7] = (byte) version;
        return old;
    }

    /** A model of two textures, written to frozen.bin: something to damage. */
    private Path smallModelFile() throws IOException {
        Path file = dir.resolve("frozen.bin");
        try (FrozenPatchLocaliser localiser = FrozenPatchLocaliser.fit(textures(2, 4), MOBILENET, SIZE, SIZE, 7,
                NONE)) {
            FrozenModelFile.write(file, localiser);
        }
        return file;
    }

    @Test
    void aToneThisVersionDoesNotKnowIsRefusedWithTheFileName() throws IOException {
        Path file = smallModelFile();
        String bytes = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(file, bytes.replace("STANDARDISED", "SEPIA-TONED!").getBytes(
                java.nio.charset.StandardCharsets.ISO_8859_1));
        IOException e = assertThrows(IOException.class, () -> FrozenModelFile.read(file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("SEPIA-TONED!"),
                e.getMessage());
    }

    @Test
    void anInceptionModelIsSavedWithItsFeaturesAndScoresAsBeforeWhenRead() throws IOException {
        List<Raster> test = List.of(withSquare(textures(1, 5).get(0)));
        Path file = dir.resolve("frozen.bin");
        List<AnomalyMap> before;
        try (FrozenPatchLocaliser localiser = FrozenPatchLocaliser.fit(textures(3, 4), FrozenBackbone.INCEPTIONV3,
                SIZE, SIZE, 7, NONE)) {
            assertEquals(256, localiser.bank().dimension());
            before = localiser.maps(test, NONE);
            FrozenModelFile.write(file, localiser);
        }
        try (FrozenPatchLocaliser loaded = FrozenModelFile.read(file)) {
            assertEquals(FrozenBackbone.INCEPTIONV3, loaded.backbone());
            assertEquals(96, loaded.scale().shallowDimension());
            assertArrayEquals(before.get(0).values(), loaded.maps(test, NONE).get(0).values(), 0.0);
        }
    }

    @Test
    void aDamagedOrForeignFileIsRefusedWithItsName() throws IOException {
        Path file = smallModelFile();
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 5));
        IOException truncated = assertThrows(IOException.class, () -> FrozenModelFile.read(file));
        assertTrue(truncated.getMessage().contains(file.toString()));
        Files.writeString(file, "something else entirely");
        assertThrows(IOException.class, () -> FrozenModelFile.read(file));
    }

    @Test
    void aBankOfOtherDescriptorsOrSidesOffTheFeatureGridAreRefused() {
        PatchMemoryBank wrong = new PatchMemoryBank(new float[][] {{1, 2, 3}});
        FrozenPatchLocaliser.LayerScale one = new FrozenPatchLocaliser.LayerScale(1, 1, 32);
        PatchMemoryBank right = new PatchMemoryBank(new float[][] {new float[128]});
        try (FrozenPatchFeatures features = FrozenPatchFeatures.load(MOBILENET)) {
            assertThrows(IllegalArgumentException.class, () -> new FrozenPatchLocaliser(features, wrong, one,
                    ImageTone.AS_IS, SIZE, SIZE));
            assertThrows(IllegalArgumentException.class, () -> new FrozenPatchLocaliser(features, right, one,
                    ImageTone.AS_IS, 60, SIZE));
            FrozenPatchLocaliser.LayerScale otherSplit = new FrozenPatchLocaliser.LayerScale(1, 1, 96);
            assertThrows(IllegalArgumentException.class, () -> new FrozenPatchLocaliser(features, right, otherSplit,
                    ImageTone.AS_IS, SIZE, SIZE));
        }
        assertThrows(IllegalArgumentException.class, () -> new FrozenPatchLocaliser.LayerScale(0, 1, 32));
    }

    /** The images repeated down to twice their height (the localiser of the save test reads 64 x 128). */
    private static List<Raster> stretched(List<Raster> images) {
        List<Raster> out = new ArrayList<>();
        for (Raster r : images) {
            float[] data = new float[2 * r.data().length];
            System.arraycopy(r.data(), 0, data, 0, r.data().length);
            System.arraycopy(r.data(), 0, data, r.data().length, r.data().length);
            out.add(new Raster(SIZE, 2 * SIZE, 1, data));
        }
        return out;
    }
}
