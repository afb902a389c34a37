package eu.credentialgateway;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * A stream that fails once more than a given number of bytes were read from it, so a reader that keeps what it reads
 * (POI's shared-strings table, a request body) stops at the bound instead of filling the heap. Hand-written:
 * commons-io's BoundedInputStream ends the stream quietly at the bound, which would read as a truncated document.
 */
public class BoundedInputStream extends FilterInputStream {
    private final long max;
    private final Supplier<? extends IOException> exceeded;
    private long read;

    /** Fails with {@link Exceeded}. */
    public BoundedInputStream(InputStream in, long max) {
        this(in, max, Exceeded::new);
    }

    /** Fails with what {@code exceeded} makes (the request body's {@link BodyTooLarge}). */
    public BoundedInputStream(InputStream in, long max, Supplier<? extends IOException> exceeded) {
        super(in);
        this.max = max;
        this.exceeded = exceeded;
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

    private void count(int n) throws IOException {
        read += n;
        if (read > max) {
            throw exceeded.get();
        }
    }

    /** The bound was passed. */
    public static final class Exceeded extends IOException {
        private static final long serialVersionUID = 1L;

        Exceeded() {
            super("more bytes than the bound");
        }
    }
}
