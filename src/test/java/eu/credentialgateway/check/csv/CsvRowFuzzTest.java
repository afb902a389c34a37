package eu.credentialgateway.check.csv;

import com.code_intelligence.jazzer.junit.FuzzTest;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.Rejection;
import eu.credentialgateway.adapter.Adapter;
import eu.credentialgateway.adapter.AdapterCatalog;
import eu.credentialgateway.check.FormatCheck;
import eu.credentialgateway.fuzz.FuzzContract;
import eu.credentialgateway.fuzz.Seeds;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes what one CSV row (the header line and one data row, as a batch hands it on) meets before mapping: the
 * template's row check and normalisation ({@link CsvRowCheck}, {@code gateway:csvRow}), then the check stage's generic
 * CSV check ({@link CsvCheck}) of what the row check wrote. The generic check also reads the raw bytes, as it does for
 * a csv adapter without a template. For any bytes each answers or refuses with specific codes; a normalised row holds
 * no cell a spreadsheet would run as a formula.
 */
public class CsvRowFuzzTest {
    private static final String UUID = "3f2c1a5e-0000-4000-8000-00000000fc5b";
    private static CsvRowCheck row;
    private static CsvCheck generic;

    @BeforeAll
    public static void checks() {
        Adapter csv = AdapterCatalog.of(Path.of(".")).find("csv").orElseThrow();
        row = new CsvRowCheck(CsvTemplate.of(csv.properties()));
        generic = new CsvCheck(csv);
        run("givenNames,familyName\nA,B\n".getBytes(StandardCharsets.UTF_8));
    }

    public static Stream<Arguments> csvCases() {
        return Seeds.cases("csv");
    }

    @MethodSource("csvCases")
    @FuzzTest(maxDuration = "10s")
    void csvRowIsCheckedOrRefused(byte[] body) {
        run(body);
    }

    public static void run(byte[] body) {
        CsvRowCheck.Result checked = row.check(body, 7, UUID);
        if (!checked.findings().isEmpty()) {
            // as gateway:csvRow refuses the row (the exception caps the findings)
            FuzzContract.specificRefusal(new GatewayException(Rejection.INVALID, checked.findings()));
        }
        if (checked.findings().isEmpty() == (checked.normalised() == null)) {
            throw new AssertionError("findings " + checked.findings() + " and normalised " + (checked.normalised() != null));
        }
        if (checked.normalised() != null) {
            FormatCheck.Result normalised = generic.check(checked.normalised(), UUID, 7L);
            specific(normalised);
            if (normalised.normalised() != null) {
                noFormula(normalised.normalised());
            }
        }
        specific(generic.check(body, UUID, 7L));
    }

    private static void specific(FormatCheck.Result result) {
        FuzzContract.specificFindings(result.findings());
        FuzzContract.specificFindings(result.notes());
        if (result.findings().isEmpty() == (result.normalised() == null)) {
            throw new AssertionError("findings " + result.findings() + " and normalised " + (result.normalised() != null));
        }
    }

    /** Every data cell of the generic check's output is neutralised (CsvRecords reads it back as the mapping would). */
    private static void noFormula(byte[] normalised) {
        List<List<String>> records = CsvRecords.parse(new String(normalised, StandardCharsets.UTF_8), ',');
        for (List<String> cells : records.subList(1, records.size())) {
            for (String cell : cells) {
                if (FormulaPrefix.startsFormula(cell)) {
                    throw new AssertionError("a normalised cell still starts like a formula");
                }
            }
        }
    }
}
