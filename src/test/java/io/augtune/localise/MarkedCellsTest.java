package io.augtune.localise;

import io.augtune.common.CancellationToken;
import io.augtune.engine.PatchMemoryBank;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MarkedCellsTest {
    private static final CancellationToken NONE = CancellationToken.none();

    @Test
    void aMarkedCellExplainsOnlyQueriesWithinItsReach() {
        MarkedCells marked = new MarkedCells(new PatchMemoryBank(new float[][] {{0, 0}}), 1.5);
        float[][] queries = {{1, 0}, {2, 0}, {0.5f, 0}};
        double[] kept = {3, 3, 0.2};
        double[] now = marked.nearer(queries, kept, 0, NONE);
        assertEquals(1, now[0], 1e-6, "within reach: the marked cell is nearer");
        assertEquals(3, now[1], 1e-12, "beyond reach: the marked cell does not count, however near the bank is not");
        assertEquals(0.2, now[2], 1e-12, "the bank stays nearer");
        assertArrayEquals(new double[] {3, 3, 0.2}, kept, "the distances kept are not changed");
    }

    @Test
    void unboundedMarksExplainEveryQueryTheyAreNearerTo() {
        MarkedCells marked = MarkedCells.unbounded().with(new float[][] {{0, 0}});
        assertEquals(10, marked.nearer(new float[][] {{10, 0}}, new double[] {12}, 0, NONE)[0], 1e-5);
    }

    @Test
    void onlyTheCellsFromTheGivenIndexOnAreMeasured() {
        MarkedCells marked = MarkedCells.none(100).with(new float[][] {{0, 0}}).with(new float[][] {{5, 0}});
        assertEquals(2, marked.size());
        assertEquals(100, marked.reach());
        double[] fromSecond = marked.nearer(new float[][] {{0, 0}}, new double[] {9}, 1, NONE);
        assertEquals(5, fromSecond[0], 1e-5, "the first mark was already counted in the distance kept");
        assertArrayEquals(new double[] {9}, marked.nearer(new float[][] {{0, 0}}, new double[] {9}, 2, NONE));
    }

    @Test
    void theReachIsTheMedianOfTheHeldBackDistances() {
        assertEquals(3, MarkedCells.reachOf(List.of(new double[] {5, 1}, new double[] {3, 4, 2})), 0);
        assertEquals(Double.POSITIVE_INFINITY, MarkedCells.reachOf(List.of()));
        assertEquals(2, MarkedCells.reachOf(List.of(new double[] {Double.NaN, 2})), 0, "only finite distances");
    }

    @Test
    void aReachMustBeADistance() {
        assertThrows(IllegalArgumentException.class, () -> MarkedCells.none(-1));
        assertThrows(IllegalArgumentException.class, () -> MarkedCells.none(Double.NaN));
    }
}
