package eu.credentialgateway.check.json;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A web address a problem message may repeat: the public URL of a hosted document (an Open Badges BadgeClass or
 * Issuer) that the caller must send along. Only http(s) addresses without user information are quoted, without
 * their query and fragment (where a learner's data could sit), at most 300 characters; anything else is not quoted.
 */
final class QuotableUrl {
    private static final int MAX_LENGTH = 300;

    private QuotableUrl() {
    }

    /** The address as it may be quoted, or null. */
    static String of(String value) {
        if (value == null || value.length() > 2_000) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(value.strip());
        } catch (URISyntaxException e) {
            return null;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getRawAuthority() == null || uri.getRawUserInfo() != null) {
            return null;
        }
        String quoted = scheme + "://" + uri.getRawAuthority() + (uri.getRawPath() == null ? "" : uri.getRawPath());
        return quoted.length() <= MAX_LENGTH && quoted.chars().allMatch(c -> c > 0x20 && c < 0x7f) ? quoted : null;
    }
}
