package eu.credentialgateway.check.signature;

import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.Notes;
import eu.credentialgateway.Rejection;
import eu.credentialgateway.Stage;
import eu.credentialgateway.check.CheckProperties;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.springframework.stereotype.Component;

/**
 * {@code gateway:trustPolicy} in routes/pipeline.yaml, right after the format's signature steps ({@code gateway:prepare})
 * for every input: with {@code gateway.check.require-trusted.<format>=true} an input of that format goes on only when
 * it carries at least one signature and every signature it carries verified with a trusted signer (notes
 * {@code signer-trusted} and no {@code signer-untrusted}, {@code signature-unverified}, {@code proof-not-checked},
 * {@code seal-invalid}, {@code signature-invalid} or {@code proof-invalid}). Otherwise it is quarantined with
 * {@code untrusted-source} (422), unless the submitting API key may vouch for the format (header
 * {@link GatewayHeaders#VOUCHED_FORMATS}): then it goes on with a {@code vouched-source} note. A format whose route
 * checks no signature (e.g. csv) can so be limited to keys that vouch for it. Formats not configured: nothing happens.
 */
@Component("trustPolicyStage")
public class TrustPolicyStage implements Processor {
    private static final Set<String> INVALID = Set.of("seal-invalid", "signature-invalid", "proof-invalid");
    private static final Set<String> UNVERIFIED = Set.of("signature-unverified", "proof-not-checked");

    private final CheckProperties properties;

    public TrustPolicyStage(CheckProperties properties) {
        this.properties = properties;
    }

    @Override
    public void process(Exchange exchange) {
        String format = exchange.getMessage().getHeader(GatewayHeaders.FORMAT, String.class);
        if (!properties.requiresTrusted(format)) {
            return;
        }
        List<Finding> notes = Notes.of(exchange);
        Optional<Finding> problem = notes.stream().filter(n -> INVALID.contains(n.code()) || UNVERIFIED.contains(n.code())
                || SignerTrust.UNTRUSTED.equals(n.code())).findFirst();
        if (problem.isEmpty() && notes.stream().anyMatch(n -> SignerTrust.TRUSTED.equals(n.code()))) {
            return;
        }
        String why = problem.map(TrustPolicyStage::why).orElse("it carries no signature the gateway verifies");
        String location = problem.map(Finding::location).orElse("");
        String setting = "gateway.check.require-trusted." + format + "=true";
        if (vouched(exchange, format)) {
            Notes.add(exchange, List.of(new Finding(Stage.CHECK, "vouched-source", "accepted without a trusted signature ("
                    + why + "): the submitting key may vouch for format '" + format + "' (" + setting + ")", location)));
            return;
        }
        throw new GatewayException(Rejection.INVALID, List.of(new Finding(Stage.CHECK, "untrusted-source", "format '" + format
                + "' needs a trusted signature (" + setting + ") but " + why + ", and the submitting key may not vouch for"
                + " this format", location)));
    }

    private static String why(Finding problem) {
        if (INVALID.contains(problem.code())) {
            return "its signature does not verify (" + problem.code() + ")";
        }
        if (UNVERIFIED.contains(problem.code())) {
            return "its signature could not be verified offline (" + problem.code() + ")";
        }
        return "its signature is valid and its signer is not trusted (" + problem.message() + ")";
    }

    private static boolean vouched(Exchange exchange, String format) {
        String formats = exchange.getMessage().getHeader(GatewayHeaders.VOUCHED_FORMATS, String.class);
        return formats != null && Arrays.stream(formats.split(",")).map(f -> f.strip().toLowerCase(Locale.ROOT))
                .anyMatch(format.toLowerCase(Locale.ROOT)::equals);
    }
}
