package io.camelkartra;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The loggers of the HTTP libraries under the component that print what the component keeps out of its own logs. The
 * component masks credentials in everything it logs, but Apache HttpClient's wire log prints each request body (the
 * form with {@code api_password}) and Vert.x Web's router trace prints each request URI (the events consumer's
 * {@code ?token=}). At start-up the component asks SLF4J whether any of them is on and, if so, says so in one warning;
 * it leaves the levels alone, which are the user's.
 */
enum KartraLibraryLogCheck {

    HTTP_CLIENT_WIRE("org.apache.hc.client5.http.wire", Logger::isDebugEnabled, "DEBUG",
                     "every request body, with the Kartra App id, API key and API password"),
    HTTP_CLIENT_HTTP2_PAYLOAD("org.apache.hc.client5.http2.frame.payload", Logger::isDebugEnabled, "DEBUG",
                              "request bodies sent over HTTP/2, with the Kartra App id, API key and API password"),
    HTTP_CLIENT_HEADERS("org.apache.hc.client5.http.headers", Logger::isDebugEnabled, "DEBUG",
                        "request headers, with the proxy password when a proxy user is set"),
    VERTX_WEB_ROUTER("io.vertx.ext.web.impl.RouterImpl", Logger::isTraceEnabled, "TRACE",
                     "every request URI it routes, with the events token (?token=...) of kartra:events");

    private static final Logger LOG = LoggerFactory.getLogger(KartraComponent.class);

    private final String logger;
    private final Predicate<Logger> enabled;
    private final String level;
    private final String reveals;

    KartraLibraryLogCheck(String logger, Predicate<Logger> enabled, String level, String reveals) {
        this.logger = logger;
        this.enabled = enabled;
        this.level = level;
        this.reveals = reveals;
    }

    /** The logger's name. */
    String logger() {
        return logger;
    }

    /** The checks whose logger is on, as the given logger factory reports it. */
    static List<KartraLibraryLogCheck> enabled(Function<String, Logger> loggers) {
        return Arrays.stream(values()).filter(check -> check.enabled.test(loggers.apply(check.logger))).toList();
    }

    /** The warning for these loggers, or null when there are none. */
    static String warning(List<KartraLibraryLogCheck> enabled) {
        if (enabled.isEmpty()) {
            return null;
        }
        return "Logging outside the component would print secrets: "
               + enabled.stream().map(check -> check.logger + " at " + check.level + " prints " + check.reveals)
                       .collect(Collectors.joining("; "))
               + ". Set these loggers to INFO or above in production (see the component's Security section).";
    }

    /** Logs the one warning when any of the loggers is on. */
    static void warnIfEnabled() {
        String warning = warning(enabled(LoggerFactory::getLogger));
        if (warning != null) {
            LOG.warn(warning);
        }
    }
}
