package eu.credentialgateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class BoundedInputStreamTest {
    private static InputStream bytes(int n) {
        return new ByteArrayInputStream(new byte[n]);
    }

    @Test
    void readsEverythingUpToTheBound() throws IOException {
        try (InputStream in = new BoundedInputStream(bytes(100), 100)) {
            assertThat(in.readAllBytes()).hasSize(100);
        }
    }

    @Test
    void failsOnceOneByteMoreIsReadInBlocksOrOneByOne() throws IOException {
        try (InputStream in = new BoundedInputStream(bytes(101), 100)) {
            assertThatThrownBy(in::readAllBytes).isInstanceOf(BoundedInputStream.Exceeded.class);
        }
        try (InputStream in = new BoundedInputStream(bytes(101), 100)) {
            for (int i = 0; i < 100; i++) {
                assertThat(in.read()).isZero();
            }
            assertThatThrownBy(in::read).isInstanceOf(BoundedInputStream.Exceeded.class);
        }
    }

    @Test
    void failsWithTheCallersException() throws IOException {
        try (InputStream in = new BoundedInputStream(bytes(2048), 1024, () -> new BodyTooLarge(1024))) {
            assertThatThrownBy(in::readAllBytes).isInstanceOf(BodyTooLarge.class).hasMessageContaining("1024");
        }
    }
}
