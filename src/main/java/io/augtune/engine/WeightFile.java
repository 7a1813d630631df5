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
 * Reads a weight file written by the converters in {@code src/tools/pretrained}: ASCII magic, int count, then per
 * tensor a short name length, the UTF-8 name, int rank, int dims (Keras layout) and the values in the file's
 * {@link Encoding}, all big-endian.
 */
final class WeightFile {
    /** A tensor's values and its Keras shape. */
    record Tensor(float[] values, int[] shape) {
    }

    /** How a file stores a tensor's values, given their number. */
    interface Encoding {
        /** {@code convert.mjs} (MobileNetV2): one float per value. */
        Encoding FLOATS = (in, n) -> {
            float[] values = new float[n];
            for (int i = 0; i < n; i++) {
                values[i] = in.readFloat();
            }
            return values;
        };

        /**
         * {@code convert-inception.mjs} (InceptionV3): double min, double scale, one unsigned byte per value. A value
         * is {@code min + scale · byte}, computed in double and rounded to float, as TensorFlow.js dequantises the same
         * codes (so the port sees the weights the reference saw).
         */
        Encoding CODES = (in, n) -> {
            double min = in.readDouble();
            double scale = in.readDouble();
            byte[] codes = new byte[n];
            in.readFully(codes);
            float[] values = new float[n];
            for (int i = 0; i < n; i++) {
                values[i] = (float) (Byte.toUnsignedInt(codes[i]) * scale + min);
            }
            return values;
        };

        float[] read(DataInputStream in, int count) throws IOException;
    }

    private WeightFile() {
    }

    /** Every tensor of the resource beside this class, by name. */
    static Map<String, Tensor> read(String resource, String magic, Encoding encoding) {
        try (InputStream in = WeightFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the pretrained weights " + resource + " are missing from the "
                        + "application");
            }
            return read(in, magic.getBytes(StandardCharsets.US_ASCII), encoding);
        } catch (IOException e) {
            throw new UncheckedIOException("the pretrained weights " + resource + " are unreadable: "
                    + e.getMessage(), e);
        }
    }

    private static Map<String, Tensor> read(InputStream raw, byte[] expected, Encoding encoding)
            throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw));
        byte[] magic = new byte[expected.length];
        in.readFully(magic);
        if (!Arrays.equals(magic, expected)) {
            throw new IOException("not a weight file of this kind");
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
                out.put(new String(name, StandardCharsets.UTF_8), new Tensor(encoding.read(in, n), shape));
            }
        } catch (EOFException e) {
            throw new IOException("truncated", e);
        }
        return out;
    }
}
