package io.augtune.workflow;

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
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": missing from the saved model");
        }
        DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)));
        try {
            byte[] start = new byte[magic.length];
            in.readFully(start);
            if (!Arrays.equals(start, magic)) {
                throw new IOException(file + ": not a " + what + " file");
            }
            return in;
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }

    /** The value when in [1, max]; otherwise an error naming the file (garbage is rejected before allocating). */
    static int bounded(int value, int max, Path file) throws IOException {
        if (value < 1 || value > max) {
            throw new IOException(file + ": implausible size " + value);
        }
        return value;
    }
}
