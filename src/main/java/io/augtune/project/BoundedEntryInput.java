package io.augtune.project;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads an archive entry and fails as soon as it gives more than {@code limit} bytes, whatever its header says. */
final class BoundedEntryInput extends FilterInputStream {
    /** An entry expanded beyond its limit: a damaged or hostile file. */
    static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException(long limit) {
            super("it expands to more than " + limit + " bytes");
        }
    }

    private final long limit;
    private long count;

    BoundedEntryInput(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    /** Bytes read so far. */
    long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void counted(long n) throws TooLargeException {
        count += n;
        if (count > limit) {
            throw new TooLargeException(limit);
        }
    }
}
