package io.augtune.model;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** What the binary files of a saved model share: opening one with its magic checked, and plausible sizes. */
final class BinaryModelFile {
    private BinaryModelFile() {
    }

    /**
     * Opens the file positioned after its magic bytes.
     *
     * @param what a name of the file kind for messages, e.g. "patch memory bank"
     * @throws IOException naming the file when it is missing or does not start with the magic
     */
    static DataInputStream open(Path file, byte[] magic, String what) throws IOException {
        return open(file, what, magic).in();
    }

    /** A file opened after one of several magics: which one ({@code magic}, an index) and the rest of the file. */
    record Opened(DataInputStream in, int magic) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /**
     * Opens the file positioned after its magic bytes, which must be one of {@code magics} (all of one length): a
     * format's versions.
     *
     * @throws IOException naming the file when it is missing or starts with none of them
     */
    static Opened open(Path file, String what, byte[]... magics) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": missing from the saved model");
        }
        DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)));
        try {
            byte[] start = new byte[magics[0].length];
            in.readFully(start);
            for (int i = 0; i < magics.length; i++) {
                if (Arrays.equals(start, magics[i])) {
                    return new Opened(in, i);
                }
            }
            throw new IOException(file + ": not a " + what + " file");
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }

    /**
     * The constant of {@code type} that a file saved by its name, or {@code absent} when the file holds none (it was
     * written before the choice was saved).
     *
     * @param what what the name is of, for messages, e.g. "global join"
     * @throws IOException naming the file when this version knows no such constant
     */
    static <E extends Enum<E>> E named(Class<E> type, String saved, E absent, Path file, String what)
            throws IOException {
        if (saved == null) {
            return absent;
        }
        try {
            return Enum.valueOf(type, saved);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": unknown " + what + " " + saved);
        }
    }

    /** Throws unless the file has exactly the length its header implies, before anything of that size is allocated. */
    static void requireLength(Path file, long expected) throws IOException {
        long actual = Files.size(file);
        if (actual != expected) {
            throw new IOException(file + ": " + (actual < expected ? "truncated" : "longer than its header says")
                    + " (its header implies " + expected + " bytes, the file has " + actual + ")");
        }
    }

    /** The value when it is a finite number; otherwise an error naming the file. */
    static float finite(float value, Path file) throws IOException {
        if (!Float.isFinite(value)) {
            throw new IOException(file + ": holds a value that is not a finite number: " + value);
        }
        return value;
    }

    /** The value when in [1, max]; otherwise an error naming the file (garbage is rejected before allocating). */
    static int bounded(int value, int max, Path file) throws IOException {
        if (value < 1 || value > max) {
            throw new IOException(file + ": implausible size " + value);
        }
        return value;
    }
}
