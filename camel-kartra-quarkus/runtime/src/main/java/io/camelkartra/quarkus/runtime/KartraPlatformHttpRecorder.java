package io.camelkartra.quarkus.runtime;

import io.quarkus.runtime.RuntimeValue;
import io.quarkus.runtime.annotations.Recorder;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.apache.camel.component.platform.http.PlatformHttpComponent;
import org.apache.camel.component.platform.http.spi.PlatformHttpEngine;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpEngine;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;

/**
 * Puts camel-platform-http on Quarkus's own HTTP server, so that {@code kartra:events} and {@code kartra:ipn} (and any
 * other platform-http route) receive their posts there: the Vert.x engine of camel-platform-http-vertx, working on
 * Quarkus's router instead of a server of its own. This is the binding camel-quarkus-platform-http makes, which is not
 * available for Camel Quarkus 3.33 in this build environment.
 */
@Recorder
public class KartraPlatformHttpRecorder {

    public RuntimeValue<PlatformHttpEngine> createEngine() {
        return new RuntimeValue<>(new VertxPlatformHttpEngine());
    }

    public RuntimeValue<PlatformHttpComponent> createComponent(RuntimeValue<PlatformHttpEngine> engine) {
        PlatformHttpComponent component = new PlatformHttpComponent();
        component.setEngine(engine.getValue());
        return new RuntimeValue<>(component);
    }

    /**
     * The router the engine looks up by name, over Quarkus's router. Bodies are read by Quarkus's body handler, which
     * applies {@code quarkus.http.limits.max-body-size}.
     */
    public RuntimeValue<VertxPlatformHttpRouter> createRouter(RuntimeValue<Vertx> vertx, RuntimeValue<Router> router,
            Handler<RoutingContext> bodyHandler, String name) {
        return new RuntimeValue<>(new VertxPlatformHttpRouter(null, vertx.getValue(), router.getValue(), name) {
            @Override
            public Handler<RoutingContext> bodyHandler() {
                return bodyHandler;
            }
        });
    }
}
