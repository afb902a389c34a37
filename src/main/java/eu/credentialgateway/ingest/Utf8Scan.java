package eu.credentialgateway.ingest;

import eu.credentialgateway.Finding;
import eu.credentialgateway.Stage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One streaming pass over a text file: is it UTF-8 throughout? A file that is not (Latin-1, windows-1252, cut
 * sequences) is refused whole with {@code bad-encoding} at the line and column of its first bad byte, as an XML
 * document is, instead of being read with U+FFFD where the bytes were. The JDK decoder does the decoding; this
 * class only counts lines, which no reader in the JDK reports at a decoding error.
 */
final class Utf8Scan {
    private Utf8Scan() {
    }

    /** The finding for the first byte that is not UTF-8, or null when the whole file is. */
    static Finding firstError(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        long line = 1;
        long column = 1;
        long offset = 0;
        try (InputStream stream = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int read = stream.read(in.array(), in.position(), in.remaining());
                end = read < 0;
                if (!end) {
                    in.position(in.position() + read);
                }
                in.flip();
                CoderResult result;
                do {
                    int before = in.position();
                    result = decoder.decode(in, out, end);
                    offset += in.position() - before;
                    out.flip();
                    while (out.hasRemaining()) {
                        char c = out.get();
                        if (c == 0) {
                            // valid UTF-8, but no text holds it: a file saved as UTF-16 (every other byte NUL) or binary
                            return new Finding(Stage.INGEST, "bad-encoding", "the file is not UTF-8 text: it holds a NUL byte"
                                    + " (UTF-16 or binary; save it as \"CSV UTF-8\")", "line " + line + ", column " + column);
                        }
                        if (c == '\n') {
                            line++;
                            column = 1;
                        } else {
                            column++;
                        }
                    }
                    out.clear();
                    if (result.isError()) {
                        return new Finding(Stage.INGEST, "bad-encoding", "the file is not UTF-8: byte " + offset
                                + " is not valid UTF-8 (save it as \"CSV UTF-8\")", "line " + line + ", column " + column);
                    }
                } while (result.isOverflow());
                in.compact();
            }
        }
        return null;
    }
}
