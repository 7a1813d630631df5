package io.augtune.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The DJL port of the pretrained InceptionV3 against TensorFlow.js running the original nsfwjs model on the same
 * inputs (reference recorded by src/tools/pretrained/convert-inception.mjs on a 75×75 and a 61×83 input).
 */
class InceptionV3FeaturesTest {
    /**
     * Largest difference allowed, relative to the largest reference value: float32 sums of up to 1,728 products per
     * convolution, summed in another order by TF.js' CPU kernels and PyTorch, across 11 layers in series, with the
     * BatchNorm folded here and applied as such there, differ by rounding only: measured at most 7.8e-6 for values up
     * to 7.8 (1e-6 relative). 1e-4 leaves room for other CPUs' summation orders and still fails for any wrong kernel,
     * padding, pool or channel order (one average pool counting its padding moved mixed0 by 4.9).
     */
    private static final double TOLERANCE = 1e-4;

    private static JsonNode reference(String layer) throws Exception {
        return TfjsReference.read("inceptionv3-" + layer + "-reference.json");
    }

    @Test
    void bothLayersReproduceTensorFlowJsOnTheSameInputs() throws Exception {
        JsonNode shallow = reference("mixed2");
        JsonNode deep = reference("mixed5");
        assertEquals("mixed2", shallow.get("layer").asText());
        assertEquals("mixed5", deep.get("layer").asText());
        try (InceptionV3Features net = InceptionV3Features.load(); NDManager m = NDManager.newBaseManager()) {
            for (int k = 0; k < shallow.get("cases").size(); k++) {
                JsonNode c = shallow.get("cases").get(k);
                int h = c.get("height").asInt();
                int w = c.get("width").asInt();
                NDArray[] out = net.twoLayers(m.create(TfjsReference.input(h, w), new Shape(1, 3, h, w)));
                assertEquals(InceptionV3Features.shallowSize(h), c.get("outputShape").get(1).asInt());
                assertEquals(InceptionV3Features.shallowSize(w), c.get("outputShape").get(2).asInt());
                JsonNode d = deep.get("cases").get(k);
                assertEquals(InceptionV3Features.deepSize(h), d.get("outputShape").get(1).asInt());
                assertEquals(InceptionV3Features.deepSize(w), d.get("outputShape").get(2).asInt());
                assertMatches(c, out[0], InceptionV3Features.SHALLOW_CHANNELS);
                assertMatches(d, out[1], InceptionV3Features.DEEP_CHANNELS);
            }
        }
    }

    /** The port's output (channels first) within the tolerance of the reference (channels last). */
    private static void assertMatches(JsonNode c, NDArray out, int channels) {
        TfjsReference.Difference d = TfjsReference.of(c, out, channels);
        System.out.println(c.get("height") + "x" + c.get("width") + " " + channels + " channels: largest difference "
                + d.worst() + " for values up to " + d.scale());
        assertTrue(d.worst() < TOLERANCE * d.scale(), c.get("height") + "x" + c.get("width")
                + ": largest difference " + d.worst() + " for values up to " + d.scale());
    }

    @Test
    void aGrayImageIsSeenAsThreeEqualChannels() {
        try (InceptionV3Features net = InceptionV3Features.load(); NDManager m = NDManager.newBaseManager()) {
            NDArray gray = m.randomUniform(0, 1, new Shape(1, 1, 48, 50));
            NDArray[] a = net.twoLayers(gray);
            NDArray[] b = net.twoLayers(gray.repeat(1, 3));
            for (int l = 0; l < 2; l++) {
                float[] x = a[l].toFloatArray();
                float[] y = b[l].toFloatArray();
                for (int i = 0; i < x.length; i++) {
                    assertEquals(y[i], x[i], 1e-5);
                }
            }
            assertThrows(IllegalArgumentException.class,
                    () -> net.twoLayers(m.zeros(new Shape(1, 1, InceptionV3Features.MIN_SIDE - 1, 64))));
        }
    }
}
