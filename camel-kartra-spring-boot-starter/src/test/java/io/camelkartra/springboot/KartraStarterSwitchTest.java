package io.camelkartra.springboot;

import io.camelkartra.KartraComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** camel.component.kartra.enabled=false leaves the component as Camel creates it, as for Camel's own starters. */
class KartraStarterSwitchTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class, KartraComponentConverter.class,
                    KartraComponentAutoConfiguration.class))
            .withPropertyValues("camel.component.kartra.api-key=from-spring");

    @Test
    void enabledByDefault() {
        runner.run(context -> assertThat(apiKey(context.getBean(CamelContext.class))).isEqualTo("from-spring"));
    }

    @Test
    void disabledStarterBindsNothing() {
        runner.withPropertyValues("camel.component.kartra.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(KartraComponentAutoConfiguration.class);
            assertThat(apiKey(context.getBean(CamelContext.class))).isNull();
        });
    }

    private static String apiKey(CamelContext camelContext) {
        return camelContext.getComponent("kartra", KartraComponent.class).getConfiguration().getApiKey();
    }
}
