package eu.credentialgateway.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An adapter's properties file is UTF-8 like its mapping and route: a title or option with letters outside ASCII
 * reaches the gateway as written, and a file in another encoding stops the start naming the file.
 */
class AdapterFileEncodingTest {
    /** Letters ISO-8859-1 reads wrongly from UTF-8 bytes (é, –) and ones it cannot hold at all (Greek, Polish). */
    private static final String TITLE = "Relevé de notes – Αναλυτική βαθμολογία – Wykaz ocen zaliczeń";

    @TempDir
    Path home;

    @Test
    void aTitleAndAnOptionOutsideAsciiSurviveReading() throws IOException {
        Path file = adapter("notes", "kind=json\ntitle=" + TITLE + "\njson.types=Relevé\n", StandardCharsets.UTF_8);

        Adapter adapter = AdapterCatalog.read(home, file);

        assertThat(adapter.title()).isEqualTo(TITLE);
        assertThat(adapter.detection().jsonTypes()).containsExactly("Relevé");
    }

    @Test
    void theScaffoldsFilesReadBackAsWrittenWithATitleOutsideAscii() throws IOException {
        ScaffoldAdapter.write("notes", "json", home);
        Path file = home.resolve("mappings/notes.adapter.properties");
        String written = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, written.replaceFirst("(?m)^title\\s*=.*$", "title=" + TITLE), StandardCharsets.UTF_8);

        assertThat(AdapterCatalog.read(home, file).title()).isEqualTo(TITLE);
    }

    @Test
    void aFileInAnotherEncodingIsRefusedNamingIt() throws IOException {
        Path file = adapter("latin", "kind=json\ntitle=Relevé de notes\n", StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> AdapterCatalog.read(home, file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("latin.adapter.properties")
                .hasMessageContaining("not UTF-8");
    }

    private Path adapter(String format, String text, java.nio.charset.Charset encoding) throws IOException {
        Path mappings = Files.createDirectories(home.resolve("mappings"));
        Files.writeString(mappings.resolve(format + ".rml.ttl"), "", StandardCharsets.UTF_8);
        Path file = mappings.resolve(format + AdapterCatalog.DESCRIPTOR_SUFFIX);
        Files.write(file, text.getBytes(encoding));
        return file;
    }
}
