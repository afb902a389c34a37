package eu.credentialgateway.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

class AlignStageWiringTest {
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AlignProperties.class)
    @Import(AlignStage.class)
    static class Wiring {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Wiring.class);

    @Test
    void loadsTheTablesUnderGatewayHomeByDefault() {
        runner.withPropertyValues("gateway.home=.").run(ctx -> {
            assertThat(ctx).hasNotFailed().hasBean("alignStage");
            assertThat(ctx.getBean(AlignStage.class).tables().table("eqf").size()).isEqualTo(8);
        });
    }

    @Test
    void takesTheTablesFolderFromConfiguration() {
        runner.withPropertyValues("gateway.home=/nowhere", "gateway.align.vocab-dir=ontologies/vocab")
                .run(ctx -> assertThat(ctx).hasNotFailed().hasBean("alignStage"));
    }

    @Test
    void refusesToStartWithoutTables() {
        runner.withPropertyValues("gateway.home=/nowhere").run(ctx -> assertThat(ctx).hasFailed());
    }
}
