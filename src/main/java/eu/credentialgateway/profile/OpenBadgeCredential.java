package eu.credentialgateway.profile;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.credentialgateway.jsonld.ContextDocuments;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The Open Badges 3.0 {@code OpenBadgeCredential} (VC 2.0 form, OB context 3.0.3) of an EDC, derived from
 * the serialiser's EDC JSON-LD: same id; issuer {@code Profile} from the EDC issuer (legal name, homepage,
 * address country, eIDAS and other identifiers as {@code otherIdentifier}); {@code validFrom}/{@code validUntil}
 * and {@code awardedDate}; the subject as an {@code AchievementSubject} with the learner's id and identifiers
 * (name and EDC identifiers as unhashed {@code IdentityObject}s), the achievement and results of
 * {@link OpenBadgeAchievement} and the credits earned; the EDC evidence statements as {@code Evidence};
 * {@code credentialSchema} naming the OB 3.0 AchievementCredential JSON Schema.
 */
final class OpenBadgeCredential {
    static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    static final String OB_SCHEMA = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    ObjectNode derive(ObjectNode edc) {
        CredentialNodes nodes = CredentialNodes.of(edc);
        ObjectNode subject = nodes.first(edc, "credentialSubject");
        List<ObjectNode> claims = nodes.nodes(subject, "hasClaim");
        ObjectNode display = nodes.first(edc, "displayParameter");
        String firstClaimTitle = claims.isEmpty() ? null : nodes.text(claims.get(0), "title");
        String name = OpenBadgeAchievement.firstText(nodes.text(display, "title"), claims.size() == 1 ? firstClaimTitle : null,
                "European Digital Credential");

        ObjectNode credential = JSON.objectNode();
        credential.putArray("@context").add(ContextDocuments.CREDENTIALS_V2.toString()).add(OB_CONTEXT);
        credential.put("id", edc.path(CredentialNodes.ID).asText());
        credential.putArray("type").add("VerifiableCredential").add("OpenBadgeCredential");
        credential.put("name", name);
        String description = nodes.text(display, "description");
        if (description != null) {
            credential.put("description", description);
        }
        credential.set("issuer", profile(nodes, nodes.first(edc, "issuer")));
        String validFrom = OpenBadgeAchievement.firstText(nodes.text(edc, "validFrom"), nodes.text(edc, "issuanceDate"),
                nodes.text(edc, "issued"));
        credential.put("validFrom", Literals.dateTime(validFrom));
        String validUntil = OpenBadgeAchievement.firstText(nodes.text(edc, "validUntil"), nodes.text(edc, "expirationDate"));
        if (validUntil != null) {
            credential.put("validUntil", Literals.dateTime(validUntil));
        }
        String awarded = claims.size() == 1 ? nodes.text(nodes.first(claims.get(0), "awardedBy"), "awardingDate") : null;
        awarded = OpenBadgeAchievement.firstText(awarded, nodes.text(edc, "issued"));
        if (awarded != null) {
            credential.put("awardedDate", Literals.dateTime(awarded));
        }
        credential.set("credentialSubject", subject(nodes, subject, claims, name));
        ArrayNode evidence = evidence(nodes);
        if (!evidence.isEmpty()) {
            credential.set("evidence", evidence);
        }
        credential.putArray("credentialSchema").addObject().put("id", OB_SCHEMA).put("type", "1EdTechJsonSchemaValidator2019");
        return credential;
    }

    private ObjectNode subject(CredentialNodes nodes, ObjectNode person, List<ObjectNode> claims, String name) {
        ObjectNode subject = JSON.objectNode();
        if (person != null && person.hasNonNull(CredentialNodes.ID)) {
            subject.put("id", person.get(CredentialNodes.ID).asText());
        }
        subject.putArray("type").add("AchievementSubject");
        ArrayNode identifiers = JSON.arrayNode();
        String fullName = OpenBadgeAchievement.firstText(nodes.text(person, "fullName"),
                joined(nodes.text(person, "givenName"), nodes.text(person, "familyName")));
        if (fullName != null) {
            identity(identifiers, fullName, "name");
        }
        for (ObjectNode identifier : nodes.nodes(person, "identifier")) {
            identity(identifiers, nodes.text(identifier, "notation"), identifierType(nodes.text(identifier, "schemeName")));
        }
        ObjectNode nationalId = nodes.first(person, "nationalID");
        if (nationalId != null) {
            identity(identifiers, nodes.text(nationalId, "notation"), "nationalIdentityNumber");
        }
        if (!identifiers.isEmpty()) {
            subject.set("identifier", identifiers);
        }
        OpenBadgeAchievement.Awarded awarded = new OpenBadgeAchievement(nodes, body -> profile(nodes, body)).of(claims, name);
        subject.set("achievement", awarded.achievement());
        if (!awarded.results().isEmpty()) {
            subject.set("result", awarded.results());
        }
        if (awarded.credits() != null) {
            subject.put("creditsEarned", awarded.credits());
        }
        return subject;
    }

