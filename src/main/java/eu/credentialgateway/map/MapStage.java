package eu.credentialgateway.map;

import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.Notes;
import eu.credentialgateway.Rejection;
import eu.credentialgateway.Stage;
import eu.credentialgateway.adapter.Adapter;
import eu.credentialgateway.adapter.AdapterCatalog;
import com.univocity.parsers.common.record.Record;
import io.carml.engine.rdf.RdfRmlMapper;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.rdf4j.model.Model;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The map stage: the checked document in, the credential as an ELM RDF graph out (see package-info).
 */
@Component("mapStage")
public class MapStage implements Processor {
    /** A failed mapping is run again rule by rule to name the failing rule, for documents up to this size. */
    static final int DIAGNOSED_BYTES = 1 << 20;
    private final AdapterCatalog adapters;
    private final MappingCatalog catalog;
    private final CredentialEnvelope envelope;
    private final MapProperties settings;

    @Autowired
    public MapStage(AdapterCatalog adapters, IssuerProperties issuer, Clock clock, MapProperties settings) {
        this.adapters = adapters;
        this.catalog = new MappingCatalog(adapters);
        this.envelope = new CredentialEnvelope(issuer, clock);
        this.settings = settings;
    }

    /** A stage on the default settings (every format embeds its original). */
    public MapStage(AdapterCatalog adapters, IssuerProperties issuer, Clock clock) {
        this(adapters, issuer, clock, MapProperties.defaults());
    }

    @Override
    public void process(Exchange exchange) {
        Message message = exchange.getMessage();
        String format = message.getHeader(GatewayHeaders.FORMAT, String.class);
        RdfRmlMapper mapper = format == null ? null : catalog.mapperFor(format);
        if (mapper == null) {
            throw new GatewayException(Rejection.UNSUPPORTED_FORMAT, List.of(new Finding(Stage.MAP, "unsupported-format",
                    "no mapping mappings/" + format + ".rml.ttl", "")));
        }
        String credentialId = message.getHeader(GatewayHeaders.CREDENTIAL_ID, String.class);
        byte[] original = exchange.getProperty(GatewayHeaders.ORIGINAL, byte[].class);
        if (credentialId == null || original == null) {
            throw new GatewayException(new Finding(Stage.MAP, "missing-metadata",
                    "the map stage needs header " + GatewayHeaders.CREDENTIAL_ID + " and property " + GatewayHeaders.ORIGINAL, ""));
        }
        Graph graph = map(format, mapper, message.getBody(byte[].class), credentialId, original,
                exchange.getProperty(GatewayHeaders.DOCUMENT_LANGUAGE, String.class));
        int unlinked = UnlinkedNodes.prune(graph, NodeFactory.createURI(credentialId));
        if (unlinked > 0) {
            Notes.add(exchange, List.of(new Finding(Stage.MAP, "unlinked-nodes", unlinked
                    + " node(s) the mapping produced are not linked to the credential and were left out", "mappings/" + format + ".rml.ttl")));
        }
        List<String> joined = SameLanguageTexts.join(graph);
        if (!joined.isEmpty()) {
            Notes.add(exchange, List.of(new Finding(Stage.MAP, "same-language-texts-joined", joined.size()
                    + " title(s), description(s) or name(s) came twice in one language on one node, which ELM holds once:"
                    + " their texts were joined into one", joined.get(0))));
        }
        message.setBody(graph);
    }


    private Graph map(String format, RdfRmlMapper mapper, byte[] body, String credentialId, byte[] original, String language) {
        Graph graph = GraphFactory.createDefaultGraph();
        Adapter adapter = adapters.find(format).orElseThrow();
        try {
            Record row = adapter.kind() == Adapter.Kind.CSV ? CsvRecordSource.singleRow(body) : null;
            Model model = row != null ? mapper.mapRecordToModel(row, Record.class)
                    : mapper.mapToModel(Map.of(format, new ByteArrayInputStream(body)));
            Rdf4jToJena.copy(model, graph);
        } catch (RuntimeException e) {
            // the cause's message may quote the document: only its class and the names of the failing rules
            List<String> rules = adapter.kind() == Adapter.Kind.CSV ? List.of() : catalog.failingRules(format, body, DIAGNOSED_BYTES);
            throw new GatewayException(new Finding(Stage.MAP, "mapping-failed",
                    "the RML mapping failed: " + e.getClass().getSimpleName()
                            + (rules.isEmpty() ? "" : " in rule(s) " + String.join(", ", rules)),
                    "mappings/" + format + ".rml.ttl" + (rules.isEmpty() ? "" : "#" + rules.get(0))));
        }
        envelope.addTo(graph, credentialId, original, FixedConcepts.fileTypeOf(adapter.mediaType()), adapter.title(),
                settings.embedsOriginal(format), language);
        return graph;
    }
}
