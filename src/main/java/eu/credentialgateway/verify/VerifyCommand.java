package eu.credentialgateway.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import eu.credentialgateway.CredentialForm;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.jsonld.JsonLdWiring;
import eu.credentialgateway.seal.SealProperties;
import eu.credentialgateway.trust.TrustAnchors;
import eu.credentialgateway.validate.ValidateProperties;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * The {@code verify} command: verifies sealed credential files and prints one JSON
 * {@link VerificationReport} per file on stdout (logs go to stderr). Exit status: 0 every file valid, 1 some file not valid
 * (broken seal, content not conforming, expired), 2 some file not readable as a sealed credential.
 * Trust is reported, not part of the status: see the report's {@code trusted}.
 *
 * <pre>mvn -q compile exec:java -Dexec.mainClass=eu.credentialgateway.verify.VerifyCommand -Dexec.args="credential.jsonld [more files] [--gateway.seal.trusted-certificates=folder]"</pre>
 * Starts only what verification needs (the credential forms, the validate stage's shapes), not the
 * gateway: no routes, no database, no demo key.
 */
public final class VerifyCommand {
    private VerifyCommand() {
    }

    /**
     * Spring wiring of just the verifier: every {@link CredentialForm} and {@link ContentCheck} bean, the verifier and
     * the context documents it reads JSON-LD with.
     * Deliberately not a {@code @Configuration}: the gateway's own component scan must not pick it up.
     */
    @EnableConfigurationProperties({SealProperties.class, ValidateProperties.class, VerifyProperties.class})
    @Import(JsonLdWiring.class)
    @ComponentScan(basePackages = "eu.credentialgateway", useDefaultFilters = false, includeFilters = @ComponentScan.Filter(
            type = FilterType.ASSIGNABLE_TYPE, classes = {CredentialForm.class, ContentCheck.class, CredentialVerifier.class, TrustAnchors.class}))
    static class Wiring {
    }

    public static void main(String[] args) throws Exception {
        List<String> files = new ArrayList<>();
        List<String> options = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--")) {
                options.add(arg);
            } else {
                files.add(arg);
            }
        }
        if (files.isEmpty()) {
            System.err.println("usage: VerifyCommand <sealed-credential-file>... [--gateway.seal.trusted-certificates=<folder>]");
            System.exit(2);
        }
        // reports go to stdout, everything the libraries log to stderr, so the output is JSON only
        PrintStream reports = System.out;
        System.setOut(System.err);
        int status;
        try (ConfigurableApplicationContext spring = new SpringApplicationBuilder(Wiring.class)
                .web(WebApplicationType.NONE)
                .properties("logging.level.root=WARN", "spring.main.banner-mode=off")
                .run(options.toArray(String[]::new))) {
            status = run(spring.getBean(CredentialVerifier.class), files.stream().map(Path::of).toList(), reports);
        }
        System.exit(status);
    }

    /** Verifies each file, printing its report (or why it cannot be verified); returns the exit status. */
    public static int run(CredentialVerifier verifier, List<Path> files, PrintStream out) throws java.io.IOException {
        ObjectWriter json = new ObjectMapper().writerWithDefaultPrettyPrinter();
        int status = 0;
        for (Path file : files) {
            try {
                VerificationReport report = verifier.verify(Files.readString(file, StandardCharsets.UTF_8));
                out.println(json.writeValueAsString(report));
                status = Math.max(status, report.valid() ? 0 : 1);
            } catch (GatewayException e) {
                out.println(json.writeValueAsString(java.util.Map.of("file", file.toString(), "error", e.findings().stream()
                        .map(VerificationReport.ReportedFinding::of).toList())));
                status = 2;
            } catch (java.nio.charset.MalformedInputException e) {
                out.println(json.writeValueAsString(java.util.Map.of("file", file.toString(), "error", "not UTF-8 text")));
                status = 2;
            }
        }
        return status;
    }
}