    private static void identity(ArrayNode identifiers, String value, String type) {
        if (value == null || value.isBlank()) {
            return;
        }
        ObjectNode identity = identifiers.addObject();
        identity.put("type", "IdentityObject");
        identity.put("hashed", false);
        identity.put("identityHash", value);
        identity.put("identityType", type);
    }

    /** An OB 3.0 {@code Profile} of an EDC organisation or agent. */
    static ObjectNode profile(CredentialNodes nodes, ObjectNode agent) {
        ObjectNode profile = JSON.objectNode();
        if (agent == null) {
            return profile;
        }
        profile.put("id", agent.path(CredentialNodes.ID).asText());
        profile.putArray("type").add("Profile");
        String name = OpenBadgeAchievement.firstText(nodes.text(agent, "legalName"), nodes.text(agent, "prefLabel"),
                nodes.text(agent, "altLabel"));
        if (name != null) {
            profile.put("name", name);
        }
        String url = nodes.text(nodes.first(agent, "homepage"), "contentURL");
        if (url != null) {
            profile.put("url", url);
        }
        ObjectNode country = nodes.first(nodes.first(nodes.first(agent, "location"), "address"), "countryCode");
        String countryIri = country != null ? country.path(CredentialNodes.ID).asText(null) : null;
        if (countryIri != null) {
            ObjectNode address = profile.putObject("address");
            address.putArray("type").add("Address");
            String countryName = nodes.text(country, "prefLabel");
            if (countryName != null) {
                address.put("addressCountry", countryName);
            }
            String code = LanguageCodes.alpha2OfCountryIri(countryIri);
            if (code != null) {
                address.put("addressCountryCode", code);
            }
        }
        ArrayNode others = JSON.arrayNode();
        for (String key : new String[] {"eIDASIdentifier", "registration", "vatIdentifier", "taxIdentifier", "identifier"}) {
            for (ObjectNode identifier : nodes.nodes(agent, key)) {
                String notation = nodes.text(identifier, "notation");
                if (notation != null && !notation.isBlank()) {
                    ObjectNode entry = others.addObject();
                    entry.put("type", "IdentifierEntry");
                    entry.put("identifier", notation);
                    entry.put("identifierType", key.equals("identifier") ? identifierType(nodes.text(identifier, "schemeName")) : "ext:" + key);
                }
            }
        }
        if (!others.isEmpty()) {
            profile.set("otherIdentifier", others);
        }
        return profile;
    }

    /** An OB 3.0 identifier type for an EDC scheme name: {@code ext:<name>} (letters, digits, {@code . - _}), or {@code identifier}. */
    static String identifierType(String schemeName) {
        if (schemeName == null || schemeName.isBlank()) {
            return "identifier";
        }
        String name = schemeName.trim().replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^_+|_+$", "");
        return name.isEmpty() ? "identifier" : "ext:" + name;
    }

    private static ArrayNode evidence(CredentialNodes nodes) {
        ArrayNode evidence = JSON.arrayNode();
        for (ObjectNode source : nodes.nodes(nodes.root(), "evidence")) {
            String statement = nodes.text(source, "evidenceStatement");
            String title = nodes.text(nodes.first(source, "embeddedEvidence"), "title");
            if (statement == null && title == null) {
                continue;
            }
            ObjectNode item = evidence.addObject();
            item.putArray("type").add("Evidence");
            if (title != null) {
                item.put("name", title);
            }
            if (statement != null) {
                item.put("narrative", statement);
            }
        }
        return evidence;
    }

    private static String joined(String given, String family) {
        String joined = String.join(" ", Stream.of(given, family).filter(Objects::nonNull).toList()).trim();
        return joined.isEmpty() ? null : joined;
    }
}
