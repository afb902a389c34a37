package eu.credentialgateway.deliver;

import eu.credentialgateway.GatewayHeaders;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.springframework.stereotype.Component;

/**
 * The targets step ({@code gateway:targets}): chooses where the credential will go before any work is done on it, so
 * an unknown or unauthorised target list refuses the input at once, and leaves the answer on the exchange as data: the
 * chosen targets ({@link GatewayHeaders#CHOSEN_TARGETS}), which the deliver step stores the credential for, and whether
 * one of them takes the EBSI JWT form ({@link GatewayHeaders#JWT_FORM_WANTED}), which the profile step reads. So no
 * earlier step asks the deliver stage anything.
 */
@Component("targetsStage")
public class TargetsStage implements Processor {
    private final DeliveryTargets targets;

    TargetsStage(DeliveryTargets targets) {
        this.targets = targets;
    }

    @Override
    public void process(Exchange exchange) {
        List<String> chosen = targets.choose(exchange);
        exchange.setProperty(GatewayHeaders.CHOSEN_TARGETS, chosen);
        exchange.setProperty(GatewayHeaders.JWT_FORM_WANTED, targets.anyTakesJwtForm(chosen));
    }
}
