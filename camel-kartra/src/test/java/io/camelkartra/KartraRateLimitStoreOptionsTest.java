package io.camelkartra;

import io.camelkartra.support.KartraFixtures;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The rateLimitStore option without its module, and with a password in the URI; and the proof that the shared stores
 * add nothing to this module's own dependencies (this test's classpath is the component's, test scope included).
 */
class KartraRateLimitStoreOptionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"redis://redis:6379|camel-kartra-redis", "rediss://redis:6380|camel-kartra-redis",
                            "hazelcast://hz:5701?clusterName=dev|camel-kartra-hazelcast"})
    void aStoreWhoseModuleIsMissingFailsTheStartNamingTheModule(String uriAndModule) throws Exception {
        String[] parts = uriAndModule.split("\\|");

        Throwable failure = startWithStore(parts[0]);

        assertThat(rootCause(failure)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("add the io.camelkartra:" + parts[1] + " dependency");
    }

    @Test
    void anUnknownSchemeNamesTheSchemesShipped() throws Exception {
        assertThat(rootCause(startWithStore("memcached://cache:11211"))).hasMessageContaining("'memcached'")
                .hasMessageContaining("redis, rediss (camel-kartra-redis) and hazelcast (camel-kartra-hazelcast)");
    }

    @Test
    void aPasswordInTheUriIsRefusedWithoutBeingRepeated() throws Exception {
        Throwable failure = rootCause(startWithStore("redis://kartra:" + KartraFixtures.IPN_SECRET_KEY + "@redis:6379"));

        assertThat(failure).hasMessageContaining("rateLimitStorePassword").hasMessageNotContaining(KartraFixtures.IPN_SECRET_KEY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"io.lettuce.core.RedisClient", "io.github.bucket4j.redis.lettuce.Bucket4jLettuce",
                            "com.hazelcast.core.HazelcastInstance", "io.github.bucket4j.grid.hazelcast.Bucket4jHazelcast"})
    void theStoresAreNotInTheComponentsDependencies(String storeClass) {
        assertThatThrownBy(() -> Class.forName(storeClass)).isInstanceOf(ClassNotFoundException.class);
    }

    private static Throwable startWithStore(String uri) throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            KartraComponent kartra = new KartraComponent();
            kartra.setRateLimitStore(uri);
            context.addComponent("kartra", kartra);
            return catchThrowable(context::start);
        }
    }

    private static Throwable rootCause(Throwable failure) {
        assertThat(failure).as("the start failed").isNotNull();
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
