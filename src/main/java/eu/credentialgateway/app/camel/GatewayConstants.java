package eu.credentialgateway.app.camel;

/** Exchange properties a {@code gateway:} endpoint sets from its URI options before its step runs. */
public final class GatewayConstants {
    /** The {@code outcome} option of {@code gateway:record}. */
    public static final String OUTCOME = "GatewayOutcome";
    /** The {@code target} option of {@code gateway:deliver}. */
    public static final String TARGET = "GatewayTarget";

    private GatewayConstants() {
    }
}
