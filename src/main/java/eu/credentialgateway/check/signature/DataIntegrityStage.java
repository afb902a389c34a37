package eu.credentialgateway.check.signature;

import eu.credentialgateway.jsonld.ContextDocuments;
import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.Notes;
import eu.credentialgateway.Rejection;
import eu.credentialgateway.Stage;
import eu.credentialgateway.adapter.AdapterCatalog;
import eu.credentialgateway.check.CheckProperties;
import eu.credentialgateway.check.OnFailedVerification;
import eu.credentialgateway.check.json.PrepareBounds;
import eu.credentialgateway.check.signature.proof.DataIntegrityProofs;
import eu.credentialgateway.check.signature.proof.ProofOutcome;
import eu.credentialgateway.check.signature.proof.ProofUnreadable;
import eu.credentialgateway.trust.TrustAnchors;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * {@code gateway:dataIntegrity}, a generic prepare step for JSON-LD Verifiable Credentials (called from
 * {@code direct:openbadges-v3-prepare} and {@code direct:clr-v2-prepare}; any adapter may use it): verifies the
 * W3C Data Integrity proofs of the credential and of each credential nested in {@code credentialSubject.
 * verifiableCredential[]} (a CLR's achievement credentials) and of every endorsement (OB 3.0 {@code endorsement} of the
 * credential, its issuer or achievement: an invalid one is the note {@code endorsement-proof-invalid}, not a refusal),
 * offline, with the gateway's own JSON-LD contexts
 * ({@link DataIntegrityProofs}). The body is left as it is.
 *
 * <p>Notes: {@code proof-valid} (cryptosuite, verification method, how the key was found), each followed by
 * {@code signer-trusted} or {@code signer-untrusted} (whether the key is a trust anchor's: {@link SignerTrust}), and
 * {@code proof-not-checked} (the reason: proof type or cryptosuite not supported, key that would have to be fetched,
 * context not served). Failures (stage check, 422, location = JSON path of the proof, e.g. {@code $.proof[0]}):
 * {@code proof-invalid} (the signature does not verify, or the proof is malformed; a note instead with
 * {@code gateway.check.on-failed-verification=continue}), {@code proof-unreadable} (the document is no JSON-LD the
 * processor reads, or is too costly to canonicalise). A body that is not a JSON object, or out of the JSON check's
 * bounds, is left to the check stage.
 */
@Component("dataIntegrityStage")
public class DataIntegrityStage implements Processor {
    /** Longest JSON-LD to RDF, and longest canonicalisation, of one document. */
    static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final PrepareBounds bounds;
    private final DataIntegrityProofs proofs;
    private final OnFailedVerification onFailure;
    private final TrustAnchors anchors;

    /** A stage that trusts no signer. */
    public DataIntegrityStage(AdapterCatalog adapters, CheckProperties properties, ContextDocuments contexts) {
        this(adapters, properties, contexts, TrustAnchors.none());
    }

    /** The stage with the gateway's one {@link ContextDocuments} and its trust anchors. */
    @Autowired
    public DataIntegrityStage(AdapterCatalog adapters, CheckProperties properties, ContextDocuments contexts, TrustAnchors anchors) {
        this.bounds = new PrepareBounds(adapters, properties);
        this.proofs = new DataIntegrityProofs(contexts, TIMEOUT);
        this.onFailure = properties.onFailedVerification();
        this.anchors = anchors;
    }

    @Override
    public void process(Exchange exchange) {
        byte[] body = exchange.getMessage().getBody(byte[].class);
        if (body == null || !bounds.within(exchange.getMessage().getHeader(GatewayHeaders.FORMAT, String.class), body)) {
            return;
        }
        JsonValue json;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            json = reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            return; // not JSON: the check stage says so
        }
        if (!(json instanceof JsonObject credential)) {
            return;
        }
        List<ProofOutcome> outcomes = new ArrayList<>();
        List<ProofOutcome> endorsementOutcomes = new ArrayList<>();
        Map<String, JsonObject> endorsed = new LinkedHashMap<>();
        try {
            outcomes.addAll(proofs.verify(credential, "$"));
            if (credential.get("credentialSubject") instanceof JsonObject subject
                    && subject.get("verifiableCredential") instanceof JsonArray nested) {
                for (int i = 0; i < nested.size(); i++) {
                    if (nested.get(i) instanceof JsonObject inner) {
                        outcomes.addAll(proofs.verify(inner, "$.credentialSubject.verifiableCredential[" + i + "]"));
                    }
                }
            }
            endorsements(credential, "$", endorsed);
            for (Map.Entry<String, JsonObject> endorsement : endorsed.entrySet()) {
                endorsementOutcomes.addAll(proofs.verify(endorsement.getValue(), endorsement.getKey()));
            }
        } catch (ProofUnreadable e) {
            throw new GatewayException(Rejection.INVALID, List.of(new Finding(Stage.CHECK, "proof-unreadable",
                    "the credential's proof could not be checked: " + e.getMessage(), e.location())));
        } catch (RuntimeException e) {
            throw new GatewayException(Rejection.INVALID, List.of(new Finding(Stage.CHECK, "proof-unreadable",
                    "the credential's proof could not be checked: " + e.getClass().getSimpleName(), "$.proof")));
        }
        List<Finding> notes = eu.credentialgateway.Findings.collector();
        List<Finding> failures = eu.credentialgateway.Findings.collector();
        for (ProofOutcome outcome : outcomes) {
            report(outcome, false, notes, failures);
        }
        // the credential's own proof covers an endorsement as embedded: an endorsement's failing proof says the
        // endorser did not sign it so, which the receipt reports without refusing the learner's credential
        for (ProofOutcome outcome : endorsementOutcomes) {
            report(outcome, true, notes, failures);
        }
        onFailure.apply(exchange, failures);
        Notes.add(exchange, notes);
    }

    /** Adds {@code outcome} to notes, or to {@code failures} when the credential's own proof does not verify. */
    private void report(ProofOutcome outcome, boolean endorsement, List<Finding> notes, List<Finding> failures) {
        String whose = endorsement ? "the endorsement's " : "the ";
        String method = outcome.method().isEmpty() ? "" : " (verification method " + outcome.method() + ")";
        String proof = whose + outcome.suite() + " proof";
        switch (outcome.verdict()) {
            case VALID -> {
                notes.add(new Finding(Stage.CHECK, "proof-valid", proof + " verifies" + method + ", with " + outcome.detail(),
                        outcome.location()));
                notes.add(SignerTrust.note(anchors.checkKey(outcome.key()), whose + "proof", outcome.location()));
            }
            case NOT_CHECKED -> notes.add(new Finding(Stage.CHECK, "proof-not-checked", proof + " is kept but not checked"
                    + method + ": " + outcome.detail(), outcome.location()));
            case INVALID -> (endorsement ? notes : failures).add(new Finding(Stage.CHECK,
                    endorsement ? "endorsement-proof-invalid" : "proof-invalid", proof + " does not verify" + method + ": "
                    + outcome.detail(), outcome.location()));
        }
    }

    /** Endorsements (OB 3.0 {@code endorsement}: of the credential, its issuer, its achievement) that carry a proof, by JSON path. */
    private static void endorsements(JsonValue value, String path, Map<String, JsonObject> found) {
        if (value instanceof JsonObject object) {
            for (Map.Entry<String, JsonValue> member : object.entrySet()) {
                String at = path + "." + member.getKey();
                if ("endorsement".equals(member.getKey())) {
                    List<JsonValue> items = member.getValue() instanceof JsonArray array ? array : List.of(member.getValue());
                    for (int i = 0; i < items.size(); i++) {
                        String item = member.getValue() instanceof JsonArray ? at + "[" + i + "]" : at;
                        if (items.get(i) instanceof JsonObject endorsement && endorsement.containsKey("proof")) {
                            found.put(item, endorsement);
                        }
                        endorsements(items.get(i), item, found);
                    }
                } else if (!"proof".equals(member.getKey())) {
                    endorsements(member.getValue(), at, found);
                }
            }
        } else if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                endorsements(array.get(i), path + "[" + i + "]", found);
            }
        }
    }
}
