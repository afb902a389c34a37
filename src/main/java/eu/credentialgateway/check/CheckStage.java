package eu.credentialgateway.check;

import eu.credentialgateway.CanonicalUuid;
import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.Notes;
import eu.credentialgateway.Rejection;
import eu.credentialgateway.Stage;
import eu.credentialgateway.adapter.AdapterCatalog;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The check stage: the original bytes in, the normalised document out (see package-info). The adapter chooses the
 * check ({@link FormatChecks}): the format-specific one its {@code check.normaliser} names, else the generic one of its
 * kind. Throws {@link GatewayException} with every finding when the input cannot become a credential.
 */
@Component("checkStage")
@EnableConfigurationProperties(CheckProperties.class)
public class CheckStage implements Processor {

    private final Map<String, FormatCheck> checks;

    public CheckStage(CheckProperties properties, AdapterCatalog adapters) {
        this.checks = FormatChecks.of(adapters, properties);
    }

    @Override
    public void process(Exchange exchange) {
        Message message = exchange.getMessage();
        String format = message.getHeader(GatewayHeaders.FORMAT, String.class);
        FormatCheck check = format == null ? null : checks.get(format);
        if (check == null) {
            throw new GatewayException(Rejection.UNSUPPORTED_FORMAT, List.of(new Finding(Stage.CHECK, "unsupported-format",
                    "the check stage knows no format " + (format == null ? "(none given)" : "'" + format + "'"), "")));
        }
        String uuid = uuidOf(message.getHeader(GatewayHeaders.CREDENTIAL_ID, String.class));
        FormatCheck.Result result;
        try {
            result = check.check(message.getBody(byte[].class), uuid, message.getHeader(GatewayHeaders.ROW, Long.class));
        } catch (RuntimeException e) {
            throw new GatewayException(new Finding(Stage.CHECK, "check-failed",
                    "the check stage failed unexpectedly: " + e.getClass().getSimpleName(), ""));
        }
        if (!result.findings().isEmpty()) {
            throw new GatewayException(Rejection.INVALID, result.findings());
        }
        if (!result.notes().isEmpty()) {
            Notes.add(exchange, result.notes());
        }
        if (result.language() != null) {
            exchange.setProperty(GatewayHeaders.DOCUMENT_LANGUAGE, result.language());
        }
        message.setBody(result.normalised());
    }

    private static String uuidOf(String credentialId) {
        return CanonicalUuid.fromUrn(credentialId).map(UUID::toString).orElseThrow(() -> new GatewayException(new Finding(
                Stage.CHECK, "missing-credential-id", "header " + GatewayHeaders.CREDENTIAL_ID + " must be urn:uuid:<uuid>", "")));
    }
}
