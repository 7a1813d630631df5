package io.augtune.localise;

import io.augtune.common.CancellationToken;
import io.augtune.common.Raster;
import io.augtune.scoring.AnomalyMap;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fusion rule on localisers whose maps are known, without any network. */
class FusedLocaliserTest {
    /** Maps the image's mean grey times a factor, on a grid of its own size, at a fixed input size. */
    private record Brightness(int inputWidth, int inputHeight, int mapSide, double factor) implements Localiser {
        @Override
        public List<AnomalyMap> maps(List<Raster> prepared, CancellationToken cancel) {
            List<AnomalyMap> out = new ArrayList<>();
            for (Raster r : prepared) {
                assertEquals(inputWidth, r.width(), "each part gets its own input size");
                double[] v = new double[mapSide * mapSide];
                double mean = 0;
                for (float f : r.data()) {
                    mean += f / r.data().length;
                }
                Arrays.fill(v, mean * factor);
                v[0] += r.data()[0] * factor; // the top-left pixel is where a "defect" shows
                out.add(new AnomalyMap(mapSide, mapSide, v));
            }
            return out;
        }

        @Override
        public String describe() {
            return "brightness";
        }
    }

    private static Raster grey(int side, double level, double corner) {
        float[] data = new float[side * side];
        Arrays.fill(data, (float) level);
        data[0] = (float) corner;
        return new Raster(side, side, 1, data);
    }

    @Test
    void mapsAreAddedOnTheFinestGridInNormalSpreadsWithTheGlobalExcessEverywhere() {
        AnomalyMap coarse = new AnomalyMap(1, 1, new double[] {3});
        AnomalyMap fine = new AnomalyMap(2, 2, new double[] {1, 2, 3, 4});
        AnomalyMap fused = FusedLocaliser.fuse(List.of(coarse, fine), List.of(new NormalSpread(1, 2, 0),
                new NormalSpread(0, 1, 0)), 0.5);
        assertEquals(2, fused.width());
        assertEquals(2, fused.height());
        // coarse z = (3 - 1) / 2 = 1 everywhere; fine z = its values; plus 0.5
        assertEquals(List.of(2.5, 3.5, 4.5, 5.5), Arrays.stream(fused.values()).boxed().toList());
    }

