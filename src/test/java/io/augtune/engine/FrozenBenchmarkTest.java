package io.augtune.engine;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrozenBenchmarkTest {
    @Test
    void aSmallRunReportsPositiveTimesAndABankOfTheAskedSize() {
        FrozenBenchmark r = FrozenBenchmark.run(32, 48, 50, 16, 1, FrozenBackbone.MOBILENETV2);
        assertEquals(50, r.bankSize(), "4 images of 4 x 6 cells = 96 cells, reduced to 50");
        assertEquals(200, FrozenBenchmark.run(32, 48, 200, 16, 1, FrozenBackbone.MOBILENETV2).bankSize(),
                "9 images: 216 cells, reduced to 200");
        assertTrue(r.describeMs() > 0 && r.nearestMs() > 0);
        assertEquals(1000 / (r.describeMs() + r.nearestMs()), r.imagesPerSecond(), 1e-9);
    }
}
