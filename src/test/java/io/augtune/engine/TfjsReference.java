package io.augtune.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The TensorFlow.js outputs the converters in src/tools/pretrained record for the parity tests of the ported
 * networks, and how far a port's output lies from one of them.
 */
final class TfjsReference {
    private TfjsReference() {
    }

    /** The reference file of this name beside the tests of this package. */
    static JsonNode read(String file) throws Exception {
        try (InputStream in = TfjsReference.class.getResourceAsStream(file)) {
            assertNotNull(in, "reference outputs missing");
            return new ObjectMapper().readTree(in);
        }
    }

    /** The references' input pattern, channels first. */
    static float[] input(int height, int width) {
        float[] v = new float[3 * height * width];
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    v[(c * height + y) * width + x] = ((x * 7 + y * 13 + c * 29 + x * y) % 256) / 255f;
                }
            }
        }
        return v;
    }

    /** The largest difference between a port's output and a case's, and the case's largest value. */
    record Difference(double worst, double scale) {
    }

    /**
     * How far the port's output (channels first) lies from one reference case (channels last), once its shape is the
     * case's and the case is not all zeros.
     */
    static Difference of(JsonNode c, NDArray out, int channels) {
        JsonNode shape = c.get("outputShape");
        assertEquals(new Shape(1, channels, shape.get(1).asLong(), shape.get(2).asLong()), out.getShape());
        float[] nhwc = out.transpose(0, 2, 3, 1).toFloatArray();
        JsonNode expected = c.get("output");
        double worst = 0;
        double scale = 0;
        for (int i = 0; i < nhwc.length; i++) {
            worst = Math.max(worst, Math.abs(nhwc[i] - expected.get(i).asDouble()));
            scale = Math.max(scale, Math.abs(expected.get(i).asDouble()));
        }
        assertTrue(scale > 0.1, "the reference is not all zeros");
        return new Difference(worst, scale);
    }
}
