package io.camelkartra.springboot;

import java.util.concurrent.CompletableFuture;

import io.camelkartra.KartraComponent;
import io.camelkartra.KartraConfiguration;
import io.camelkartra.KartraEndpoint;
import io.camelkartra.KartraRateLimiter;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;

/** camel.component.kartra.* in Spring's environment becomes the kartra component's configuration. */
@SpringBootTest(classes = { KartraTestApplication.class, KartraComponentBindingTest.SharedLimiter.class }, properties = {
        "camel.component.kartra.app-id=BindingApp",
        "camel.component.kartra.api-key=binding-key",
        "camel.component.kartra.api-password=binding-password",
        "camel.component.kartra.request-timeout=7s",
        "camel.component.kartra.rate-limit-max-wait=1500ms",
        "camel.component.kartra.tag-names=VIP Customer,Newsletter Reader",
        "camel.component.kartra.upsert-strategy=editFirst",
        "camel.component.kartra.rate-limiter=#bean:sharedLimiter",
        "camel.component.kartra.rate-limit-store=redis://redis.example:6379",
        "camel.component.kartra.rate-limit-store-password=store-password",
        "camel.component.kartra.rate-limit-store-timeout=3s",
        "camel.component.kartra.rate-limit-key-prefix=tenant-a:kartra:" })
class KartraComponentBindingTest {

    /** A rate limiter bean that the properties name, as a shared-store limiter would be. */
    @TestConfiguration
    static class SharedLimiter {
        @Bean
        KartraRateLimiter sharedLimiter() {
            return (appId, maxWait) -> CompletableFuture.completedFuture(true);
        }
    }

    @Autowired
    private CamelContext camelContext;
    @Autowired
    private KartraRateLimiter sharedLimiter;

    @Test
    void relaxedPropertyNamesDurationsAndBeanReferencesAreBound() {
        KartraComponent kartra = camelContext.getComponent("kartra", KartraComponent.class);
        KartraConfiguration defaults = kartra.getConfiguration();

        assertThat(defaults.getAppId()).isEqualTo("BindingApp");
        assertThat(defaults.getApiKey()).isEqualTo("binding-key");
        assertThat(defaults.getApiPassword()).isEqualTo("binding-password");
        assertThat(defaults.getRequestTimeout()).isEqualTo(7000);
        assertThat(defaults.getRateLimitMaxWait()).isEqualTo(1500);
        assertThat(defaults.getTagNames()).isEqualTo("VIP Customer,Newsletter Reader");
        assertThat(defaults.getUpsertStrategy()).isEqualTo("editFirst");
        assertThat(kartra.getRateLimiter()).isSameAs(sharedLimiter);
    }

    @Test
    void theSharedRateBudgetOptionsAreBound() {
        KartraComponent kartra = camelContext.getComponent("kartra", KartraComponent.class);

        assertThat(kartra.getRateLimitStore()).isEqualTo("redis://redis.example:6379");
        assertThat(kartra.getRateLimitStorePassword()).isEqualTo("store-password");
        assertThat(kartra.getRateLimitStoreTimeout()).isEqualTo(3000);
        assertThat(kartra.getRateLimitKeyPrefix()).isEqualTo("tenant-a:kartra:");
    }

    @Test
    void unsetOptionsKeepTheComponentDefaults() {
        KartraConfiguration defaults = camelContext.getComponent("kartra", KartraComponent.class).getConfiguration();

        assertThat(defaults.getBaseUrl()).isEqualTo("https://app.kartra.com/api");
        assertThat(defaults.getMaxConnections()).isEqualTo(20);
        assertThat(defaults.isAllowPlainHttp()).isFalse();
    }

    @Test
    void endpointsStartFromTheBoundDefaults() {
        KartraEndpoint endpoint = camelContext.getEndpoint("kartra:assignTag?tagName=VIP Customer", KartraEndpoint.class);

        assertThat(endpoint.getConfiguration().getApiKey()).isEqualTo("binding-key");
        assertThat(endpoint.getConfiguration().getRequestTimeout()).isEqualTo(7000);
        assertThat(endpoint.getConfiguration().getTagName()).isEqualTo("VIP Customer");
    }
}