    @Test
    void partsAreCalibratedOnHeldBackNormalsAndTheGlobalTermOnlyAddsBeyondThem() {
        Random random = new Random(4);
        List<Raster> normals = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            double level = 0.5 + 0.02 * random.nextGaussian();
            normals.add(grey(8, level, level));
        }
        // a part on a hundred times the scale of the other: without calibration it would decide alone
        List<FusedLocaliser.Part> parts = List.of(
                new FusedLocaliser.Part("small", new Brightness(8, 8, 2, 1), null, 1),
                new FusedLocaliser.Part("large", new Brightness(4, 4, 4, 100), null, 1));
        FusedLocaliser.Calibrated c = FusedLocaliser.calibrate(parts,
                FusedLocaliser.GlobalTerm.fit(normals.subList(0, 20)), normals.subList(20, 30),
                CancellationToken.none());
        FusedLocaliser fused = c.localiser();
        assertEquals(8, fused.inputWidth(), "the largest part's input");
        assertEquals(10, c.normalMaps().size());
        for (AnomalyMap normal : c.normalMaps()) {
            assertTrue(normal.max() < 10, "held-back normals sit near the normal mean: " + normal.max());
        }
        FusedLocaliser.Scored spot = fused.score(List.of(grey(8, 0.5, 1.0)), CancellationToken.none()).get(0);
        assertTrue(spot.components().get("small") > 3, "a bright corner is far from normal in spreads");
        assertEquals(4, spot.map().width(), "the finest part's grid");
        FusedLocaliser.Scored darker = fused.score(List.of(grey(8, 0.2, 0.2)), CancellationToken.none()).get(0);
        assertTrue(darker.components().get(FusedLocaliser.GLOBAL) > 5, "the whole part is darker");
        double withoutGlobal = FusedLocaliser.fuse(List.copyOf(darker.partMaps().values()),
                fused.parts().stream().map(FusedLocaliser.Part::spread).toList(), 0).max();
        assertTrue(darker.map().max() > withoutGlobal + 1, "the global excess lifts a global defect");
        FusedLocaliser.Scored normal = fused.score(List.of(normals.get(0)), CancellationToken.none()).get(0);
        double normalWithoutGlobal = FusedLocaliser.fuse(List.copyOf(normal.partMaps().values()),
                fused.parts().stream().map(FusedLocaliser.Part::spread).toList(), 0).max();
        assertEquals(normalWithoutGlobal, normal.map().max(), 1e-9,
                "a normal part's brightness adds nothing: it lies within the held-back range");
        assertEquals(normal.components().get("small") + normal.components().get("large"), normal.score(), 1e-9,
                "the image score adds the parts' z-scores");
        assertTrue(darker.score() > darker.components().get("small") + darker.components().get("large") + 1);
        assertEquals(10, c.normalScores().length);
    }

    @Test
    void theGlobalExcessCountsOnlyWhereItSaysMoreThanTheParts() {
        FusedLocaliser.GlobalJoin join = FusedLocaliser.GlobalJoin.BEYOND_PARTS;
        assertEquals(join, FusedLocaliser.GlobalJoin.DEFAULT);
        assertEquals(5, join.join(5, 3), 1e-12, "the parts already say more: the excess adds nothing");
        assertEquals(3, join.join(1, 3), 1e-12, "the excess says more: the image is as far as the excess");
        assertEquals(-2 + 3, join.join(-2, 3), 1e-12, "parts below normal: the excess is added");
        assertEquals(4, join.join(4, 0), 1e-12);
        assertEquals(8, FusedLocaliser.GlobalJoin.ADDED.join(5, 3), 1e-12, "models saved before added it");
    }

    @Test
    void theTrainedPartAddsAtMostWhatThePretrainedPartSees() {
        PartsJoin join = PartsJoin.TRAINED_CONFIRMS;
        assertEquals(join, PartsJoin.DEFAULT);
        assertEquals(4 + 4, join.join(parts(18, 4)), 1e-12, "a trained alarm the pretrained cells barely share");
        assertEquals(6 + 2, join.join(parts(2, 6)), 1e-12, "both see it: added");
        assertEquals(-1 + 0, join.join(parts(3, -1)), 1e-12, "the pretrained cells see a normal part");
        assertEquals(-1 + -2, join.join(parts(-2, -1)), 1e-12, "the trained part's doubt still counts");
        assertEquals(18 + 4, PartsJoin.SUM.join(parts(18, 4)), 1e-12, "models saved before added them");
        assertEquals(5, join.join(java.util.Map.of("small", 2.0, "large", 3.0)), 1e-12,
                "parts other than trained and pretrained are added");
    }

    private static java.util.Map<String, Double> parts(double tuned, double frozen) {
        return java.util.Map.of(FusedLocaliser.TUNED, tuned, FusedLocaliser.FROZEN, frozen);
    }

    @Test
    void aPartsImageScoreIsTheMeanOfItsHighestCellsOnTheScaleOfTheHeldBackOnes() {
        List<Raster> normals = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            normals.add(grey(8, 0.5, 0.5 + 0.01 * i));
        }
        FusedLocaliser.Part part = new FusedLocaliser.Part("two", new Brightness(8, 8, 2, 1), null, 2);
        FusedLocaliser fused = FusedLocaliser.calibrate(List.of(part), null, normals, CancellationToken.none())
                .localiser();
        // the Brightness map: the image's mean everywhere, plus the corner pixel in the first cell
        double[] normalScores = normals.stream().mapToDouble(r -> {
            double mean = 0;
            for (float f : r.data()) {
                mean += f / r.data().length;
            }
            return (mean + r.data()[0] + mean) / 2;
        }).toArray();
        assertEquals(NormalSpread.of(normalScores), fused.parts().get(0).spread(), "calibrated on the same score");
        Raster spot = grey(8, 0.5, 1.0);
        AnomalyMap map = new Brightness(8, 8, 2, 1).maps(List.of(spot), CancellationToken.none()).get(0);
        assertEquals(fused.parts().get(0).spread().z(map.topMean(2)),
                fused.score(List.of(spot), CancellationToken.none()).get(0).components().get("two"), 1e-9);
        assertEquals(FusedLocaliser.FROZEN_IMAGE_CELLS, FusedLocaliser.Part.uncalibrated(FusedLocaliser.FROZEN,
                part.localiser()).imageCells(), "the pretrained part averages its highest cells");
        assertEquals(1, FusedLocaliser.Part.uncalibrated(FusedLocaliser.TUNED, part.localiser()).imageCells(),
                "the trained part keeps its maximum");
        assertThrows(IllegalArgumentException.class, () -> new FusedLocaliser.Part("none", part.localiser(), null,
                0));
    }

    @Test
    void aPartMarkedGoodExplainsPartsLitLikeItAndNoOthers() {
        Random random = new Random(5);
        List<Raster> normals = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            double level = 0.5 + 0.02 * random.nextGaussian();
            normals.add(grey(8, level, level));
        }
        FusedLocaliser fused = FusedLocaliser.calibrate(List.of(new FusedLocaliser.Part("small",
                        new Brightness(8, 8, 2, 1), null, 1)), FusedLocaliser.GlobalTerm.fit(normals.subList(0, 20)),
                normals.subList(20, 30), CancellationToken.none()).localiser();
        Raster marked = grey(8, 0.3, 0.3);
        Raster litLikeIt = grey(8, 0.31, 0.31);
        Raster brighter = grey(8, 0.7, 0.7);
        FusedLocaliser taught = fused.withNormals(List.of(marked), CancellationToken.none());
        assertEquals(1, taught.global().taught().size());
        assertTrue(fused.global().taught().isEmpty(), "the original term is unchanged");

        assertTrue(global(fused, marked) > 5, "before the mark, a darker part is a global defect");
        assertTrue(global(taught, marked) < global(fused, marked) - 5, "a marked part is normal: "
                + global(taught, marked));
        assertTrue(global(taught, litLikeIt) < global(fused, litLikeIt) - 5, "so is a part lit like it");
        assertTrue(global(fused, brighter) > 5);
        assertEquals(global(fused, brighter), global(taught, brighter), 1e-9,
                "a brighter part is nearer the normal mean than the marked dark one: nothing changes for it");
        Raster darkerStill = grey(8, 0.1, 0.1);
        assertEquals(global(fused, darkerStill), global(taught, darkerStill), 1e-9, "a part farther from the marked "
                + "one than held-back parts are from normal is not vouched for, though nearer it than the mean");
        assertTrue(taught.score(List.of(litLikeIt), CancellationToken.none()).get(0).score()
                < fused.score(List.of(litLikeIt), CancellationToken.none()).get(0).score() - 1);
    }

    private static double global(FusedLocaliser fused, Raster image) {
        return fused.score(List.of(image), CancellationToken.none()).get(0).components().get(FusedLocaliser.GLOBAL);
    }
}
