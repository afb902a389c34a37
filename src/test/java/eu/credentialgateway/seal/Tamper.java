package eu.credentialgateway.seal;

/** Changes a sealed JAdES JSON document by exactly one byte, inside its payload. */
public final class Tamper {
    private Tamper() {
    }

    /** The document with the case of the payload's first letter after {@code "id"} flipped (one ASCII byte). */
    public static String oneByteOfPayload(String sealed) {
        int payload = sealed.indexOf("\"payload\"");
        int from = sealed.indexOf("id", payload) + 2;
        for (int i = from; i < sealed.length(); i++) {
            char c = sealed.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                char flipped = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
                return sealed.substring(0, i) + flipped + sealed.substring(i + 1);
            }
        }
        throw new IllegalArgumentException("no letter to change in the payload");
    }
}
