package eu.credentialgateway.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The {@code prod} profile refuses to start on what is fine for a try-out and wrong for an agency: the DEMO seal key,
 * the DEMO issuer organisation, no way for people to log in, an {@code http:} wallet issuer URL. It runs when the
 * configuration is read, before any key is made or any route started, and names every problem at once
 * ({@link ProductionNotReady}, reported by {@link ProductionNotReadyAnalyzer}). Registered in
 * {@code META-INF/spring.factories}, as listeners of this event must be.
 */
public class ProductionChecks implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {
    static final String PROFILE = "prod";
    static final String DEMO_IDENTIFIER = "DEMO-NOT-A-REAL-IDENTIFIER";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        if (Arrays.asList(environment.getActiveProfiles()).contains(PROFILE)) {
            List<String> problems = problems(environment);
            if (!problems.isEmpty()) {
                throw new ProductionNotReady(problems);
            }
        }
    }

    /** What keeps this configuration from production; empty when nothing does. */
    static List<String> problems(ConfigurableEnvironment env) {
        List<String> problems = new ArrayList<>();
        boolean sealing = env.getProperty("gateway.seal.enabled", Boolean.class, true);
        if (sealing && blank(env.getProperty("gateway.seal.keystore"))) {
            problems.add("the DEMO seal key: gateway.seal.keystore is not set, so credentials would be sealed with the gateway's"
                    + " demo key; set gateway.seal.keystore (PKCS#12), gateway.seal.alias and the password variable");
        }
        Map<String, String> legalName = Binder.get(env).bind("gateway.issuer.legal-name", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
        String identifier = env.getProperty("gateway.issuer.legal-identifier", DEMO_IDENTIFIER);
        if (legalName.isEmpty() || DEMO_IDENTIFIER.equals(identifier)) {
            problems.add("the DEMO issuer organisation: set gateway.issuer.legal-name.<lang> and gateway.issuer.legal-identifier"
                    + " (and country-code, homepage) to the organisation that issues");
        }
        boolean oidc = !blank(env.getProperty("gateway.security.oidc.issuer-uri"));
        boolean keysOnly = env.getProperty("gateway.security.api-keys-only", Boolean.class, false);
        if (!oidc && !keysOnly) {
            problems.add("no authentication configured for people: set gateway.security.oidc.issuer-uri (the agency's OpenID"
                    + " Connect provider), or gateway.security.api-keys-only=true to run with API keys alone");
        }
        String walletIssuer = env.getProperty("gateway.wallet.issuer-url", "");
        if (walletIssuer.trim().toLowerCase(java.util.Locale.ROOT).startsWith("http:")) {
            problems.add("an http: wallet issuer URL: gateway.wallet.issuer-url must be https (wallets refuse plain http issuers)");
        }
        return problems;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
