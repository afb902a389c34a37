package eu.credentialgateway.conformance;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Open Badges 2.0 / 3.0 and CLR 2.0 samples of {@code ../shared/anchors/formats/<format>/samples/}, listed from
 * the folders (every {@code *.json} below them, paths relative to {@code anchors/formats}), with the ones that are NOT
 * a convertible credential of their own format and the code each is quarantined with. Two kinds of files below
 * {@code samples/} are not samples: {@code 1edtech-validator/assets/} holds the documents the 1EdTech validator's
 * tests serve for {@code example.org} URLs (they are sent along with the assertions naming them, see {@link #body}),
 * and {@code educredentials-nl/schemas/} holds JSON Schemas.
 *
 * <p>Data Integrity proofs ({@code eddsa-rdfc-2022}) are verified by {@code gateway:dataIntegrity}: a proof that does
 * not verify with the key its verification method names is quarantined as {@code proof-invalid}, e.g.
 * {@code simple-err-proof-value.json}. Every such refusal is also the verdict of an independent implementation
 * (jsonld.js + rdf-canonize with the official contexts, {@code check.signature.proof.DataIntegrityOracleTest}). The 1EdTech spec
 * example {@code Complete_OpenBadgeCredential.json} was listed here as edited after signing: it was the gateway's
 * canonicaliser that was wrong (its four endorsements carry proofs; see {@code check.signature.proof.Rdfc10}), and it converts.
 *
 * <p>Known gap (an invalid fixture that CONVERTS, because what makes it invalid cannot be judged offline): the
 * {@code credential-status-revoked*} fixtures (revoked in a status list that is never fetched, note
 * {@code credential-status-not-checked}).
 */
public final class BadgeSamples {
    public static final List<String> FORMATS = List.of("openbadges-v2", "openbadges-v3", "clr-v2");

    /** Why a sample does not convert: the code it is quarantined with, and the reason in words. */
    public record NotConverted(String code, String reason) {
    }

    private static final String OB2 = "openbadges-v2/samples/1edtech-validator/";
    private static final String OB2_LEGACY = "openbadges-v2/samples/legacy-versions/";
    private static final String OB3 = "openbadges-v3/samples/1edtech-validator/";
    private static final String NOT_AN_AWARD = "a lone BadgeClass, Issuer or other class: it awards nothing to anyone";
    private static final String OB_1 = "Open Badges 1.0 / 0.5 (no JSON-LD @context or type): not the 2.0 format of this adapter";

    /** Every sample that must be refused, with its code; every other sample must convert. */
    public static final Map<String, NotConverted> NOT_CONVERTED = Map.ofEntries(
            entry(OB2 + "assertion-with-extension-node-invalid.json", new NotConverted("invalid-extension-value",
                    "its extension node gives schema:text a number (the 1EdTech validator's invalid-extension fixture)")),
            entry(OB2 + "badge-class-with-language.json", new NotConverted("no-assertion", NOT_AN_AWARD)),
            entry(OB2 + "basic-assertion-expired-before-issued.json", new NotConverted("expires-before-issued", "expires before issuedOn")),
            entry(OB2 + "basic-assertion-expired.json", new NotConverted("expired", "expired in 2022")),
            entry(OB2 + "basic-assertion-in-future.json", new NotConverted("issued-in-future", "issued in 2100")),
            entry(OB2 + "basic-assertion-invalid-context.json", new NotConverted("not-open-badges-2", "its @context is not Open Badges 2.0")),
            entry(OB2 + "basic-assertion-invalid-type.json", new NotConverted("no-assertion", "its type is OtherAssertion")),
            entry(OB2 + "basic-assertion-with-allowed-origins-invalid-multiple-starts-with.json", new NotConverted(
                    "hosted-origin-not-allowed", "the assertion id starts with none of its issuer's verification.startsWith")),
            entry(OB2 + "basic-assertion-with-allowed-origins-invalid-starts-with.json", new NotConverted(
                    "hosted-origin-not-allowed", "the assertion id does not start with its issuer's verification.startsWith")),
            entry(OB2 + "issuer-compact-iri-validation.json", new NotConverted("no-assertion", NOT_AN_AWARD)),
            entry(OB2 + "rdf-validation/badge-class-invalid-issuer-type.json", new NotConverted("no-assertion", NOT_AN_AWARD)),
            entry(OB2 + "rdf-validation/invalid-class.json", new NotConverted("no-assertion", NOT_AN_AWARD)),
            entry(OB2 + "rdf-validation/invalid-empty-type.json", new NotConverted("no-assertion", NOT_AN_AWARD)),
            entry(OB2 + "rdf-validation/invalid-one-invalid-class.json", new NotConverted("no-assertion", NOT_AN_AWARD)),
            entry(OB2 + "rdf-validation/valid-alignment-object.json", new NotConverted("no-assertion", NOT_AN_AWARD)),
            entry(OB2 + "rdf-validation/valid-badge-class-empty-criteria-type.json", new NotConverted("no-assertion", NOT_AN_AWARD)),
            entry(OB2 + "rdf-validation/valid-badge-class.json", new NotConverted("no-assertion", NOT_AN_AWARD)),
            entry(OB2 + "rdf-validation/valid-cool-class.json", new NotConverted("no-assertion", NOT_AN_AWARD)),
            entry(OB2 + "rdf-validation/valid-issuer-extension.json", new NotConverted("no-assertion", NOT_AN_AWARD)),
            entry(OB2_LEGACY + "badgr_0_5_basic_instance.json", new NotConverted("no-assertion", OB_1)),
            entry(OB2_LEGACY + "badgr_1_0_basic_badgeclass.json", new NotConverted("no-assertion", OB_1)),
            entry(OB2_LEGACY + "badgr_1_0_basic_instance.json", new NotConverted("no-assertion", OB_1)),
            entry(OB2_LEGACY + "badgr_1_0_basic_instance_with_bad_date.json", new NotConverted("no-assertion", OB_1)),
            entry(OB2_LEGACY + "badgr_1_0_basic_issuer.json", new NotConverted("no-assertion", OB_1)),
            entry("openbadges-v3/samples/1edtech-spec-examples/EndorsementCredential.json", new NotConverted("invalid-credential-type",
                    "an EndorsementCredential endorses an achievement; it awards nothing")),
            entry(OB3 + "complete_v1.json", new NotConverted("expired", "expired (expirationDate 2020)")),
            entry(OB3 + "endorsement-err-schema-status-refresh.json", new NotConverted("invalid-credential-type", "an EndorsementCredential")),
            entry(OB3 + "simple-err-context.json", new NotConverted("invalid-context", "its first @context is not the VC context")),
            entry(OB3 + "simple-err-credential-subject-achievement-result-description-type.json",
                    new NotConverted("invalid-result-description-type", "a resultDescription of another type")),
            entry(OB3 + "simple-err-credential-subject-identifier-type.json", new NotConverted("invalid-identity-type", "an identifier of another type")),
            entry(OB3 + "simple-err-credential-subject-profile-type.json", new NotConverted("invalid-profile-type", "a profile of another type")),
            entry(OB3 + "simple-err-credential-subject-result-type.json", new NotConverted("invalid-result-type", "a result of another type")),
            entry(OB3 + "simple-err-credential-subject-type.json", new NotConverted("invalid-credential-subject-type", "a subject of another type")),
            entry(OB3 + "simple-err-evidence-type.json", new NotConverted("invalid-evidence-type", "evidence of another type")),
            entry(OB3 + "simple-err-expired.json", new NotConverted("expired", "expired")),
            entry(OB3 + "simple-err-issued.json", new NotConverted("not-yet-valid", "valid from a future date")),
            entry(OB3 + "simple-err-issuer-otheridentifier-type.json", new NotConverted("invalid-identifier-entry-type", "an otherIdentifier of another type")),
            entry(OB3 + "simple-err-issuer-parentorg-type.json", new NotConverted("invalid-profile-type", "a parentOrg of another type")),
            entry(OB3 + "simple-err-issuer-type.json", new NotConverted("invalid-issuer-type", "an issuer of another type")),
            entry(OB3 + "simple-err-issuer.json", new NotConverted("missing-issuer", "no issuer")),
            // the method's fragment z6MkjZRs...5hwi is 37 bytes in base58btc (a plain decoder in node says so too), prefix 0x9fdd
            entry(OB3 + "simple-err-proof-method.json", new NotConverted("invalid-proof-key", "its Ed25519 Multikey is not 34 bytes")),
            // jsonld.js + rdf-canonize (official contexts) + the JDK's Ed25519 find the proof invalid as well: DataIntegrityOracleTest
            entry(OB3 + "simple-err-proof-value.json", new NotConverted("proof-invalid",
                    "its eddsa-rdfc-2022 proof (well-formed key) does not verify: the content was changed after signing")),
            entry(OB3 + "simple-err-proof-method-no-scheme.json", new NotConverted("invalid-proof-method", "a verificationMethod without a scheme")),
            entry(OB3 + "simple-err-proof-method-unknown-did-method.json", new NotConverted("invalid-proof-method", "an unknown DID method")),
            entry(OB3 + "simple-err-proof-method-unknown-scheme.json", new NotConverted("invalid-proof-method", "an unknown URI scheme")),
            entry(OB3 + "simple-err-type.json", new NotConverted("invalid-credential-type", "type OtherCredential")),
            entry(OB3 + "simple-noproof.json", new NotConverted("missing-achievement", "its subject holds no achievement")));

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The URLs the 1EdTech validator's OB 2.0 tests serve from assets/ (its OB20Tests' local domains). */
    private static final Pattern SERVED = Pattern.compile("https?://(www\\.)?example\\.org/([^/?#]+)");

    private BadgeSamples() {
    }

    /** {@code ../shared/anchors/formats}; skips the calling test when it is absent. */
    public static Path formatsOrSkip() {
        Path formats = formats();
        assumeTrue(Files.isDirectory(formats), "../shared is absent: skipping the badge samples");
        return formats;
    }

    private static Path formats() {
        return Path.of(System.getProperty("user.dir")).resolve("../shared/anchors/formats").normalize();
    }

    /** Every sample, e.g. {@code clr-v2/samples/1edtech-validator/simple.json}, sorted; none without ../shared. */
    public static Stream<String> all() throws IOException {
        Path formats = formats();
        if (!Files.isDirectory(formats)) {
            return Stream.of();
        }
        List<String> samples = new ArrayList<>();
        for (String format : FORMATS) {
            Path folder = formats.resolve(format).resolve("samples");
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                files.filter(f -> f.toString().endsWith(".json")).map(f -> formats.relativize(f).toString().replace('\\', '/'))
                        .filter(f -> !f.contains("/assets/") && !f.contains("/schemas/")).forEach(samples::add);
            }
        }
        return samples.stream().sorted();
    }

    public static String format(String sample) {
        return sample.substring(0, sample.indexOf('/'));
    }

    /**
     * What a sender puts in the request: the sample, and for an OB 2.0 sample that names its BadgeClass by URL, the
     * documents the validator's tests serve for that URL and for its BadgeClass's issuer URL, as one JSON array (the
     * gateway never fetches them).
     */
    public static byte[] body(Path formats, String sample) throws IOException {
        Path file = formats.resolve(sample);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!sample.startsWith(OB2)) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        Path assets = formats.resolve(OB2).resolve("assets");
        List<String> documents = new ArrayList<>(List.of(text));
        JsonNode badge = JSON.readTree(text).path("badge");
        Path badgeClass = served(assets, badge);
        if (badgeClass != null) {
            String served = Files.readString(badgeClass, StandardCharsets.UTF_8);
            documents.add(served);
            Path issuer = served(assets, JSON.readTree(served).path("issuer"));
            if (issuer != null) {
                documents.add(Files.readString(issuer, StandardCharsets.UTF_8));
            }
        }
        return (documents.size() == 1 ? text : "[" + String.join(",", documents) + "]").getBytes(StandardCharsets.UTF_8);
    }

    private static Path served(Path assets, JsonNode url) {
        Matcher matcher = url.isTextual() ? SERVED.matcher(url.asText()) : null;
        if (matcher == null || !matcher.matches()) {
            return null;
        }
        Path file = assets.resolve(matcher.group(2));
        try {
            return Files.isRegularFile(file) && file.toRealPath().startsWith(assets.toRealPath()) ? file : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
