package io.camelkartra.springboot;

import java.util.function.Supplier;

import io.camelkartra.simulator.KartraSimulatorExtension;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points the application's kartra component at the simulator's demo account, with the API password given. */
final class SimulatorAccount {

    private SimulatorAccount() {
    }

    static void register(DynamicPropertyRegistry registry, KartraSimulatorExtension kartra, Supplier<Object> apiPassword) {
        registry.add("camel.component.kartra.app-id", () -> kartra.simulator().demoCredentials().appId());
        registry.add("camel.component.kartra.api-key", () -> kartra.simulator().demoCredentials().apiKey());
        registry.add("camel.component.kartra.api-password", apiPassword);
        registry.add("camel.component.kartra.base-url", () -> kartra.simulator().baseUrl());
        registry.add("camel.component.kartra.allow-plain-http", () -> "true");
    }
}
