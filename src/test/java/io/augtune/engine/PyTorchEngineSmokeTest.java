package io.augtune.engine;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The bundled CPU libtorch loads offline and computes. */
class PyTorchEngineSmokeTest {

    @Test
    void pytorchEngineLoadsOfflineAndAdds() {
        assertEquals("PyTorch", Engine.getInstance().getEngineName());
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray a = manager.create(new float[] {1f, 2f});
            assertEquals(3f, a.sum().getFloat(), 1e-6);
        }
    }
}
