package io.augtune.imaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class ContentHashTest {

    @TempDir
    Path dir;

    @Test
    void hashOfAbcIsTheStandardSha256TestVector() throws Exception {
        Path file = TestImages.bytes(dir.resolve("abc.txt"), "abc".getBytes(StandardCharsets.US_ASCII));

        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ContentHash.sha256(file));
    }

    @Test
    void fileLargerThanTheReadBufferHashesLikeItsWholeContent() throws Exception {
        byte[] content = new byte[200_000];
        new Random(7).nextBytes(content);
        Path file = TestImages.bytes(dir.resolve("big.bin"), content);

        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));

        assertEquals(expected, ContentHash.sha256(file));
    }

    @Test
    void filesDifferingInOneByteHashDifferently() throws Exception {
        Path one = TestImages.bytes(dir.resolve("one.bin"), new byte[] {1, 2, 3});
        Path two = TestImages.bytes(dir.resolve("two.bin"), new byte[] {1, 2, 4});

        assertNotEquals(ContentHash.sha256(one), ContentHash.sha256(two));
    }
}
