package eu.credentialgateway;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The forms a credential can go out in, chosen per request ({@code ?profile=} or {@code Accept}), per format
 * ({@code gateway.profile.by-format.<format>}) or for all ({@code gateway.seal.profile}). Each has the media type
 * of its unsealed form (what the profile stage makes) and of its sealed form (what the seal stage makes of it;
 * none for the debugging forms, which are never sealed).
 */
public enum OutputProfile {
    /** The EDC JSON-LD (ELM 3.2), sealed as a JAdES JSON-serialised JWS: the default. */
    EDC_JADES("edc-jades", "application/ld+json", "application/jose+json"),
    /** The EBSI VCDM 2.0 Europass EDC form, secured as a compact JWT ({@code typ: vc+jwt}, VC-JOSE-COSE). */
    EBSI_JWT("ebsi-jwt", "application/vc", "application/vc+jwt"),
    /** An Open Badges 3.0 {@code OpenBadgeCredential}, secured as a compact JWT (OB 3.0 VC-JWT proof, {@code typ: JWT}). */
    OB3("ob3", "application/vc+ld+json", "application/jwt"),
    /** The credential graph as Turtle, for debugging: never sealed. */
    TURTLE("turtle", "text/turtle", null),
    /** The credential graph as N-Quads, for debugging: never sealed. */
    NQUADS("nquads", "application/n-quads", null);

    private final String id;
    private final String unsealedMediaType;
    private final String sealedMediaType;

    OutputProfile(String id, String unsealedMediaType, String sealedMediaType) {
        this.id = id;
        this.unsealedMediaType = unsealedMediaType;
        this.sealedMediaType = sealedMediaType;
    }

    /** The name used in requests and configuration, e.g. {@code ebsi-jwt}. */
    public String id() {
        return id;
    }

    /** The media type of the profile stage's output (before sealing). */
    public String unsealedMediaType() {
        return unsealedMediaType;
    }

    /** The media type of the sealed form; null for forms that are never sealed. */
    public String sealedMediaType() {
        return sealedMediaType;
    }

    /** True for the forms the seal stage secures. */
    public boolean sealed() {
        return sealedMediaType != null;
    }

    /** The profile of this name ({@code ebsi-jwt}; case and surrounding blanks ignored). */
    public static Optional<OutputProfile> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.id.equals(wanted)).findFirst();
    }

    /** The names of all profiles, for messages. */
    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(OutputProfile::id).toList());
    }

    /**
     * The profile an HTTP {@code Accept} header asks for: the media range with the highest {@code q} that is a
     * profile's sealed or unsealed media type ({@code application/vc+jwt} is {@code ebsi-jwt}); empty when it names none.
     */
    public static Optional<OutputProfile> acceptedBy(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.empty();
        }
        OutputProfile best = null;
        double bestQuality = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            double quality = quality(parts);
            for (OutputProfile profile : values()) {
                if ((type.equals(profile.sealedMediaType) || type.equals(profile.unsealedMediaType)) && quality > bestQuality) {
                    best = profile;
                    bestQuality = quality;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static double quality(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String parameter = parameters[i].trim();
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2));
                } catch (NumberFormatException badQuality) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
