package io.augtune.model;

import io.augtune.common.AtomicFiles;
import io.augtune.engine.PatchMemoryBank;
import io.augtune.localise.MarkedCells;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A {@link PatchMemoryBank} as a binary file (a few thousand embeddings: megabytes as JSON). Big-endian: the 8 ASCII
 * bytes {@code AUGTPB01}, ints entries n and dimension d, then n·d floats row by row, bit-exact. Written to a
 * temporary sibling and moved into place ({@link AtomicFiles}).
 */
final class PatchBankFile {
    private static final byte[] MAGIC = "AUGTPB01".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_ENTRIES = 1 << 20;
    private static final int MAX_DIMENSION = 1 << 14;
    /** A gigabyte of floats: far above any real bank (thousands of patches of a few hundred values). */
    private static final long MAX_VALUES = 1L << 28;

    private PatchBankFile() {
    }

    static void write(Path file, PatchMemoryBank bank) throws IOException {
        AtomicFiles.write(file, raw -> {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw));
            out.write(MAGIC);
            writeEntries(out, bank);
            out.flush();
        });
    }

    /** The bank as the last part of a model file: entry count, length, then the entries' floats. */
    static void writeEntries(DataOutputStream out, PatchMemoryBank bank) throws IOException {
        out.writeInt(bank.size());
        out.writeInt(bank.dimension());
        for (float[] entry : bank.entries()) {
            for (float v : entry) {
                out.writeFloat(v);
            }
        }
    }

    /**
     * Reads what {@link #writeEntries} wrote, as the last part of {@code file}: counts within bounds, the file exactly
     * as long as they say (checked before allocating), every value finite.
     *
     * @param bytesBefore the file's bytes before the entry count
     */
    static float[][] readEntries(DataInputStream in, Path file, long bytesBefore, int maxDimension)
            throws IOException {
        int n = BinaryModelFile.bounded(in.readInt(), MAX_ENTRIES, file);
        int d = BinaryModelFile.bounded(in.readInt(), maxDimension, file);
        if ((long) n * d > MAX_VALUES) {
            throw new IOException(file + ": implausible size " + n + " x " + d);
        }
        // The header must not make us allocate more than the file holds.
        BinaryModelFile.requireLength(file, bytesBefore + 8 + (long) n * d * Float.BYTES);
        float[][] entries = new float[n][d];
        for (float[] entry : entries) {
            for (int j = 0; j < d; j++) {
                entry[j] = BinaryModelFile.finite(in.readFloat(), file);
            }
        }
        if (in.read() != -1) {
            throw new IOException(file + ": longer than its header says");
        }
        return entries;
    }

    /**
     * A bank part's entries as saved: the bank's, then the cells marked good (a file's entries are one list, so that
     * models written before marks were kept apart read as before).
     */
    static PatchMemoryBank joined(PatchMemoryBank bank, MarkedCells marked) {
        if (marked.size() == 0) {
            return bank;
        }
        float[][] all = java.util.Arrays.copyOf(bank.entries(), bank.size() + marked.size());
        System.arraycopy(marked.entries().entries(), 0, all, bank.size(), marked.size());
        return new PatchMemoryBank(all);
    }

    /** A bank and the cells marked good beyond it, as {@link #split} reads them back. */
    record Split(PatchMemoryBank bank, MarkedCells marked) {
    }

    /**
     * Saved entries parted where the marked cells begin.
     *
     * @param markedFrom the index of the first marked entry, or null when every entry is the bank's
     * @param factor     how many times farther the marked cells (and later ones) count
     * @throws IOException naming the file when the index lies outside its entries or the factor is not one
     */
    static Split split(float[][] entries, Integer markedFrom, double factor, Path file) throws IOException {
        if (!(factor >= 1) || Double.isInfinite(factor)) {
            throw new IOException(file + ": marked cells counted " + factor + " times farther than they are");
        }
        if (markedFrom == null || markedFrom == entries.length) {
            return new Split(new PatchMemoryBank(entries), MarkedCells.none(factor));
        }
        if (markedFrom < 1 || markedFrom > entries.length) {
            throw new IOException(file + ": marked cells said to begin at entry " + markedFrom + " of "
                    + entries.length);
        }
        return new Split(new PatchMemoryBank(java.util.Arrays.copyOfRange(entries, 0, markedFrom)),
                new MarkedCells(new PatchMemoryBank(java.util.Arrays.copyOfRange(entries, markedFrom,
                        entries.length)), factor));
    }

    /**
     * Reads a trained part's bank, parted where its marked patches begin as its fused scale says.
     *
     * @param scale the part's scale in a fused model, or null (nothing kept apart, marks counted at their distance)
     */
    static Split read(Path file, ModelFiles.PartScale scale) throws IOException {
        PatchMemoryBank saved = read(file);
        return scale == null ? new Split(saved, MarkedCells.exact())
                : split(saved.entries(), scale.markedFrom(), scale.markFactor(), file);
    }

    /** @throws IOException naming the file when it is missing, truncated or not such a file */
    static PatchMemoryBank read(Path file) throws IOException {
        try (DataInputStream in = BinaryModelFile.open(file, MAGIC, "patch memory bank")) {
            return new PatchMemoryBank(readEntries(in, file, MAGIC.length, MAX_DIMENSION));
        } catch (EOFException e) {
            throw new IOException(file + ": truncated", e);
        }
    }

}
