package io.augtune.evaluation;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PixelAurocTest {

    @Test
    void aHandCountedCaseOverTwoImagesIsExact() {
        // Defect pixels 0.9 and 0.3; normal pixels 0.5, 0.1, 0.3, 0.0.
        // 0.9 beats all 4; 0.3 beats 0.1 and 0.0 and ties 0.3: 2.5. AUROC = 6.5 / 8.
        PixelAuroc pixels = new PixelAuroc();
        pixels.add(new double[] {0.9, 0.5, 0.1}, new boolean[] {true, false, false});
        pixels.add(new double[] {0.3, 0.3, 0.0}, new boolean[] {true, false, false});
        assertEquals(6.5 / 8, pixels.result(), 1e-12);
        assertEquals(6, pixels.pixelCount());
    }

    @Test
    void binningChangesTheAurocByLessThanOneTenThousandth() {
        Random random = new Random(1);
        int n = 200_000;
        double[] scores = new double[n];
        boolean[] labels = new boolean[n];
        for (int i = 0; i < n; i++) {
            labels[i] = random.nextInt(10) == 0;
            scores[i] = random.nextGaussian() + (labels[i] ? 1.5 : 0);
        }
        PixelAuroc pixels = new PixelAuroc();
        for (int start = 0; start < n; start += 10_000) {
            pixels.add(Arrays.copyOfRange(scores, start, start + 10_000),
                    Arrays.copyOfRange(labels, start, start + 10_000));
        }
        assertEquals(Auroc.of(scores, labels), pixels.result(), 1e-4);
    }

    @Test
    void imagesWithWiderRangesLaterGiveTheSameResultAsOneBigImage() {
        // The first image is constant, so the grid starts a few ulps wide and has to double ~50 times.
        PixelAuroc growing = new PixelAuroc();
        growing.add(new double[] {10, 10}, new boolean[] {false, true});
        growing.add(new double[] {5, 20}, new boolean[] {false, true});
        growing.add(new double[] {-400, 900}, new boolean[] {false, true});
        double exact = Auroc.of(new double[] {10, 10, 5, 20, -400, 900},
                new boolean[] {false, true, false, true, false, true});
        assertEquals(8.5 / 9, exact, 1e-15);
        assertEquals(exact, growing.result(), 1e-12);
    }

    @Test
    void withoutDefectPixelsPixelAurocIsUndefined() {
        PixelAuroc pixels = new PixelAuroc();
        pixels.add(new double[] {1, 2}, new boolean[] {false, false});
        assertThrows(MissingClassException.class, pixels::result);
    }

    @Test
    void aBinCountThatIsNotAPowerOfTwoIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new PixelAuroc(1000));
    }
}
