package eu.credentialgateway.align;

import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.Notes;
import eu.credentialgateway.Stage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.jena.graph.Graph;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The align stage ({@code gateway:align}): turns code placeholders in the credential graph into the
 * EU controlled-vocabulary concepts ELM expects and labels every known concept the graph uses.
 * Body in and out: the same Jena {@link Graph}, changed in place. Unknown codes are warnings in
 * {@link GatewayHeaders#NOTES}, not failures.
 */
@Component("alignStage")
public class AlignStage implements Processor {
    private final VocabularyTables tables;
    private final GraphAligner aligner;

    @Autowired
    public AlignStage(AlignProperties properties, @Value("${gateway.home:.}") String gatewayHome) {
        this(load(properties, gatewayHome));
    }

    public AlignStage(VocabularyTables tables) {
        this.tables = tables;
        this.aligner = new GraphAligner(tables);
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Graph graph = exchange.getMessage().getMandatoryBody(Graph.class);
        List<Finding> found;
        try {
            found = aligner.align(graph);
        } catch (RuntimeException e) {
            throw new GatewayException(new Finding(Stage.ALIGN, "align-failed",
                    "aligning the credential graph failed: " + e.getClass().getSimpleName(), ""));
        }
        Notes.add(exchange, found);
    }

    /** The tables this stage aligns with (shared, immutable). */
    public VocabularyTables tables() {
        return tables;
    }

    private static VocabularyTables load(AlignProperties properties, String gatewayHome) {
        try {
            return VocabularyTables.load(properties.vocabDirUnder(gatewayHome));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the align stage's concept tables", e);
        }
    }
}
