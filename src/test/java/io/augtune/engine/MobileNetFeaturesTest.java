package io.augtune.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The DJL port of the pretrained MobileNetV2 blocks against TensorFlow.js running the original nsfwjs model on the
 * same inputs (reference recorded by src/tools/pretrained/convert.mjs, on an even- and an odd-sized input).
 */
class MobileNetFeaturesTest {

    private static JsonNode reference(String block) throws Exception {
        return TfjsReference.read("mobilenetv2-" + block + "-reference.json");
    }

    @Test
    void theDjlPortReproducesTensorFlowJsOnTheSameInputs() throws Exception {
        JsonNode ref = reference("block5");
        assertEquals("block_5_add", ref.get("layer").asText());
        try (MobileNetFeatures net = MobileNetFeatures.load(); NDManager m = NDManager.newBaseManager()) {
            for (JsonNode c : ref.get("cases")) {
                int h = c.get("height").asInt();
                int w = c.get("width").asInt();
                NDArray in = m.create(TfjsReference.input(h, w), new Shape(1, 3, h, w));
                NDArray out = net.features(in);
                assertEquals(new Shape(1, 3, h, w), in.getShape(), "the input is left as it was");
                assertEquals(MobileNetFeatures.outputSize(h), c.get("outputShape").get(1).asInt());
                assertMatches(c, out, MobileNetFeatures.CHANNELS);
            }
        }
    }

    @Test
    void theDeeperLayerReproducesTensorFlowJsAndTheShallowOneIsUnchangedInTheSamePass() throws Exception {
        JsonNode deep = reference("block12");
        JsonNode shallow = reference("block5");
        assertEquals("block_12_add", deep.get("layer").asText());
        try (MobileNetFeatures net = MobileNetFeatures.load(); NDManager m = NDManager.newBaseManager()) {
            for (int k = 0; k < deep.get("cases").size(); k++) {
                JsonNode c = deep.get("cases").get(k);
                int h = c.get("height").asInt();
                int w = c.get("width").asInt();
                NDArray[] out = net.twoLayers(m.create(TfjsReference.input(h, w), new Shape(1, 3, h, w)));
                assertEquals(MobileNetFeatures.deepOutputSize(h), c.get("outputShape").get(1).asInt());
                assertEquals(MobileNetFeatures.deepOutputSize(w), c.get("outputShape").get(2).asInt());
                assertMatches(shallow.get("cases").get(k), out[0], MobileNetFeatures.CHANNELS);
                assertMatches(c, out[1], MobileNetFeatures.DEEP_CHANNELS);
            }
        }
    }

    /** The port's output (channels first) within 1e-3 of the reference's largest value (channels last). */
    private static void assertMatches(JsonNode c, NDArray out, int channels) {
        TfjsReference.Difference d = TfjsReference.of(c, out, channels);
        assertTrue(d.worst() < 1e-3 * Math.max(1, d.scale()), c.get("height") + "x" + c.get("width")
                + ": largest difference " + d.worst() + " for values up to " + d.scale());
    }

    @Test
    void aGrayImageIsSeenAsThreeEqualChannelsAndGradientsReachTheInput() {
        try (MobileNetFeatures net = MobileNetFeatures.load(); NDManager m = NDManager.newBaseManager()) {
            NDArray gray = m.randomUniform(0, 1, new Shape(2, 1, 16, 16));
            float[] a = net.features(gray).toFloatArray();
            float[] b = net.features(gray.repeat(1, 3)).toFloatArray();
            for (int i = 0; i < a.length; i++) {
                assertEquals(b[i], a[i], 1e-5);
            }
            gray.setRequiresGradient(true);
            try (GradientCollector collector = ai.djl.engine.Engine.getInstance().newGradientCollector()) {
                collector.backward(net.features(gray).sum());
            }
            assertTrue(gray.getGradient().abs().sum().getFloat() > 0, "the frozen layers pass gradients on");
        }
    }
}
