package eu.credentialgateway.seal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The registered JWT claims of a VC-JWT checked against the credential they carry (OB 3.0 "Verify a Credential
 * VC-JWT Signature"; VC-JOSE-COSE asks them not to conflict). Messages name claims and fields, never values.
 */
final class JwtClaims {
    private JwtClaims() {
    }

    static void compare(JsonNode claims, JsonNode credential, List<String> errors, List<String> warnings) {
        JsonNode issuer = credential.path("issuer");
        same(claims, "iss", issuer.isTextual() ? issuer : issuer.path("id"), "the credential's issuer id", errors);
        JsonNode subject = credential.path("credentialSubject");
        if (subject.path("id").isTextual()) {
            same(claims, "sub", subject.get("id"), "the credential subject's id", errors);
        }
        same(claims, "jti", credential.path("id"), "the credential's id", errors);
        sameTime(claims, "nbf", credential.path("validFrom").isTextual() ? credential.get("validFrom") : credential.path("issuanceDate"),
                "validFrom", errors);
        if (claims.has("exp") || credential.has("validUntil")) {
            sameTime(claims, "exp", credential.path("validUntil").isTextual() ? credential.get("validUntil") : credential.path("expirationDate"),
                    "validUntil", errors);
        }
        if (claims.path("nbf").canConvertToLong() && Instant.ofEpochSecond(claims.get("nbf").asLong()).isAfter(Instant.now())) {
            warnings.add("the credential is not valid yet (nbf lies ahead)");
        }
    }

    private static void same(JsonNode claims, String claim, JsonNode field, String what, List<String> errors) {
        if (!claims.path(claim).isTextual()) {
            errors.add("the JWT has no " + claim + " claim");
        } else if (!field.isTextual() || !field.asText().equals(claims.get(claim).asText())) {
            errors.add("the JWT claim " + claim + " does not match " + what);
        }
    }

    private static void sameTime(JsonNode claims, String claim, JsonNode field, String what, List<String> errors) {
        if (!claims.path(claim).canConvertToLong()) {
            errors.add("the JWT has no numeric " + claim + " claim");
            return;
        }
        Long seconds = field.isTextual() ? epochSeconds(field.asText()) : null;
        if (seconds == null || seconds != claims.get(claim).asLong()) {
            errors.add("the JWT claim " + claim + " does not match the credential's " + what);
        }
    }

    private static Long epochSeconds(String dateTime) {
        try {
            return OffsetDateTime.parse(dateTime).toEpochSecond();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
