package io.camelkartra.quarkus.deployment;

import io.quarkus.builder.item.SimpleBuildItem;
import io.quarkus.runtime.RuntimeValue;
import org.apache.camel.component.platform.http.spi.PlatformHttpEngine;

/** The platform-http engine on Quarkus's server, shared by the component and Camel's registry. */
public final class PlatformHttpEngineBuildItem extends SimpleBuildItem {

    private final RuntimeValue<PlatformHttpEngine> engine;

    public PlatformHttpEngineBuildItem(RuntimeValue<PlatformHttpEngine> engine) {
        this.engine = engine;
    }

    public RuntimeValue<PlatformHttpEngine> getEngine() {
        return engine;
    }
}
