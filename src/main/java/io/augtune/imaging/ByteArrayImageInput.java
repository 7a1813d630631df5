package io.augtune.imaging;

import java.util.Objects;
import javax.imageio.stream.ImageInputStreamImpl;

/**
 * An image input over bytes already in memory. The decoder reads a file once into an array, hashes that array and
 * decodes from it, so a file replaced on disk mid-run can never give a score under another content's hash.
 */
final class ByteArrayImageInput extends ImageInputStreamImpl {
    private final byte[] bytes;

    ByteArrayImageInput(byte[] bytes) {
        this.bytes = Objects.requireNonNull(bytes, "bytes");
    }

    @Override
    public int read() throws java.io.IOException {
        checkClosed();
        bitOffset = 0;
        return streamPos < bytes.length ? bytes[(int) streamPos++] & 0xff : -1;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws java.io.IOException {
        checkClosed();
        Objects.checkFromIndexSize(offset, length, target.length);
        bitOffset = 0;
        if (length == 0) {
            return 0;
        }
        if (streamPos >= bytes.length) {
            return -1;
        }
        int count = (int) Math.min(length, bytes.length - streamPos);
        System.arraycopy(bytes, (int) streamPos, target, offset, count);
        streamPos += count;
        return count;
    }

    @Override
    public long length() {
        return bytes.length;
    }
}
