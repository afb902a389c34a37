package eu.credentialgateway.seal;

import eu.credentialgateway.CredentialForm;
import eu.credentialgateway.trust.TrustAnchors;
import eu.credentialgateway.trust.TrustProperties;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** The seal package's verifier forms and key, for tests in other packages. */
public final class SealForms {
    private SealForms() {
    }

    /** Every sealed form the verifier knows (JAdES, EBSI JWT, OB 3.0 JWT), with {@code gateway} as the gateway's own seal stage (null: none). */
    public static List<CredentialForm> all(SealProperties properties, SealStage gateway) {
        ObjectProvider<SealStage> stage = provider(gateway);
        return List.of(new JadesCredentialForm(properties), new JwtCredentialForm.Ebsi(properties, stage),
                new JwtCredentialForm.OpenBadge(properties, stage));
    }

    /** The same forms trusting {@code anchors} (and the gateway's own seal certificate as {@code trust} says). */
    public static List<CredentialForm> all(SealProperties properties, TrustAnchors anchors, TrustProperties trust, SealStage gateway) {
        ObjectProvider<SealStage> stage = provider(gateway);
        return List.of(new JadesCredentialForm(properties, anchors, trust, stage), new JwtCredentialForm.Ebsi(properties, anchors, trust, stage),
                new JwtCredentialForm.OpenBadge(properties, anchors, trust, stage));
    }

    private static ObjectProvider<SealStage> provider(SealStage gateway) {
        return gateway == null ? new StaticListableBeanFactory().getBeanProvider(SealStage.class)
                : new StaticListableBeanFactory(Map.of("sealStage", gateway)).getBeanProvider(SealStage.class);
    }

    /** The seal stage's certificate chain, signer first. */
    public static List<X509Certificate> certificates(SealStage stage) {
        return stage.certificates();
    }
}
