package eu.credentialgateway.deliver;

import java.util.Optional;
import org.apache.camel.Processor;

/**
 * A built-in delivery target: the Processor its route ({@code routes/deliver-<name>.yaml}, endpoint
 * {@code direct:deliver-<name>}) calls as bean {@code <name>Target}. It reads the exchange the dispatcher sends
 * (see {@link DeliveryExchange}), delivers, and returns normally on success or throws: a {@link DeliveryFailure}
 * when it knows whether to retry, anything else counts as transient.
 */
interface DeliveryTarget extends Processor {
    /** The target's name in configuration and in the task table. */
    String name();

    /** False while its address is not configured: tasks for it are refused at the deliver stage. */
    boolean configured();

    /** For health: empty when the target answers (or has nothing to probe), else why it does not. */
    default Optional<String> unreachable() {
        return Optional.empty();
    }

    /** True when it sends the credential's EBSI JWT form ({@link DeliverStage#JWT_FORM}): the pipeline then makes one. */
    default boolean takesJwtForm() {
        return false;
    }
}
