package eu.credentialgateway.hostile;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One hostile or malformed request of the corpus: what is sent where. What the gateway must answer is not here but in
 * {@code test-data/hostile/manifest.tsv}, under the same name.
 *
 * @param name        unique within the corpus, {@code <format>/<what>}
 * @param format      the input format or kind it attacks (elmo, edc-xml, openbadges-v2, openbadges-v3, clr-v2, vc-jwt,
 *                    csv, xlsx, sealed, wallet, api-key, review, path)
 * @param endpoint    the endpoint family (conversions, verifications, wallet-token, wallet-credential, api-keys, reviews,
 *                    batches, inputs, quarantine)
 * @param method      HTTP method
 * @param path        path and query
 * @param contentType Content-Type sent, or null
 * @param headers     further headers (an Authorization for the wallet)
 * @param body        the bytes sent (empty for none)
 */
record HostileCase(String name, String format, String endpoint, String method, String path, String contentType,
                   Map<String, String> headers, byte[] body) {

    static HostileCase conversion(String format, String what, String contentType, byte[] body) {
        return new HostileCase(format + "/" + what, format, "conversions", "POST",
                "/api/v1/conversions?format=" + (format.equals("vc-jwt") ? "openbadges-v3" : format), contentType, Map.of(), body);
    }

    static HostileCase conversion(String format, String what, String contentType, String body) {
        return conversion(format, what, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** The same request without {@code ?format=}: the format is detected from the document. */
    HostileCase detected() {
        return new HostileCase(name + "-detected", format, endpoint, method, "/api/v1/conversions", contentType, headers, body);
    }

    HostileCase withHeader(String header, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(header, value);
        return new HostileCase(name, format, endpoint, method, path, contentType, Map.copyOf(more), body);
    }

    @Override
    public String toString() {
        return name;
    }
}
