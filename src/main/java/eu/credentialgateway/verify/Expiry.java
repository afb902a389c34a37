package eu.credentialgateway.verify;

import com.fasterxml.jackson.databind.JsonNode;
import eu.credentialgateway.verify.VerificationReport.ExpiryReport;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Reads a credential's expiry: {@code expirationDate} (VC 1.1, as EDCs) or {@code validUntil} (VC 2.0). */
final class Expiry {
    private final Clock clock;

    Expiry(Clock clock) {
        this.clock = clock;
    }

    ExpiryReport of(JsonNode credential) {
        if (credential == null) {
            return new ExpiryReport(null, false);
        }
        JsonNode date = credential.path("expirationDate").isTextual() ? credential.get("expirationDate") : credential.path("validUntil");
        if (!date.isTextual()) {
            return new ExpiryReport(null, false);
        }
        Instant end = instant(date.asText());
        // a date that cannot be read cannot be shown to lie ahead: it counts as expired
        return new ExpiryReport(date.asText(), end == null || !end.isAfter(clock.instant()));
    }

    /** xsd:dateTime with or without offset (none: UTC), or xsd:date (its end, UTC); null when unreadable. */
    static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notADateTime) {
                try {
                    return LocalDate.parse(text).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException unreadable) {
                    return null;
                }
            }
        }
    }
}
