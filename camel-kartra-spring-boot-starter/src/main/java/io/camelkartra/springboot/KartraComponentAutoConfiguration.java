package io.camelkartra.springboot;

import io.camelkartra.KartraComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;

/**
 * Applies {@code camel.component.kartra.*} from Spring Boot's configuration (properties, YAML, environment variables,
 * config trees of mounted secrets) to the {@code kartra} component when Camel creates it. Camel Spring Boot does not
 * bind component properties generically, as Camel Main and Camel Quarkus do, so without this class those properties
 * would be ignored. {@code camel.component.kartra.enabled=false} turns it off.
 */
@AutoConfiguration(after = { CamelAutoConfiguration.class, KartraComponentConverter.class })
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@EnableConfigurationProperties({ ComponentConfigurationProperties.class, KartraComponentConfiguration.class })
@ConditionalOnHierarchicalProperties({ "camel.component", "camel.component.kartra" })
public class KartraComponentAutoConfiguration {

    private final ApplicationContext applicationContext;
    private final CamelContext camelContext;
    private final KartraComponentConfiguration configuration;

    public KartraComponentAutoConfiguration(ApplicationContext applicationContext, CamelContext camelContext,
                                            KartraComponentConfiguration configuration) {
        this.applicationContext = applicationContext;
        this.camelContext = camelContext;
        this.configuration = configuration;
    }

    /** Lazy, as Camel's own starters, so that the customizer is created only when Camel asks for it. */
    @Lazy
    @Bean
    public ComponentCustomizer configureKartraComponent() {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                CamelPropertiesHelper.copyProperties(camelContext, configuration, target);
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return HierarchicalPropertiesEvaluator.evaluate(applicationContext, "camel.component.customizer",
                        "camel.component.kartra.customizer") && target instanceof KartraComponent;
            }
        };
    }
}
