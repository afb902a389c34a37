package eu.credentialgateway.ingest;

import eu.credentialgateway.GatewayHeaders;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.springframework.stereotype.Component;

/**
 * {@code gateway:batchEnd}, after a batch file's rows were split: when the file stopped early (a row broke a bound,
 * or could not be read), the file as a whole fails with that reason now. The rows before it went through the pipeline
 * on their own and keep their outcomes ({@code GET /api/v1/batches/{id}}).
 */
@Component("batchEndStage")
public class BatchEndStage implements Processor {
    @Override
    public void process(Exchange exchange) {
        if (exchange.getProperty(GatewayHeaders.BATCH_ROWS) instanceof BatchReader rows && rows.refusal() != null) {
            throw rows.refusal();
        }
    }
}
