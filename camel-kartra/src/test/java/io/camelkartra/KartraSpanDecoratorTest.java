package io.camelkartra;

import java.util.List;

import io.camelkartra.support.KartraSimulatorTestSupport;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.camelkartra.simulator.Reply;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.opentelemetry.OpenTelemetryTracer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A Kartra call's span under camel-opentelemetry, exported in memory: named after the command, no secret, no email. */
class KartraSpanDecoratorTest extends KartraSimulatorTestSupport {

    private static final String EMAIL = "john.smith@example.com";

    private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
    private final SdkTracerProvider provider = SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        OpenTelemetryTracer tracer = new OpenTelemetryTracer();
        tracer.setTracer(provider.get("kartra-test"));
        tracer.init(context);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:assignTag").routeId("tags").to("kartra:assignTag?tagName=VIP");
            }
        };
    }

    @AfterEach
    void closeProvider() {
        provider.close();
    }

    private SpanData kartraSpan() {
        List<SpanData> spans = exporter.getFinishedSpanItems();
        return spans.stream().filter(span -> "camel-kartra".equals(span.getAttributes().get(AttributeKey.stringKey("component"))))
                .findFirst().orElseThrow(() -> new AssertionError("no kartra span in " + spans));
    }

    @Test
    void theSpanNamesTheCommandAndCarriesTheMessageTypeAndCallCount() {
        simulator().enqueue(SUCCESS);

        template.request("direct:assignTag", e -> e.getMessage().setBody(EMAIL));

        SpanData span = kartraSpan();
        assertThat(span.getName()).isEqualTo("assign_tag");
        assertThat(span.getAttributes().get(AttributeKey.stringKey(KartraSpanDecorator.COMMAND))).isEqualTo("assign_tag");
        assertThat(span.getAttributes().get(AttributeKey.longKey(KartraSpanDecorator.MESSAGE_TYPE))).isEqualTo(103L);
        assertThat(span.getAttributes().get(AttributeKey.longKey(KartraSpanDecorator.CALL_COUNT))).isEqualTo(1L);
        assertThat(span.getAttributes().get(AttributeKey.stringKey("camel.route.id"))).isEqualTo("tags");
    }

    @Test
    void aFailedCallIsAnErrorWithItsTypeAndNoSecretOrEmailAnywhere() {
        simulator().enqueue(Reply.json("{\"status\":\"Error\",\"message\":\"Lead " + EMAIL + " not found\",\"type\":\"243\"}"));

        template.request("direct:assignTag", e -> e.getMessage().setBody(EMAIL));

        SpanData span = kartraSpan();
        assertThat(span.getStatus().getStatusCode().name()).isEqualTo("ERROR");
        assertThat(span.getAttributes().get(AttributeKey.longKey(KartraSpanDecorator.MESSAGE_TYPE))).isEqualTo(243L);
        var credentials = simulator().demoCredentials();
        String everything = span.getAttributes() + " " + span.getEvents();
        assertThat(everything).doesNotContain(EMAIL).doesNotContain(credentials.appId()).doesNotContain(credentials.apiKey())
                .doesNotContain(credentials.apiPassword()).contains(KartraLeadNotFoundException.class.getName());
    }
}
