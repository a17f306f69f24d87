package io.camelkartra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.SimulatorCredentials;
import io.camelkartra.support.LogCapture;
import io.camelkartra.support.SimulatorKartra;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configurator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With an HTTP library's own logging switched on (here through Log4j 2, as a user's log configuration would), the
 * component starts with one warning that names the logger and what it would print; the wire log really prints the
 * password, so the warning is no guess.
 */
class KartraLibraryLogCheckTest {

    private static final String WARNING_LOGGER = KartraComponent.class.getName();

    @AfterEach
    void resetLevels() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Arrays.stream(KartraLibraryLogCheck.values()).forEach(check -> context.getConfiguration().removeLogger(check.logger()));
        context.updateLoggers();
    }

    /** Every checked logger at INFO except these, at the level given. */
    private static void levels(Map<KartraLibraryLogCheck, Level> on) {
        Configurator.setLevel(Arrays.stream(KartraLibraryLogCheck.values())
                .collect(Collectors.toMap(KartraLibraryLogCheck::logger, check -> on.getOrDefault(check, Level.INFO))));
    }

    @Test
    void wireLoggingGivesOneWarningAndReallyPrintsThePassword() throws Exception {
        levels(Map.of(KartraLibraryLogCheck.HTTP_CLIENT_WIRE, Level.DEBUG));
        try (KartraSimulator simulator = KartraSimulator.builder().httpPort(0).allowPlainHttp(true).build().start();
             LogCapture logs = new LogCapture(); CamelContext context = new DefaultCamelContext()) {
            context.addComponent("kartra", SimulatorKartra.component(context, simulator));
            context.start();
            Exchange exchange = context.createProducerTemplate().request("kartra:retrieveAccountTags", e -> {
            });

            SimulatorCredentials credentials = simulator.demoCredentials();
            assertThat(exchange.getException()).isNull();
            assertThat(sentOnTheWire(logs.textOf("org.apache.hc.client5.http.wire")))
                    .contains("api_password=" + credentials.apiPassword());
            String warnings = logs.textOf(WARNING_LOGGER);
            assertThat(warnings.lines()).singleElement().asString()
                    .contains("org.apache.hc.client5.http.wire at DEBUG prints every request body, with the Kartra App id, API key and API password")
                    .doesNotContain("http.headers", "RouterImpl", credentials.apiPassword(), credentials.apiKey());
        }
    }

    /** The text of the wire log's outgoing lines: 16 characters each after {@code >> }, before their hex dump. */
    private static String sentOnTheWire(String wireLog) {
        return wireLog.lines().filter(line -> line.contains(" >> "))
                .map(line -> line.substring(line.indexOf(" >> ") + 4, Math.min(line.length(), line.indexOf(" >> ") + 20)))
                .collect(Collectors.joining());
    }

    @Test
    void routerTraceIsNamedWithTheEventsToken() throws Exception {
        levels(Map.of(KartraLibraryLogCheck.VERTX_WEB_ROUTER, Level.TRACE, KartraLibraryLogCheck.HTTP_CLIENT_HEADERS, Level.DEBUG));
        try (LogCapture logs = new LogCapture(); CamelContext context = new DefaultCamelContext()) {
            context.addComponent("kartra", new KartraComponent());
            context.start();

            assertThat(logs.textOf(WARNING_LOGGER).lines()).singleElement().asString()
                    .contains("io.vertx.ext.web.impl.RouterImpl at TRACE prints every request URI it routes, with the events token")
                    .contains("org.apache.hc.client5.http.headers at DEBUG")
                    .doesNotContain("http.wire");
        }
    }

    @Test
    void theSecuritySectionsNameEveryCheckedLogger() throws Exception {
        for (Path page : List.of(Path.of("src/main/docs/kartra-component.adoc"), Path.of("../docs/user-guide.md"))) {
            String security = Files.readString(page).split("Security\\n", 2)[1];
            assertThat(security).as(page.toString())
                    .contains(Arrays.stream(KartraLibraryLogCheck.values()).map(KartraLibraryLogCheck::logger).toList());
        }
    }

    @Test
    void noWarningWhileTheLibrariesLogAtInfo() throws Exception {
        levels(Map.of());
        try (LogCapture logs = new LogCapture(); CamelContext context = new DefaultCamelContext()) {
            context.addComponent("kartra", new KartraComponent());
            context.start();

            assertThat(logs.textOf(WARNING_LOGGER)).isEmpty();
        }
    }
}
