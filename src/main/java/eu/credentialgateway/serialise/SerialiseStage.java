package eu.credentialgateway.serialise;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.Stage;
import eu.credentialgateway.jsonld.ContextDocuments;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.springframework.stereotype.Component;

/**
 * Graph in, EDC JSON-LD text out: the credential node is the root, with
 * {@code @context ["https://www.w3.org/2018/credentials/v1", "http://data.europa.eu/snb/model/context/edc-ap"]}.
 * Terms come from the gateway's own contexts ({@link ContextDocuments}, read once at start).
 * Failure code: {@code unreachable-node} (a mapping produced a node the credential does not lead to).
 */
@Component
public class SerialiseStage implements Processor {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonLdTreeWriter writer;
    private final ArrayNode context;
    private final ObjectWriter output;

    public SerialiseStage(SerialiseProperties properties, ContextDocuments contexts) throws IOException {
        List<JsonNode> terms = new ArrayList<>();
        for (URI url : List.of(ContextDocuments.CREDENTIALS_V1, ContextDocuments.EDC_AP)) {
            terms.add(JSON.readTree(contexts.document(url).toString()));
        }
        this.writer = new JsonLdTreeWriter(ContextTermTable.of(terms));
        this.context = JSON.createArrayNode().add(ContextDocuments.CREDENTIALS_V1.toString()).add(ContextDocuments.EDC_AP.toString());
        this.output = properties.pretty() ? JSON.writerWithDefaultPrettyPrinter() : JSON.writer();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Graph credential = exchange.getMessage().getMandatoryBody(Graph.class);
        String root = exchange.getMessage().getHeader(GatewayHeaders.CREDENTIAL_ID, String.class);
        String json;
        try {
            // as UTF-8 bytes, then one string: a large credential's text is held as bytes, not as 2-byte chars in
            // Jackson's string writer and then again while they are joined (a 60 MB credential: 120 MB of chars)
            json = new String(output.writeValueAsBytes(writer.write(credential, NodeFactory.createURI(root), context)), StandardCharsets.UTF_8);
        } catch (IllegalStateException e) {
            throw new GatewayException(new Finding(Stage.SERIALISE, "unreachable-node", e.getMessage(), root));
        }
        exchange.getMessage().setBody(json);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/ld+json");
    }
}
