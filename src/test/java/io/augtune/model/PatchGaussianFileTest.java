package io.augtune.model;

import io.augtune.scoring.PatchGaussian;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PatchGaussianFileTest {
    @TempDir
    Path dir;

    private static double[][][] maps(Random random, int n) {
        double[][][] maps = new double[n][6][3];
        for (double[][] map : maps) {
            for (double[] position : map) {
                for (int c = 0; c < 3; c++) {
                    position[c] = random.nextGaussian() * (c + 1);
                }
            }
        }
        return maps;
    }

    @Test
    void aReloadedPatchGaussianScoresBitIdentically() throws IOException {
        PatchGaussian fitted = PatchGaussian.fit(maps(new Random(1), 9), 2, 3);
        Path file = dir.resolve("patch-gaussian.bin");
        PatchGaussianFile.write(file, fitted);
        PatchGaussian reloaded = PatchGaussianFile.read(file);
        assertEquals(2, reloaded.height());
        assertEquals(3, reloaded.width());
        double[][] probe = maps(new Random(2), 1)[0];
        assertArrayEquals(fitted.score(probe), reloaded.score(probe), 0.0);
    }

    @Test
    void aTruncatedOrForeignFileIsRejectedNamingIt() throws IOException {
        Path file = dir.resolve("patch-gaussian.bin");
        PatchGaussianFile.write(file, PatchGaussian.fit(maps(new Random(1), 9), 2, 3));
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 9));
        IOException truncated = assertThrows(IOException.class, () -> PatchGaussianFile.read(file));
        assertTrue(truncated.getMessage().contains("truncated"), truncated.getMessage());
        Files.writeString(file, "{\"not\": \"binary\"}");
        IOException foreign = assertThrows(IOException.class, () -> PatchGaussianFile.read(file));
        assertTrue(foreign.getMessage().contains(file.toString()), foreign.getMessage());
    }
}
