package eu.credentialgateway.check.signature;

import eu.credentialgateway.check.xml.SecureXmlParser;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * CPU time per XAdES verification, the gateway's verifier (JDK XML-DSig, secure parse included) against
 * EU DSS 6.4 (XMLDocumentValidator, offline, diagnostic data only), on every sealed reference sample,
 * and whether the two agree. Not a test: run with
 * {@code mvn -o -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=eu.credentialgateway.check.signature.XadesVerificationBenchmark}
 * (optional args: JDK rounds, DSS rounds; defaults 20 and 1). Both are warmed up on the smallest sample first.
 */
public final class XadesVerificationBenchmark {
    private static final Path SAMPLES = Path.of(System.getProperty("user.dir")).resolve("../shared/anchors/formats");
    private static final List<String> SEALED = List.of(
            "edc-legacy-xml/samples/elm-v1_edci_credential_basic.xml",
            "edc-legacy-xml/samples/elm-v1_Ildiko_Mazar_Certificate_of_Excellence.xml",
            "edc-legacy-xml/samples/elm-v1_Ana_Andromeda_Graduate_University_Study_of_Civil_Engineering.xml",
            "europass-edc-xml/samples/EDC_DiplomaSupplement_AA.xml",
            "europass-edc-xml/samples/credential-generic-profile-xsd-signed.xml",
            "europass-edc-xml/samples/verificable_presentation_mandated-xsd_v1.2.xml",
            "edc-legacy-xml/samples/edci_accredited_credential_issuer.xml",
            "edc-legacy-xml/samples/edci_vp_mandated-xsd_v1.1_aix-marseille.xml",
            "edc-legacy-xml/samples/elm-v1_edci_credential_complex.xml");

    private XadesVerificationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int jdkRounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int dssRounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        SecureXmlParser parser = new SecureXmlParser(64);
        XadesSeal seal = new XadesSeal();
        byte[] warm = Files.readAllBytes(SAMPLES.resolve(SEALED.get(0)));
        for (int i = 0; i < 20; i++) {
            seal.verify(parser.parse(new String(warm, StandardCharsets.UTF_8)).document());
        }
        for (int i = 0; i < 3; i++) {
            DssXadesCheck.verify(warm);
        }
        System.out.printf(Locale.ROOT, "%-75s %8s %12s %12s %7s  %s%n", "sample", "KB", "JDK ms CPU", "DSS ms CPU", "DSS/JDK", "verdicts (JDK | DSS)");
        for (String sample : SEALED) {
            byte[] bytes = Files.readAllBytes(SAMPLES.resolve(sample));
            List<XadesSeal.Verdict> jdk = null;
            long start = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < jdkRounds; i++) {
                jdk = seal.verify(parser.parse(new String(bytes, StandardCharsets.UTF_8)).document());
            }
            double jdkMs = (cpu.getCurrentThreadCpuTime() - start) / 1e6 / jdkRounds;
            List<DssXadesCheck.Result> dss = null;
            start = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < dssRounds; i++) {
                dss = DssXadesCheck.verify(bytes);
            }
            double dssMs = (cpu.getCurrentThreadCpuTime() - start) / 1e6 / dssRounds;
            System.out.printf(Locale.ROOT, "%-75s %8d %12.1f %12.1f %7.0f  %s | %s%n", sample, bytes.length / 1024, jdkMs, dssMs, dssMs / jdkMs,
                    jdk.get(0).valid() ? "valid" : jdk.get(0).problem(),
                    dss.get(0).valid() ? "valid" : "signature intact " + dss.get(0).signatureIntact() + ", failed " + dss.get(0).failedReferences());
        }
    }
}
