package eu.credentialgateway.app.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.credentialgateway.Failure;
import eu.credentialgateway.Finding;
import eu.credentialgateway.GatewayException;
import eu.credentialgateway.GatewayHeaders;
import eu.credentialgateway.Stage;
import eu.credentialgateway.Step;
import eu.credentialgateway.StepTrail;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The {@code gateway:} component on a plain Camel context: steps bound by name, failures blamed on the right step. */
class GatewayComponentTest {
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final CamelContext camel = new DefaultCamelContext();

    @AfterEach
    void stop() {
        camel.stop();
    }

    private void start(RouteBuilder routes) throws Exception {
        camel.addComponent("gateway", new GatewayComponent(meters));
        camel.addRoutes(routes);
        camel.start();
    }

    private Exchange send(String uri) {
        return camel.createProducerTemplate().send(uri, new DefaultExchange(camel));
    }

    @Test
    void aRouteNamingAnUnknownStepDoesNotStartAndTheErrorListsTheSteps() {
        assertThatThrownBy(() -> start(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:in").to("gateway:chek");
            }
        })).hasStackTraceContaining("unknown gateway step 'chek'")
                .hasStackTraceContaining("check, csvHeader")
                .hasStackTraceContaining("profile, seal");
    }

    @Test
    void aProfileFailureIsBlamedOnTheProfileStepOfTheSerialiseStage() throws Exception {
        camel.getRegistry().bind("profileStage", (Processor) exchange -> {
            throw new GatewayException(new Finding(Stage.SERIALISE, "unknown-profile", "no such profile", "profile"));
        });
        start(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:in").to("gateway:profile");
            }
        });

        Exchange done = send("direct:in");

        assertThat(done.getProperty(GatewayHeaders.FAILED_STEP)).isEqualTo(Step.PROFILE);
        Failure failure = Failure.of(done);
        assertThat(failure.step()).isEqualTo(Step.PROFILE);
        assertThat(failure.findings().get(0).stage()).isEqualTo(Stage.SERIALISE);
        assertThat(StepTrail.of(done)).singleElement().satisfies(run -> {
            assertThat(run.step()).isEqualTo(Step.PROFILE);
            assertThat(run.passed()).isFalse();
        });
        assertThat(meters.get("gateway.step").tag("step", "profile").tag("stage", "serialise").tag("outcome", "failed")
                .timer().count()).isEqualTo(1);
    }

    @Test
    void aStepThatFailsInsideAnotherIsTheOneBlamed() throws Exception {
        camel.getRegistry().bind("csvRowStage", (Processor) exchange -> {
            throw new GatewayException(new Finding(Stage.CHECK, "missing-value", "no title", "row 2"));
        });
        camel.getRegistry().bind("prepareStage", (Processor) exchange ->
                exchange.getContext().createProducerTemplate().send("gateway:csvRow", exchange));
        start(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:in").to("gateway:prepare");
            }
        });

        Exchange done = send("direct:in");

        assertThat(Failure.of(done).step()).isEqualTo(Step.CSV_ROW);
        assertThat(StepTrail.of(done)).extracting(StepTrail.Run::step).containsExactly(Step.CSV_ROW, Step.PREPARE);
    }

    @Test
    void aStepOutOfMemoryFailsItsInputAsAnInternalErrorOfItsStage() throws Exception {
        camel.getRegistry().bind("alignStage", (Processor) exchange -> {
            throw new OutOfMemoryError("test");
        });
        start(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:in").to("gateway:align");
            }
        });

        Exchange done = send("direct:in");

        Failure failure = Failure.of(done);
        assertThat(failure.step()).isEqualTo(Step.ALIGN);
        assertThat(failure.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.stage()).isEqualTo(Stage.ALIGN);
            assertThat(finding.code()).isEqualTo(StageError.CODE);
            assertThat(finding.message()).contains("the align step ran out of memory");
        });
    }

    @Test
    void aPassingStepBlamesNothing() throws Exception {
        camel.getRegistry().bind("mapStage", (Processor) exchange -> exchange.getMessage().setBody("graph"));
        start(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:in").to("gateway:map");
            }
        });

        Exchange done = send("direct:in");

        assertThat(done.getException()).isNull();
        assertThat(done.getProperty(GatewayHeaders.FAILED_STEP)).isNull();
        assertThat(meters.get("gateway.step").tag("step", "map").tag("stage", "map").tag("outcome", "ok").timer().count())
                .isEqualTo(1);
    }
}
