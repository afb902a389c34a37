package eu.credentialgateway.map;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The organisation that runs the gateway and issues its credentials ({@code cred:issuer}). The
 * embedded default is a clearly marked DEMO organisation: set {@code gateway.issuer.*} for real use.
 *
 * @param legalName       legal name per language tag, e.g. {@code gateway.issuer.legal-name.en=...}
 * @param legalIdentifier the eIDAS legal identifier (ELM requires exactly one on the issuer)
 * @param countryCode     ISO 3166-1 alpha-2 country of the issuer (aligned later, like any country)
 * @param homepage        the issuer's web site
 * @param identifiers     further identifiers, scheme name to value
 */
@ConfigurationProperties("gateway.issuer")
public record IssuerProperties(Map<String, String> legalName,
                               @DefaultValue("DEMO-NOT-A-REAL-IDENTIFIER") String legalIdentifier,
                               @DefaultValue("BE") String countryCode,
                               @DefaultValue("https://example.org/credential-gateway-demo") String homepage,
                               Map<String, String> identifiers) {
    static final String DEMO_NAME = "DEMO credential-gateway issuer (not a real organisation)";

    public IssuerProperties {
        legalName = legalName == null || legalName.isEmpty() ? Map.of("en", DEMO_NAME) : Map.copyOf(new LinkedHashMap<>(legalName));
        identifiers = identifiers == null ? Map.of() : Map.copyOf(identifiers);
        if (countryCode == null || !countryCode.matches("[A-Za-z]{2}")) {
            throw new IllegalArgumentException("gateway.issuer.country-code must be an ISO 3166-1 alpha-2 code");
        }
        countryCode = countryCode.toUpperCase(Locale.ROOT);
    }

    /** The embedded DEMO issuer. */
    public static IssuerProperties demo() {
        return new IssuerProperties(null, "DEMO-NOT-A-REAL-IDENTIFIER", "BE", "https://example.org/credential-gateway-demo", null);
    }
}
