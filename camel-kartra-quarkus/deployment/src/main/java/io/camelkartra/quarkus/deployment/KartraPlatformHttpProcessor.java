package io.camelkartra.quarkus.deployment;

import io.camelkartra.quarkus.runtime.KartraPlatformHttpRecorder;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.ExecutionTime;
import io.quarkus.deployment.annotations.Record;
import io.quarkus.vertx.deployment.VertxBuildItem;
import io.quarkus.vertx.http.deployment.BodyHandlerBuildItem;
import io.quarkus.vertx.http.deployment.VertxWebRouterBuildItem;
import io.vertx.ext.web.Router;
import org.apache.camel.component.platform.http.PlatformHttpComponent;
import org.apache.camel.component.platform.http.PlatformHttpConstants;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpEngine;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.quarkus.core.deployment.spi.CamelRuntimeBeanBuildItem;
import org.apache.camel.quarkus.core.deployment.spi.CamelServiceFilter;
import org.apache.camel.quarkus.core.deployment.spi.CamelServiceFilterBuildItem;

/**
 * Build steps that put camel-platform-http on Quarkus's HTTP server (see {@link KartraPlatformHttpRecorder}): the
 * platform-http component, its Vert.x engine, and the router the engine adds its routes to, all bound in Camel's
 * registry under the names camel-platform-http-vertx looks up.
 */
class KartraPlatformHttpProcessor {

    /** The component is bound ready-made: Camel Quarkus must not create another from its service file. */
    @BuildStep
    CamelServiceFilterBuildItem platformHttpServiceFilter() {
        return new CamelServiceFilterBuildItem(CamelServiceFilter.forComponent(PlatformHttpConstants.PLATFORM_HTTP_COMPONENT_NAME));
    }

    @Record(ExecutionTime.RUNTIME_INIT)
    @BuildStep
    PlatformHttpEngineBuildItem platformHttpEngine(KartraPlatformHttpRecorder recorder) {
        return new PlatformHttpEngineBuildItem(recorder.createEngine());
    }

    @BuildStep
    CamelRuntimeBeanBuildItem platformHttpEngineBean(PlatformHttpEngineBuildItem engine) {
        return new CamelRuntimeBeanBuildItem(PlatformHttpConstants.PLATFORM_HTTP_ENGINE_NAME,
                VertxPlatformHttpEngine.class.getName(), engine.getEngine());
    }

    @Record(ExecutionTime.RUNTIME_INIT)
    @BuildStep
    CamelRuntimeBeanBuildItem platformHttpComponentBean(KartraPlatformHttpRecorder recorder, PlatformHttpEngineBuildItem engine) {
        return new CamelRuntimeBeanBuildItem(PlatformHttpConstants.PLATFORM_HTTP_COMPONENT_NAME,
                PlatformHttpComponent.class.getName(), recorder.createComponent(engine.getEngine()));
    }

    @Record(ExecutionTime.RUNTIME_INIT)
    @BuildStep
    CamelRuntimeBeanBuildItem platformHttpRouterBean(KartraPlatformHttpRecorder recorder, VertxBuildItem vertx,
            VertxWebRouterBuildItem router, BodyHandlerBuildItem bodyHandler) {
        // the engine looks the router up by the name of the default port, whichever port Quarkus listens on
        String name = VertxPlatformHttpRouter.getRouterNameFromPort(VertxPlatformHttpServerConfiguration.DEFAULT_BIND_PORT);
        return new CamelRuntimeBeanBuildItem(name, Router.class.getName(),
                recorder.createRouter(vertx.getVertx(), router.getHttpRouter(), bodyHandler.getHandler(), name));
    }
}
