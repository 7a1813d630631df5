package io.augtune.model;

import io.augtune.common.AtomicFiles;
import io.augtune.engine.FrozenBackbone;
import io.augtune.engine.FrozenPatchFeatures;
import io.augtune.imaging.ImageTone;
import io.augtune.localise.FrozenPatchLocaliser;
import io.augtune.localise.MarkedCells;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A {@link FrozenPatchLocaliser} as a binary file: what a frozen-detection model folder holds besides its description
 * (the features are a shipped network's, so only its name, the memory bank and the image size are saved). Big-endian:
 * the 8 ASCII bytes {@code AUGTFZ03}, the features' name (modified UTF-8; {@link FrozenBackbone#savedName()}, which
 * for MobileNetV2 is the one every file carried before there was a choice), the {@link ImageTone}'s name (modified
 * UTF-8), the double factor the marked cells count farther by ({@link MarkedCells}) and the int index of the first
 * marked entry (-1: none), ints width and height, floats shallow and deep layer scale, ints entries n and dimension d,
 * then n·d floats row by row, bit-exact: the bank's entries, then the marked ones. Older files: {@code AUGTFZ02}
 * (before the marks were kept apart) has no factor and no index, and its marks, if any, are part of the bank, counted
 * as they are; {@code AUGTFZ01} (before December 2026) has no tone either and saw the images as they are. Written to a
 * temporary sibling and moved into place ({@link AtomicFiles}).
 */
final class FrozenModelFile {
    private static final byte[] MAGIC = "AUGTFZ03".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MAGIC_WITHOUT_MARKS = "AUGTFZ02".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MAGIC_WITHOUT_TONE = "AUGTFZ01".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_SIDE = 1 << 14;

    private FrozenModelFile() {
    }

    static void write(Path file, FrozenPatchLocaliser localiser) throws IOException {
        AtomicFiles.write(file, raw -> {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw));
            out.write(MAGIC);
            out.writeUTF(localiser.backbone().savedName());
            out.writeUTF(localiser.tone().name());
            out.writeDouble(localiser.marked().factor());
            out.writeInt(localiser.marked().size() > 0 ? localiser.bank().size() : -1);
            out.writeInt(localiser.inputWidth());
            out.writeInt(localiser.inputHeight());
            out.writeFloat(localiser.scale().shallow());
            out.writeFloat(localiser.scale().deep());
            PatchBankFile.writeEntries(out, PatchBankFile.joined(localiser.bank(), localiser.marked()));
            out.flush();
        });
    }

    /**
     * Reads the file and loads the shipped features it names; the caller owns the result.
     *
     * @throws IOException naming the file when it is missing, truncated, of other features or not such a file
     */
    static FrozenPatchLocaliser read(Path file) throws IOException {
        Integer markedFrom = null;
        double factor = 1;
        int width;
        int height;
        float[][] entries;
        FrozenPatchLocaliser.LayerScale scale;
        FrozenBackbone backbone;
        ImageTone tone = ImageTone.AS_IS;
        try (BinaryModelFile.Opened opened = BinaryModelFile.open(file, "frozen patch model", MAGIC,
                MAGIC_WITHOUT_MARKS, MAGIC_WITHOUT_TONE)) {
            DataInputStream in = opened.in();
            String features = in.readUTF();
            backbone = FrozenBackbone.ofSavedName(features).orElseThrow(() -> new IOException(file
                    + ": made with features " + features + ", which this version does not have"));
            long header = MAGIC.length + 2L + features.getBytes(StandardCharsets.UTF_8).length + 4 * Integer.BYTES;
            if (opened.magic() < 2) {
                String name = in.readUTF();
                tone = BinaryModelFile.named(ImageTone.class, name, ImageTone.AS_IS, file, "image tone");
                header += 2L + name.getBytes(StandardCharsets.UTF_8).length;
            }
            if (opened.magic() == 0) {
                factor = in.readDouble();
                int from = in.readInt();
                markedFrom = from < 0 ? null : from;
                header += Double.BYTES + Integer.BYTES;
            }
            width = BinaryModelFile.bounded(in.readInt(), MAX_SIDE, file);
            height = BinaryModelFile.bounded(in.readInt(), MAX_SIDE, file);
            try {
                scale = new FrozenPatchLocaliser.LayerScale(in.readFloat(), in.readFloat(),
                        backbone.shallowDimension());
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ": " + e.getMessage(), e);
            }
            entries = PatchBankFile.readEntries(in, file, header, backbone.dimension());
        } catch (EOFException e) {
            throw new IOException(file + ": truncated", e);
        }
        PatchBankFile.Split split = PatchBankFile.split(entries, markedFrom, factor, file);
        FrozenPatchFeatures features = FrozenPatchFeatures.load(backbone);
        try {
            return new FrozenPatchLocaliser(features, split.bank(), scale, tone, split.marked(), width, height);
        } catch (IllegalArgumentException e) {
            features.close();
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }
}
