package eu.credentialgateway.app.camel;

import eu.credentialgateway.Step;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

/** Options of a {@code gateway:<step>} endpoint. A JavaBean, because Camel binds URI options through setters. */
@UriParams
public class GatewayConfiguration {
    @UriPath(description = "Pipeline step: one of eu.credentialgateway.Step, by its id (check, map, profile, ...)")
    @Metadata(required = true)
    private Step step;

    @UriParam(description = "Input format: selects the adapter; default is the GatewayFormat header")
    private String format;

    @UriParam(description = "Outcome the record step writes: converted, quarantined, duplicate")
    private String outcome;

    @UriParam(description = "Delivery target of the deliver step, e.g. outbox")
    private String target;

    public Step getStep() {
        return step;
    }

    public void setStep(Step step) {
        this.step = step;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }
}
