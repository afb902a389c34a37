package eu.credentialgateway.seal;

import eu.credentialgateway.verify.CredentialForm;
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
        ObjectProvider<SealStage> stage = gateway == null ? new StaticListableBeanFactory().getBeanProvider(SealStage.class)
                : new StaticListableBeanFactory(Map.of("sealStage", gateway)).getBeanProvider(SealStage.class);
        return List.of(new JadesCredentialForm(properties), new JwtCredentialForm.Ebsi(properties, stage),
                new JwtCredentialForm.OpenBadge(properties, stage));
    }

    /** The seal stage's certificate chain, signer first. */
    public static List<X509Certificate> certificates(SealStage stage) {
        return stage.certificates();
    }
}
