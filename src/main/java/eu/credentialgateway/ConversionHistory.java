package eu.credentialgateway;

import java.util.Optional;
import java.util.UUID;

/**
 * What the gateway converted before, as the ingest stage asks it to notice an inbox file it has seen already. The
 * record stage's audit trail answers; the interface sits here so that ingest does not depend on record.
 */
public interface ConversionHistory {
    /** The input id of an earlier successful conversion of the same content in the same format, if there was one. */
    Optional<UUID> convertedInput(String format, String contentHash);
}
