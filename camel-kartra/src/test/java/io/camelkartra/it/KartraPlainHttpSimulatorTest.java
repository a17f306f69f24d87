package io.camelkartra.it;

import io.camelkartra.KartraConstants;
import io.camelkartra.KartraNotFoundException;
import io.camelkartra.KartraOperation;
import io.camelkartra.KartraRequestProcessor;
import io.camelkartra.KartraResponseProcessor;
import io.camelkartra.model.KartraRequest;
import io.camelkartra.model.KartraResponse;
import io.camelkartra.model.Lead;
import io.camelkartra.simulator.KartraSimulatorExtension;
import io.camelkartra.simulator.ReplyShape;
import io.camelkartra.simulator.SimulatorCredentials;
import io.camelkartra.support.InEveryReplyShape;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpComponent;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plain http route to the Kartra simulator, with the request written by {@link KartraRequestProcessor} and the
 * reply read by {@link KartraResponseProcessor}: Kartra accepts the body, and the reply becomes the same typed body,
 * headers and exceptions as through the producer.
 */
@InEveryReplyShape
class KartraPlainHttpSimulatorTest extends CamelTestSupport {

    @Parameter
    ReplyShape shape;

    @RegisterExtension
    static final KartraSimulatorExtension KARTRA = new KartraSimulatorExtension();

    @BeforeEach
    void answerInTheShape() {
        KARTRA.simulator().settings().replyShape(shape);
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getComponent("http", HttpComponent.class).setAutomaticRetriesDisabled(true);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        SimulatorCredentials demo = KARTRA.simulator().demoCredentials();
        String api = KARTRA.simulator().baseUrl() + "?throwExceptionOnFailure=false";
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:getLead")
                        .process(new KartraRequestProcessor(demo.appId(), demo.apiKey(), demo.apiPassword()))
                        .to(api)
                        .process(new KartraResponseProcessor().operation(KartraOperation.getLead));
                from("direct:chain")
                        .process(new KartraRequestProcessor(demo.appId(), demo.apiKey(), demo.apiPassword()))
                        .to(api)
                        .process(new KartraResponseProcessor());
            }
        };
    }

    @Test
    void theTypedBodyOfTheOperation() {
        Exchange exchange = template.request("direct:getLead",
                e -> e.getMessage().setBody(KartraRequest.getLead(Lead.ofEmail("john.smith@example.com"))));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody()).isInstanceOf(Lead.class);
        assertThat(exchange.getMessage().getBody(Lead.class).getFirstName()).isEqualTo("John");
        assertThat(exchange.getMessage().getHeader(KartraConstants.LEAD_ID)).isEqualTo("1001");
    }

    @Test
    void aChainAndItsFailingAction() {
        KartraRequest good = KartraRequest.forLeadEmail("jane.doe@example.com").assignTag("VIP Customer").build();
        KartraRequest bad = KartraRequest.forLeadEmail("jane.doe@example.com").assignTag("VIP Customer").assignTag("Nope").build();

        KartraResponse response = template.requestBody("direct:chain", good, KartraResponse.class);
        Exchange failed = template.request("direct:chain", e -> e.getMessage().setBody(bad));

        assertThat(response.isSuccess()).isTrue();
        assertThat(KARTRA.simulator().state().account(KARTRA.simulator().demoCredentials().apiKey()).lead("jane.doe@example.com")
                .orElseThrow().tags()).contains("VIP Customer");
        assertThat(failed.getException()).isInstanceOf(KartraNotFoundException.class);
        assertThat(failed.getMessage().getHeader(KartraConstants.MESSAGE_TYPE)).isEqualTo(212);
    }
}
