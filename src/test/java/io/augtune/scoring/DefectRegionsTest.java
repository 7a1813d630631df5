package io.augtune.scoring;

import io.augtune.project.BoundingBox;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DefectRegionsTest {

    /** 6 wide, 4 high. */
    private static final String PICTURE = """
            X.....
            .X..XX
            ....XX
            X.....
            """;

    @Test
    void diagonalNeighboursBelongToTheSameRegion() {
        ConnectedComponents components = ConnectedComponents.label(mask(PICTURE), 6, 4);
        assertEquals(3, components.count());
        assertEquals(components.labelAt(0, 0), components.labelAt(1, 1));
        assertEquals(2, components.area(1));
        assertEquals(new BoundingBox(0, 0, 2, 2), components.box(1));
        assertEquals(4, components.area(2));
        assertEquals(new BoundingBox(4, 1, 2, 2), components.box(2));
        assertEquals(new BoundingBox(0, 3, 1, 1), components.box(3));
        assertEquals(0, components.labelAt(2, 0));
    }

    @Test
    void areaAndBoxCoverAllRegionsStrictlyAboveTheThreshold() {
        DefectRegions.Summary summary = DefectRegions.measure(values(PICTURE), 6, 4, 0.5);
        assertEquals(7, summary.areaPx());
        assertEquals(3, summary.regionCount());
        assertEquals(Optional.of(new BoundingBox(0, 0, 6, 4)), summary.boundingBox());
        assertEquals(0, DefectRegions.measure(values(PICTURE), 6, 4, 1.0).areaPx());
    }

    @Test
    void regionsBelowTheMinimumAreaAreIgnored() {
        DefectRegions.Summary summary = DefectRegions.measure(values(PICTURE), 6, 4, 0.5, 3);
        assertEquals(4, summary.areaPx());
        assertEquals(1, summary.regionCount());
        assertEquals(Optional.of(new BoundingBox(4, 1, 2, 2)), summary.boundingBox());
    }

    @Test
    void aCleanMapHasNoDefectAndNoBox() {
        DefectRegions.Summary summary = DefectRegions.measure(new double[12], 4, 3, 0.5);
        assertEquals(new DefectRegions.Summary(0, 0, Optional.empty()), summary);
    }

    @Test
    void aRegionLargerThanTheInitialStackIsFilledCompletely() {
        boolean[] full = new boolean[300 * 200];
        Arrays.fill(full, true);
        ConnectedComponents components = ConnectedComponents.label(full, 300, 200);
        assertEquals(1, components.count());
        assertEquals(60_000, components.area(1));
        assertEquals(new BoundingBox(0, 0, 300, 200), components.box(1));
    }

    @Test
    void aMaskWhoseLengthDisagreesWithItsSizeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ConnectedComponents.label(new boolean[5], 2, 2));
    }

    @Test
    void boxesUniteToTheSmallestCoveringBox() {
        assertEquals(new BoundingBox(1, 2, 9, 5), DefectRegions.union(new BoundingBox(1, 4, 2, 3), new BoundingBox(5, 2, 5, 1)));
    }

    private static boolean[] mask(String picture) {
        String cells = picture.replace("\n", "");
        boolean[] mask = new boolean[cells.length()];
        for (int i = 0; i < mask.length; i++) {
            mask[i] = cells.charAt(i) == 'X';
        }
        return mask;
    }

    private static double[] values(String picture) {
        boolean[] mask = mask(picture);
        double[] values = new double[mask.length];
        for (int i = 0; i < mask.length; i++) {
            values[i] = mask[i] ? 1.0 : 0.5;
        }
        return values;
    }
}
