package io.augtune.engine;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ComputeThreadsTest {

    @Test
    void theThreadCountCanBeSetAndRestored() {
        int before = ComputeThreads.current();
        try {
            ComputeThreads.use(1);
            assertEquals(1, ComputeThreads.current());
        } finally {
            ComputeThreads.use(before);
        }
        assertEquals(before, ComputeThreads.current());
    }

    @Test
    void fewerThanOneThreadIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ComputeThreads.use(0));
    }
}
