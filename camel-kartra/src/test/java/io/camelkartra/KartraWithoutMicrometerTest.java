package io.camelkartra;

import io.camelkartra.support.KartraSimulatorTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The component without Micrometer on the classpath, as most applications run it: calls work and nothing is measured.
 * Run only by the {@code without-micrometer} surefire execution, which removes Micrometer from the test classpath.
 */
class KartraWithoutMicrometerTest extends KartraSimulatorTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:assignTag").to("kartra:assignTag?tagName=VIP");
            }
        };
    }

    @Test
    void callsWorkAndNothingIsMeasured() {
        assertThatThrownBy(() -> Class.forName("io.micrometer.core.instrument.MeterRegistry"))
                .as("this execution's classpath has no Micrometer").isInstanceOf(ClassNotFoundException.class);
        simulator().enqueue(SUCCESS);

        Exchange exchange = template.request("direct:assignTag", e -> e.getMessage().setBody("a@example.com"));

        assertThat(exchange.getException()).isNull();
        KartraComponent kartra = context.getComponent("kartra", KartraComponent.class);
        assertThat(kartra.metrics()).isSameAs(KartraMetrics.NONE);
        assertThat(kartra.accounts()).singleElement()
                .satisfies(account -> assertThat(account.activity().calls()).containsEntry("success", 1L));
    }
}
