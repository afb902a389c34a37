package eu.credentialgateway.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.fuzz.FuzzContract;
import eu.credentialgateway.fuzz.Seeds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes the reading of a batch file (CSV, or XLSX recognised by its zip signature) as {@code gateway:batchRows} does
 * it ({@link BatchRowsStage#rows}), to its last row: for any file the reader opens or refuses it with a specific code,
 * yields rows and ends, or stops with a specific refusal ({@code gateway:batchEnd} throws it). Inputs: bytes starting
 * with {@code PK} are the file itself; bytes starting with {@code <} are the first sheet's XML, then (after a NUL byte)
 * the shared-strings XML, put into an otherwise valid workbook, so the fuzzer works on the sheet rather than on
 * deflate streams; any other bytes are a CSV file.
 */
public class TabularBatchFuzzTest {
    private static final String SHEET = "xl/worksheets/sheet1.xml";
    private static final String SHARED_STRINGS = "xl/sharedStrings.xml";
    private static final BatchRowsStage STAGE = new BatchRowsStage(BatchProperties.defaults());
    private static Path folder;
    private static Map<String, byte[]> workbook;

    @BeforeAll
    public static void template() throws IOException {
        // POI logs every malformed part at ERROR; thousands of them a second would only slow the fuzzing down
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.apache.poi")).setLevel(ch.qos.logback.classic.Level.OFF);
        folder = Files.createTempDirectory("tabular-fuzz");
        workbook = entries(BatchReadersTest.workbook(folder.resolve("template.xlsx"), 2).toPath());
        if (!workbook.containsKey(SHEET) || !workbook.containsKey(SHARED_STRINGS)) {
            throw new IllegalStateException("POI's workbook has no " + SHEET + " or " + SHARED_STRINGS + ": " + workbook.keySet());
        }
        run("givenNames,familyName\nA,B\n".getBytes(StandardCharsets.UTF_8));
    }

    @AfterAll
    public static void cleanUp() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }

    /** CSV cases of test-data, a workbook of the template and its sheet (the wrapped form). */
    public static Stream<Arguments> batchFiles() throws IOException {
        Path made = BatchReadersTest.workbook(Files.createTempFile("tabular-seed", ".xlsx"), 2).toPath();
        byte[] xlsx = Files.readAllBytes(made);
        Map<String, byte[]> parts = entries(made);
        Files.delete(made);
        byte[] sheet = concat(parts.get(SHEET), new byte[] {0}, parts.get(SHARED_STRINGS));
        return Stream.concat(Seeds.cases("csv"), Stream.of(
                Arguments.of(org.junit.jupiter.api.Named.of("template workbook", xlsx)),
                Arguments.of(org.junit.jupiter.api.Named.of("template sheet and shared strings", sheet)),
                Arguments.of(org.junit.jupiter.api.Named.of("src/test/resources/tabular/semicolons-bom-blank-rows.csv",
                        Files.readAllBytes(Path.of("src/test/resources/tabular/semicolons-bom-blank-rows.csv"))))));
    }

    @MethodSource("batchFiles")
    @FuzzTest(maxDuration = "10s")
    void batchFileIsReadOrRefused(byte[] bytes) {
        run(bytes);
    }

    public static void run(byte[] bytes) {
        Path file = folder.resolve("batch");
        try {
            Files.write(file, bytes.length > 0 && bytes[0] == '<' ? wrapped(bytes) : bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length == 0) {
            return; // BatchRowsStage refuses an empty file before it opens a reader
        }
        BatchReader rows;
        try {
            rows = STAGE.rows(file.toFile());
        } catch (GatewayException refused) {
            FuzzContract.specificRefusal(refused);
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (rows) {
            if (rows.header() == null || rows.header().contains(null)) {
                throw new AssertionError("a header with no names");
            }
            int last = 0;
            while (rows.hasNext()) {
                BatchRow row = rows.next();
                if (row.number() <= last || row.csv() == null) {
                    throw new AssertionError("row " + row.number() + " after row " + last + ", or without text");
                }
                last = row.number();
            }
            if (rows.refusal() instanceof GatewayException refused) {
                FuzzContract.specificRefusal(refused);
            } else if (rows.refusal() != null) {
                throw new AssertionError("the rows stopped with " + rows.refusal(), rows.refusal());
            }
        }
    }

    /** The template workbook with the sheet (and shared strings, after a NUL byte) replaced by these bytes. */
    private static byte[] wrapped(byte[] bytes) {
        int nul = indexOf(bytes, (byte) 0);
        Map<String, byte[]> parts = new LinkedHashMap<>(workbook);
        parts.put(SHEET, nul < 0 ? bytes : Arrays.copyOf(bytes, nul));
        if (nul >= 0) {
            parts.put(SHARED_STRINGS, Arrays.copyOfRange(bytes, nul + 1, bytes.length));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(1);
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The parts of a workbook by name (read by its central directory: POI writes sizes after the data). */
    private static Map<String, byte[]> entries(Path xlsx) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                try (java.io.InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
