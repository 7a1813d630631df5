package io.augtune.localise;

import io.augtune.common.CancellationToken;
import io.augtune.engine.PatchMemoryBank;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MarkedCellsTest {
    private static final CancellationToken NONE = CancellationToken.none();

    @Test
    void aMarkedCellExplainsOnlyQueriesClearlyNearerToItThanToTheBank() {
        MarkedCells marked = new MarkedCells(new PatchMemoryBank(new float[][] {{0, 0}}), 1.25);
        float[][] queries = {{0, 0}, {2, 0}, {2, 0}, {0.5f, 0}};
        double[] kept = {4, 3, 2.4, 0.2};
        double[] now = marked.nearer(queries, kept, NONE);
        assertEquals(0, now[0], 1e-6, "a query just like the marked cell is normal");
        assertEquals(2.5, now[1], 1e-6, "nearer to the mark than 1/1.25 of its distance to the bank: 1.25 x farther");
        assertEquals(2.4, now[2], 1e-12, "only a little nearer to the mark than to the bank: the bank's stays");
        assertEquals(0.2, now[3], 1e-12, "the bank stays nearer");
        assertArrayEquals(new double[] {4, 3, 2.4, 0.2}, kept, "the distances kept are not changed");
    }

    @Test
    void marksOfPartsMadeBeforeTheFactorCountAtTheirDistance() {
        MarkedCells marked = MarkedCells.exact().with(new float[][] {{0, 0}});
        assertEquals(10, marked.nearer(new float[][] {{10, 0}}, new double[] {12}, NONE)[0], 1e-5);
    }

    @Test
    void onlyTheCellsFromTheGivenIndexOnAreMeasured() {
        MarkedCells marked = MarkedCells.none(2).with(new float[][] {{0, 0}}).with(new float[][] {{5, 0}});
        assertEquals(2, marked.size());
        assertEquals(2, marked.factor());
        double[] fromSecond = marked.after(1).nearer(new float[][] {{0, 0}}, new double[] {12}, NONE);
        assertEquals(10, fromSecond[0], 1e-5, "the first mark was already counted in the distance kept");
        assertArrayEquals(new double[] {12}, marked.after(2).nearer(new float[][] {{0, 0}}, new double[] {12}, NONE));
    }

    @Test
    void aFactorMustBeFiniteAndAtLeastOne() {
        assertThrows(IllegalArgumentException.class, () -> MarkedCells.none(0.5));
        assertThrows(IllegalArgumentException.class, () -> MarkedCells.none(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> MarkedCells.none(Double.POSITIVE_INFINITY));
    }
}
