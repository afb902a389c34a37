package eu.credentialgateway.conformance;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import eu.credentialgateway.app.GatewayApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The gateway's Spring context for the case and conformance tests (one context, cached across them): no HTTP
 * server, data under target/, an in-memory audit database, and the extra adapters of
 * {@code -Dgateway.adapters.dir} when given. Tests get an {@link AdapterPipeline} (prepare route, check and map with the
 * fixed clock and credential id of expected.ttl) and a {@link RoutedConversion} (the whole of routes/pipeline.yaml) injected.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "gateway.ingest.inbox-dir=target/case-tests/inbox",
        "gateway.deliver.outbox-dir=target/case-tests/outbox",
        "gateway.quarantine.dir=target/case-tests/quarantine",
        "spring.datasource.url=jdbc:h2:mem:case-tests;DB_CLOSE_DELAY=-1"})
@Import({AdapterPipeline.class, RoutedConversion.Wiring.class})
public @interface GatewayTestContext {
}
