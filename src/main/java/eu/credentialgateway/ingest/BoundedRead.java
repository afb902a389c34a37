package eu.credentialgateway.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Reads at most a limit from a stream, so an oversize upload never fills the heap. */
record BoundedRead(byte[] content, boolean exceeded) {
    static BoundedRead of(InputStream in, long limit) throws IOException {
        int cap = (int) Math.min(limit + 1, Integer.MAX_VALUE - 8);
        byte[] bytes = in.readNBytes(cap);
        if (bytes.length > limit) {
            return new BoundedRead(Arrays.copyOf(bytes, (int) limit), true);
        }
        return new BoundedRead(bytes, false);
    }
}
