package eu.credentialgateway.ingest;

import eu.credentialgateway.GatewayHeaders;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.NamedNode;
import org.apache.camel.Route;
import org.apache.camel.spi.RoutePolicy;
import org.apache.camel.spi.RoutePolicyFactory;
import org.apache.camel.support.RoutePolicySupport;
import org.springframework.stereotype.Component;

/**
 * Makes every inbox route (one consuming a {@code file:} folder) take a slot of {@link ConversionSlots} before it
 * converts a file and give it back when the file is done: the file consumer's thread waits for the slot, so inboxes
 * consume at the pace the pipeline allows instead of failing or queueing. A CSV/XLSX file holds its one slot while
 * its rows run one after another. Camel picks up a {@link RoutePolicyFactory} bean for every route.
 */
@Component
public class InboxPacing implements RoutePolicyFactory {
    private final ConversionSlots slots;

    public InboxPacing(ConversionSlots slots) {
        this.slots = slots;
    }

    @Override
    public RoutePolicy createRoutePolicy(CamelContext camelContext, String routeId, NamedNode route) {
        return new SlotPerFile();
    }

    /** Takes the slot when a file's exchange begins; only for routes whose consumer reads files. */
    private final class SlotPerFile extends RoutePolicySupport {
        @Override
        public void onExchangeBegin(Route route, Exchange exchange) {
            if (!route.getEndpoint().getEndpointUri().startsWith("file:")) {
                return;
            }
            try {
                Long length = exchange.getMessage().getHeader(Exchange.FILE_LENGTH, Long.class);
                exchange.setProperty(GatewayHeaders.CONVERSION_SLOT, slots.take(length == null ? 0 : length));
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                // Camel is stopping the route: the file is rolled back and stays in the inbox for the next start
                exchange.setException(stopping);
            }
        }

        @Override
        public void onExchangeDone(Route route, Exchange exchange) {
            if (exchange.removeProperty(GatewayHeaders.CONVERSION_SLOT) instanceof ConversionSlots.Slot slot) {
                slot.close();
            }
        }
    }
}
