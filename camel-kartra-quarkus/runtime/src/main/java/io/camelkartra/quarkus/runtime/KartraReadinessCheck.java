package io.camelkartra.quarkus.runtime;

import java.util.Collection;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The kartra component's producer health checks (one per Kartra account, ids {@code producer:kartra-1}, ...) in
 * Quarkus's readiness ({@code /q/health/ready}), as one check named {@value #NAME}: DOWN when any account's check is
 * DOWN. Each account's state is in the data under its check id, with the check's message and details (Kartra's message
 * type and URL) under {@code <id>.<key>}; the details never hold a credential.
 * <p>
 * Registered by the extension when the application has quarkus-smallrye-health. Camel runs producer checks only with
 * {@code camel.health.producers-enabled=true}; without it (or with none of the component's producers started) this
 * check is UP and carries no account.
 */
@Readiness
@ApplicationScoped
public class KartraReadinessCheck implements org.eclipse.microprofile.health.HealthCheck {

    /** The name of the check in Quarkus's health report. */
    public static final String NAME = "camel-kartra";

    /** How the component names its producer checks: {@code producer:kartra-<n>}. */
    private static final String CHECK_ID_PREFIX = "producer:kartra-";

    @Inject
    CamelContext camelContext;

    @Override
    public HealthCheckResponse call() {
        Collection<HealthCheck.Result> results = HealthCheckHelper.invoke(camelContext,
                check -> Map.of(HealthCheck.CHECK_KIND, HealthCheck.Kind.READINESS),
                check -> !check.isEnabled() || !check.isReadiness() || !check.getId().startsWith(CHECK_ID_PREFIX), "full");
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
        for (HealthCheck.Result result : results) {
            String id = result.getCheck().getId();
            response.withData(id, result.getState().name());
            result.getMessage().ifPresent(message -> response.withData(id + ".message", message));
            result.getDetails().forEach((key, value) -> {
                if (value != null && !HealthCheckHelper.isReservedKey(key)) {
                    response.withData(id + "." + key, value.toString());
                }
            });
            if (result.getState() == HealthCheck.State.DOWN) {
                response.down();
            }
        }
        return response.build();
    }
}
