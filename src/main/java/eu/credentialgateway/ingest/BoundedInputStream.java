package eu.credentialgateway.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that fails ({@link Exceeded}) once more than a given number of bytes were read from it, so a parser that
 * keeps what it reads (POI's shared-strings table) stops at the bound instead of filling the heap. Hand-written:
 * commons-io's BoundedInputStream ends the stream quietly at the bound, which would read as a truncated table.
 */
final class BoundedInputStream extends FilterInputStream {
    private final long max;
    private long read;

    BoundedInputStream(InputStream in, long max) {
        super(in);
        this.max = max;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws Exceeded {
        read += n;
        if (read > max) {
            throw new Exceeded();
        }
    }

    /** The bound was passed. */
    static final class Exceeded extends IOException {
        private static final long serialVersionUID = 1L;

        Exceeded() {
            super("more bytes than the bound");
        }
    }
}
