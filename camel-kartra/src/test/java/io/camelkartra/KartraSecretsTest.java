package io.camelkartra;

import java.io.PrintWriter;
import java.io.StringWriter;

import io.camelkartra.simulator.KartraSimulator;
import io.camelkartra.simulator.RecordedCall;
import io.camelkartra.simulator.Reply;
import io.camelkartra.simulator.SimulatorCredentials;
import io.camelkartra.support.LogCapture;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Credentials never reach a log line at any level, an exception message or stack trace, or a toString.
 * <p>
 * Configured at component level (as the docs advise), no log line of anyone, Camel core included, shows them with
 * every logger at TRACE. Written in an endpoint URI, Camel core itself traces the raw URI while resolving the
 * endpoint (outside this component's control, and documented); there the check covers this component's log lines,
 * exceptions and toStrings.
 */
class KartraSecretsTest {

    private static final String APP_ID = "AppIdSecretValue";
    private static final String API_KEY = "KeySecretValue";
    private static final String API_PASSWORD = "PasswordSecretValue";

    @Test
    void componentLevelCredentialsAppearNowhere() throws Exception {
        String seen = failingCalls(false, false);

        assertThat(seen).contains("Kartra error 203", "HTTP 500", "Kartra error 211", "Kartra error 299 (echo ***)")
                .doesNotContain(APP_ID, API_KEY, API_PASSWORD);
    }

    @Test
    void uriCredentialsStayOutOfThisComponentsOutput() throws Exception {
        String seen = failingCalls(true, true);

        assertThat(seen).contains("Kartra error 203").doesNotContain(APP_ID, API_KEY, API_PASSWORD);
    }

    private static String failingCalls(boolean credentialsInUri, boolean onlyOurLoggers) throws Exception {
        StringBuilder seen = new StringBuilder();
        try (KartraSimulator simulator = KartraSimulator.builder().httpPort(0).allowPlainHttp(true).build().start();
             LogCapture logs = new LogCapture(); CamelContext context = new DefaultCamelContext()) {
            simulator.enqueue(Reply.json("{\"status\":\"Error\",\"message\":\"API key not valid. Please get an API key first\",\"type\":\"203\"}"),
                    Reply.raw(500, "text/html", "<html>oops</html>"),
                    Reply.json("{\"status\":\"Error\",\"message\":\"echo " + API_PASSWORD + "\",\"type\":\"299\"}"));
            KartraComponent component = new KartraComponent();
            component.getConfiguration().setBaseUrl(simulator.baseUrl());
            component.getConfiguration().setAllowPlainHttp(true);
            // the three scripted replies are for the assign_tag calls, not for inventory retrieve calls
            component.getConfiguration().setInventory(false);
            String credentials = "";
            if (credentialsInUri) {
                credentials = "&appId=" + APP_ID + "&apiKey=" + API_KEY + "&apiPassword=" + API_PASSWORD;
            } else {
                component.getConfiguration().setAppId(APP_ID);
                component.getConfiguration().setApiKey(API_KEY);
                component.getConfiguration().setApiPassword(API_PASSWORD);
            }
            context.addComponent("kartra", component);
            String tagUri = "kartra:assignTag?tagName=VIP" + credentials;
            String noTagUri = "kartra:assignTag?requestTimeout=5s" + credentials;
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:in").to(tagUri);
                    from("direct:missing").to(noTagUri);
                }
            });
            context.start();

            for (int i = 0; i < 3; i++) {
                Exchange exchange = context.createProducerTemplate().request("direct:in", e -> e.getMessage().setBody("jane@example.com"));
                describe(seen, exchange.getException());
            }
            Exchange invalid = context.createProducerTemplate().request("direct:missing", e -> e.getMessage().setBody("jane@example.com"));
            describe(seen, invalid.getException());
            seen.append(context.getEndpoints()).append(component.getConfiguration());

            assertThat(simulator.calls().recorded()).hasSize(3).extracting(RecordedCall::request)
                    .allMatch(sent -> sent.sentCredentials(new SimulatorCredentials(APP_ID, API_KEY, API_PASSWORD)));
            assertThat(logs.size()).isGreaterThan(10);
            seen.append(onlyOurLoggers ? logs.textOf("io.camelkartra") : logs.text());
        }
        return seen.toString();
    }

    private static void describe(StringBuilder seen, Exception exception) {
        assertThat(exception).isInstanceOf(KartraException.class);
        KartraException e = (KartraException) exception;
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        seen.append(trace).append(e.getKartraMessage()).append(e.getRawResponse()).append(e.getResponse()).append('\n');
    }
}
