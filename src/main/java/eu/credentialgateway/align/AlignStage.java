package eu.credentialgateway.align;

import eu.credentialgateway.AlignmentDecision;
import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.Notes;
import eu.credentialgateway.Stage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The align stage ({@code gateway:align}): turns code placeholders in the credential graph into the
 * EU controlled-vocabulary concepts ELM expects and labels every known concept the graph uses.
 * Body in and out: the same Jena {@link Graph}, changed in place. Unknown codes are warnings in
 * {@link GatewayHeaders#NOTES}, not failures. With ESCO (the Spring wiring always has it): checks the ESCO skills
 * the input names and matches learning outcome texts ({@link EscoUriCheck}, {@link EscoTextMatch}). Every decision
 * (code aligned or dropped, ESCO skill kept, dropped, added, queued or not) goes to {@link GatewayHeaders#ALIGNMENTS}.
 */
@Component("alignStage")
public class AlignStage implements Processor {
    private final VocabularyTables tables;
    private final GraphAligner aligner;
    private final EscoUriCheck escoUris;
    private final EscoTextMatch escoTexts;

    @Autowired
    public AlignStage(AlignProperties properties, @Value("${gateway.home:.}") String gatewayHome,
                      ObjectProvider<EscoAlignments> esco, ObjectProvider<ReviewedPhrases> reviewed) {
        this(load(properties, gatewayHome), esco.getIfAvailable(), reviewed.getIfAvailable(() -> ReviewedPhrases.NONE));
    }

    /** Codes only, no ESCO. */
    public AlignStage(AlignProperties properties, String gatewayHome) {
        this(load(properties, gatewayHome));
    }

    /** Codes only, no ESCO. */
    public AlignStage(VocabularyTables tables) {
        this(tables, null, ReviewedPhrases.NONE);
    }

    /**
     * @param esco     the ESCO skills and matcher; null: no ESCO alignment
     * @param reviewed the review queue's decisions
     */
    public AlignStage(VocabularyTables tables, EscoAlignments esco, ReviewedPhrases reviewed) {
        this.tables = tables;
        this.aligner = new GraphAligner(tables);
        this.escoUris = esco == null ? null : new EscoUriCheck(esco.skills());
        this.escoTexts = esco == null || !esco.properties().matchText() ? null : new EscoTextMatch(esco, reviewed);
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Graph graph = exchange.getMessage().getMandatoryBody(Graph.class);
        List<Finding> found = new ArrayList<>();
        List<AlignmentDecision> decisions = new ArrayList<>();
        try {
            CodeAlignmentLog codes = new CodeAlignmentLog(graph);
            found.addAll(aligner.align(graph, codes));
            decisions.addAll(codes.decisions());
            if (escoUris != null) {
                Set<Node> given = escoUris.check(graph, found, decisions);
                if (escoTexts != null) {
                    decisions.addAll(escoTexts.match(graph, OutcomePhrases.of(graph, given)));
                }
            }
        } catch (RuntimeException e) {
            throw new GatewayException(new Finding(Stage.ALIGN, "align-failed",
                    "aligning the credential graph failed: " + e.getClass().getSimpleName(), ""));
        }
        Notes.add(exchange, found);
        AlignmentDecision.add(exchange, decisions);
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
