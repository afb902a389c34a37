package eu.credentialgateway.seal;

import com.nimbusds.jose.JOSEException;
import eu.credentialgateway.OutputProfile;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The seal forms of the output profiles besides {@code edc-jades} (package {@code profile} gives them their
 * shape first): a JWT for {@code ebsi-jwt} and {@code ob3}, and the unsealed debugging forms.
 */
final class ProfileForms {
    private ProfileForms() {
    }

    static List<SealForm> of(SealingKey key, Clock clock) {
        List<SealForm> forms = new ArrayList<>();
        try {
            forms.add(JwtSealer.ebsi(key, clock));
        } catch (JOSEException e) {
            throw new IllegalStateException("the seal key cannot sign JWTs: " + e.getMessage(), e);
        }
        forms.add(JwtSealer.openBadge(key, clock));
        Arrays.stream(OutputProfile.values()).filter(p -> !p.sealed()).map(UnsealedForm::new).forEach(forms::add);
        return forms;
    }
}
