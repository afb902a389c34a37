package eu.credentialgateway.deliver;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook's signature: {@code sha256=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>}. Signing the timestamp
 * with the body lets a receiver refuse replays (an old timestamp) as well as forgeries.
 */
final class WebhookSignature {
    static final String PREFIX = "sha256=";
    private final SecretKeySpec key;

    WebhookSignature(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("the webhook target needs a secret: set GATEWAY_DELIVER_WEBHOOK_SECRET");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    String sign(long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "WebhookSignature[HmacSHA256, secret hidden]";
    }
}
