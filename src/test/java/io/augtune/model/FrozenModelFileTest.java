package io.augtune.model;

import io.augtune.engine.FrozenBackbone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A frozen model's memory bank is read with the same guards as the patch bank's. */
class FrozenModelFileTest {
    @TempDir
    Path dir;

    private Path file(int entries, float value, int claimed) throws IOException {
        Path file = dir.resolve("frozen.bin");
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            out.write("AUGTFZ01".getBytes(StandardCharsets.US_ASCII));
            out.writeUTF(FrozenBackbone.MOBILENETV2.savedName());
            out.writeInt(16);
            out.writeInt(16);
            out.writeFloat(1f);
            out.writeFloat(1f);
            out.writeInt(claimed);
            out.writeInt(FrozenBackbone.MOBILENETV2.dimension());
            for (int i = 0; i < entries * FrozenBackbone.MOBILENETV2.dimension(); i++) {
                out.writeFloat(i == 5 ? value : 0.5f);
            }
        }
        return file;
    }

    @Test
    void aBankHoldingANaNIsRefused() throws Exception {
        Path file = file(2, Float.NaN, 2);
        IOException e = assertThrows(IOException.class, () -> FrozenModelFile.read(file));
        assertTrue(e.getMessage().contains("not a finite number"), e.getMessage());
    }

    @Test
    void aHeaderClaimingMoreEntriesThanTheFileHoldsIsRefusedBeforeAllocating() throws Exception {
        Path file = file(2, 0.5f, 900_000);
        IOException e = assertThrows(IOException.class, () -> FrozenModelFile.read(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    /** A file of this version, two entries, with the marks' factor and the index of the first marked entry. */
    private Path withMarks(double factor, int markedFrom) throws IOException {
        Path file = dir.resolve("marked.bin");
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            out.write("AUGTFZ03".getBytes(StandardCharsets.US_ASCII));
            out.writeUTF(FrozenBackbone.MOBILENETV2.savedName());
            out.writeUTF("STANDARDISED");
            out.writeDouble(factor);
            out.writeInt(markedFrom);
            out.writeInt(16);
            out.writeInt(16);
            out.writeFloat(1f);
            out.writeFloat(1f);
            out.writeInt(2);
            out.writeInt(FrozenBackbone.MOBILENETV2.dimension());
            for (int i = 0; i < 2 * FrozenBackbone.MOBILENETV2.dimension(); i++) {
                out.writeFloat(0.5f);
            }
        }
        return file;
    }

    @Test
    void marksThatCountNearerThanTheyAreOrBeginBeyondTheBankAreRefused() throws Exception {
        for (Path file : List.of(withMarks(0.5, 1), withMarks(Double.NaN, 1), withMarks(1.25, 3))) {
            IOException e = assertThrows(IOException.class, () -> FrozenModelFile.read(file));
            assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        }
        try (var loaded = FrozenModelFile.read(withMarks(1.25, 1))) {
            assertEquals(1, loaded.bank().size());
            assertEquals(1, loaded.marked().size());
            assertEquals(1.25, loaded.marked().factor());
        }
    }
}
