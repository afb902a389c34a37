package eu.credentialgateway.align;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The shipped ESCO skills and matcher (index in memory) with the default settings, built once per test JVM for every test that needs them. */
public final class EscoFixture {
    public static final EscoAlignments ESCO = load();

    private EscoFixture() {
    }

    private static EscoAlignments load() {
        try {
            EscoProperties defaults = EscoProperties.defaults();
            return new EscoAlignments(EscoSkills.read(defaults.fileUnder(System.getProperty("user.dir"))), defaults);
        } catch (IOException e) {
            throw new UncheckedIOException("the shipped ESCO skills file cannot be read", e);
        }
    }
}
