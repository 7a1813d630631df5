package io.augtune.engine;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a weight file of 8-bit codes written by {@code src/tools/pretrained/convert-inception.mjs}: ASCII magic, int
 * count, then per tensor a short name length, the UTF-8 name, int rank, int dims (Keras layout), double min, double
 * scale and one unsigned byte per value, all big-endian. A value is {@code min + scale · byte}, computed in double and
 * rounded to float, as TensorFlow.js dequantises the same codes (so the port sees the weights the reference saw).
 */
final class QuantisedWeightFile {
    private static final byte[] MAGIC = "AUGTIQ01".getBytes(StandardCharsets.US_ASCII);

    /** A tensor's dequantised values and its Keras shape. */
    record Tensor(float[] values, int[] shape) {
    }

    private QuantisedWeightFile() {
    }

    /** Every tensor of the resource beside this class, by name. */
    static Map<String, Tensor> read(String resource) {
        try (InputStream in = QuantisedWeightFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the pretrained weights " + resource + " are missing from the "
                        + "application");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the pretrained weights " + resource + " are unreadable: "
                    + e.getMessage(), e);
        }
    }

    private static Map<String, Tensor> read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw));
        byte[] magic = new byte[MAGIC.length];
        in.readFully(magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new IOException("not a weight file of 8-bit codes");
        }
        int count = in.readInt();
        Map<String, Tensor> out = new HashMap<>();
        try {
            for (int t = 0; t < count; t++) {
                byte[] name = new byte[in.readUnsignedShort()];
                in.readFully(name);
                int[] shape = new int[in.readInt()];
                int n = 1;
                for (int i = 0; i < shape.length; i++) {
                    shape[i] = in.readInt();
                    n *= shape[i];
                }
                double min = in.readDouble();
                double scale = in.readDouble();
                byte[] codes = new byte[n];
                in.readFully(codes);
                float[] values = new float[n];
                for (int i = 0; i < n; i++) {
                    values[i] = (float) (Byte.toUnsignedInt(codes[i]) * scale + min);
                }
                out.put(new String(name, StandardCharsets.UTF_8), new Tensor(values, shape));
            }
        } catch (EOFException e) {
            throw new IOException("truncated", e);
        }
        return out;
    }
}
