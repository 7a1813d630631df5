package io.augtune.evaluation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AuproTest {

    @Test
    void aHandComputedCurveIsIntegratedUpToThirtyPercentFpr() {
        // Regions: {0.9, 0.5} in image A and {0.8} in image B; nine normal pixels.
        // Curve (FPR, PRO): (0,0) (0,.25) (0,.75) (1/9,.75) (2/9,.75) (2/9,1) then FPR passes 0.3.
        // Area up to 0.3: .75·2/9 + 1·(0.3 − 2/9) = 2.2/9; normalised by 0.3: 22/27.
        Aupro aupro = new Aupro();
        aupro.add(new double[] {0.9, 0.5, 0.3, 0.2, 0.1, 0.7}, mask("XX....."), 3, 2);
        aupro.add(new double[] {0.4, 0.6, 0.0, 0.05, 0.15, 0.8}, mask(".....X"), 3, 2);
        assertEquals(2, aupro.regionCount());
        assertEquals(22.0 / 27.0, aupro.result(), 1e-9);
    }

    @Test
    void everyRegionWeighsTheSameWhateverItsSize() {
        // A 5-pixel region scored above everything and a 1-pixel region scored below everything: PRO is 1/2 from
        // FPR 0 until the last background pixel, so AUPRO is 1/2 (a pixel-wise recall would say 5/6).
        double[] map = new double[100];
        boolean[] mask = new boolean[100];
        for (int i = 0; i < 100; i++) {
            map[i] = i;
        }
        for (int i = 95; i < 100; i++) {
            mask[i] = true;
        }
        map[0] = -1;
        mask[0] = true;
        Aupro aupro = new Aupro();
        aupro.add(map, mask, 10, 10);
        assertEquals(2, aupro.regionCount());
        assertEquals(0.5, aupro.result(), 1e-9);
    }

    @Test
    void tiedScoresAreInterpolatedLinearlyAlongTheCurve() {
        // Region at 10, everything else (94 normal pixels and a 1-pixel region) at 0: the curve jumps from
        // (0, 0.5) straight to (1, 1), so PRO at FPR 0.3 is 0.65 and the area is 0.3 (0.5 + 0.65) / 2.
        double[] map = new double[100];
        boolean[] mask = new boolean[100];
        for (int i = 0; i < 5; i++) {
            map[i] = 10;
            mask[i] = true;
        }
        mask[99] = true;
        Aupro aupro = new Aupro();
        aupro.add(map, mask, 10, 10);
        assertEquals((0.5 + 0.65) / 2, aupro.result(), 1e-9);
    }

    @Test
    void perfectLocalisationGivesOneAndInvertedLocalisationGivesZero() {
        Aupro perfect = new Aupro();
        perfect.add(new double[] {5, 5, 0, 0}, new boolean[] {true, true, false, false}, 2, 2);
        assertEquals(1.0, perfect.result(), 1e-12);
        Aupro inverted = new Aupro();
        inverted.add(new double[] {0, 0, 5, 5}, new boolean[] {true, true, false, false}, 2, 2);
        assertEquals(0.0, inverted.result(), 1e-12);
    }

    @Test
    void diagonalDefectPixelsFormOneRegion() {
        Aupro aupro = new Aupro();
        aupro.add(new double[] {1, 0, 0, 1}, new boolean[] {true, false, false, true}, 2, 2);
        assertEquals(1, aupro.regionCount());
    }

    @Test
    void withoutAnyRegionAuproIsUndefined() {
        Aupro aupro = new Aupro();
        aupro.add(new double[] {1, 2, 3, 4}, new boolean[4], 2, 2);
        assertThrows(MissingClassException.class, aupro::result);
    }

    private static boolean[] mask(String cells) {
        boolean[] mask = new boolean[6];
        for (int i = 0; i < 6; i++) {
            mask[i] = cells.charAt(i) == 'X';
        }
        return mask;
    }
}
