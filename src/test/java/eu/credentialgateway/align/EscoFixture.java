package eu.credentialgateway.align;

/** The shipped ESCO skills and matcher with the default settings, built once per test JVM for every test that needs them. */
public final class EscoFixture {
    public static final EscoAlignments ESCO = new EscoAlignments(EscoProperties.defaults(), System.getProperty("user.dir"));

    private EscoFixture() {
    }
}
