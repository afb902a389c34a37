package eu.credentialgateway;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * A credential's id, derived from what it was made from (format + content hash), so that the same input
 * converted twice, or redelivered by a broker, yields the same credential id and not a second one.
 * The form is an RFC 9562 version-8 UUID URN made from the first 16 bytes of a SHA-256.
 */
public record CredentialId(UUID uuid) {
    public CredentialId {
        Objects.requireNonNull(uuid, "uuid");
    }

    public static CredentialId of(String format, String contentHash) {
        byte[] digest = Sha256.of((format + ":" + contentHash).getBytes(StandardCharsets.UTF_8));
        digest[6] = (byte) ((digest[6] & 0x0f) | 0x80); // version 8: custom, hash-based
        digest[8] = (byte) ((digest[8] & 0x3f) | 0x80); // RFC 9562 variant
        ByteBuffer bytes = ByteBuffer.wrap(digest, 0, 16);
        return new CredentialId(new UUID(bytes.getLong(), bytes.getLong()));
    }

    /** Parses {@code urn:uuid:<uuid>}, the UUID in canonical form only. */
    public static CredentialId parse(String urn) {
        return new CredentialId(CanonicalUuid.fromUrn(urn).orElseThrow(() -> new IllegalArgumentException("not a urn:uuid credential id")));
    }

    public String urn() {
        return "urn:uuid:" + uuid;
    }

    /** A file-system-safe name: the UUID alone. */
    public String fileStem() {
        return uuid.toString();
    }

    @Override
    public String toString() {
        return urn();
    }
}
