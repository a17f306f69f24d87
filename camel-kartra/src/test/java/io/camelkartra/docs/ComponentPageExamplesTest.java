package io.camelkartra.docs;

import java.time.Duration;
import java.util.List;

import io.camelkartra.KartraAppException;
import io.camelkartra.KartraAuthenticationException;
import io.camelkartra.KartraComponent;
import io.camelkartra.KartraConstants;
import io.camelkartra.KartraException;
import io.camelkartra.KartraNotFoundException;
import io.camelkartra.KartraRequestProcessor;
import io.camelkartra.KartraResponseProcessor;
import io.camelkartra.model.CustomField;
import io.camelkartra.model.KartraRequest;
import io.camelkartra.model.KartraResponse;
import io.camelkartra.model.Lead;
import io.camelkartra.simulator.Outcome;
import io.camelkartra.simulator.Reply;
import io.camelkartra.simulator.SimulatorCredentials;
import io.camelkartra.simulator.state.LeadView;
import io.camelkartra.support.Fixtures;
import io.camelkartra.support.LogCapture;
import io.camelkartra.support.SimulatorDocsTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Java examples of the component page (camel-kartra/src/main/docs/kartra-component.adoc), against the simulator. */
class ComponentPageExamplesTest extends SimulatorDocsTestSupport {

    private static final String JOHN = "john.smith@example.com";

    @Test
    void quickStart() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // tag::quick-start[]
                onException(KartraException.class)
                    .onWhen(simple("${exception.type} == 212"))      // Tag does not exist
                    .handled(true)
                    .to("log:unknown-tag");

                from("direct:new-customer")
                    .to("kartra:upsertLead?tagNames=VIP Customer&listNames=Newsletter");
                // end::quick-start[]
            }
        });

        template.sendBody("direct:new-customer", "ann@example.com");
        simulator().enqueue(Reply.json(Fixtures.reply("tag-does-not-exist.json")));
        Exchange unknownTag = template.request("direct:new-customer", e -> e.getMessage().setBody("bob@example.com"));

        assertThat(lead("ann@example.com").tags()).containsExactly("VIP Customer");
        assertThat(lead("ann@example.com").lists()).containsExactly("Newsletter");
        assertThat(unknownTag.getException()).isNull();
        assertThat(unknownTag.getMessage().getHeader(KartraConstants.MESSAGE_TYPE)).isEqualTo(212);
    }

    @Test
    void customFieldsOfEveryType() {
        context.getComponent("kartra", KartraComponent.class).getConfiguration().setInventory(true);

        // tag::custom-fields[]
        Lead lead = Lead.ofEmail("jane.doe@example.com");
        lead.setFirstName("Janet");
        lead.addCustomField(CustomField.text("text1", "JJ"));                    // input_field, text_area
        lead.addCustomField(CustomField.option("plan_choice", "602"));           // drop_down, radio_button: an option id
        lead.addCustomField(CustomField.option("gender", "Female"));             // ... or its label (with the inventory)
        lead.addCustomField(CustomField.options("interests", "606", "608"));     // checkbox: option ids
        template.sendBody("kartra:editLead", lead);

        Lead john = Lead.ofEmail("john.smith@example.com");
        john.addCustomField(CustomField.options("interests", "Music", "Travel")); // ... or labels (with the inventory)
        john.addCustomField(CustomField.text("text1", ""));                      // an empty text clears the field
        template.sendBody("kartra:editLead", john);
        // end::custom-fields[]

        LeadView jane = lead("jane.doe@example.com");
        assertThat(jane.firstName()).isEqualTo("Janet");
        assertThat(jane.customFieldValues()).containsEntry("text1", "JJ").containsEntry("plan_choice", "pro")
                .containsEntry("gender", "female").containsEntry("interests", List.of("sports", "travel"));
        assertThat(lead(JOHN).customFieldValues()).containsEntry("interests", List.of("music", "travel"))
                .doesNotContainKey("text1");
    }

    @Test
    void aChainIsOneCall() {
        // tag::chain[]
        Lead lead = Lead.ofEmail("ann@example.com");
        KartraRequest request = KartraRequest.forLead(lead)
                .createLead()
                .assignTag("VIP Customer")
                .subscribeLeadToList("Newsletter")
                .givePointsToLead(10)
                .build();
        template.sendBody("kartra:call", request);
        // end::chain[]

        LeadView ann = lead("ann@example.com");
        assertThat(ann.tags()).containsExactly("VIP Customer");
        assertThat(ann.lists()).containsExactly("Newsletter");
        assertThat(ann.score()).isEqualTo(10);
        assertThat(simulator().calls().total()).isEqualTo(1);
    }

    @Test
    void theInventoryRefusesAnUnknownTagWithoutACallAndIsRefreshedOnATimer() throws Exception {
        context.getComponent("kartra", KartraComponent.class).getConfiguration().setInventory(true);
        try (LogCapture log = new LogCapture()) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    // tag::inventory[]
                    onException(KartraNotFoundException.class)          // 212 raised before sending, or answered by Kartra
                        .onWhen(simple("${exception.type} == 212"))
                        .to("direct:unknownTag");

                    from("direct:tagged")
                        .to("kartra:assignTag?tagName=VIP Customer");   // a misspelled name costs no call

                    from("timer:inventory?period=1h")
                        .to("kartra:refreshInventory")
                        .log("Kartra has ${body.tags.size()} tags");
                    // end::inventory[]

                    from("direct:unknownTag").to("mock:unknown-tag");
                }
            });
            getMockEndpoint("mock:unknown-tag").expectedMessageCount(1);

            template.sendBody("direct:tagged", "jane.doe@example.com");
            Exchange misspelled = template.request("direct:tagged", e -> {
                e.getMessage().setBody(JOHN);
                e.getMessage().setHeader(KartraConstants.TAG_NAME, "VIP Custmer");
            });

            MockEndpoint.assertIsSatisfied(context);
            assertThat(misspelled.getException()).isInstanceOf(KartraNotFoundException.class);
            assertThat(lead("jane.doe@example.com").tags()).contains("VIP Customer");
            assertThat(simulator().calls().count("assign_tag")).isEqualTo(1);
            awaitLine(log, "Kartra has 4 tags");
        }
    }

    @Test
    void errorsRedeliverWhatIsSafeAndDeadLetterTheRest() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // tag::errors[]
                errorHandler(deadLetterChannel("file:dead?fileName=${date:now:yyyyMMdd}-${exchangeId}.txt").useOriginalMessage());

                onException(KartraAuthenticationException.class, KartraAppException.class)
                    .handled(true).to("direct:alertAndStop");

                onException(KartraException.class)
                    .retryWhile(simple("${exception.retryable} == true && ${header.CamelRedeliveryCounter} <= 5"))
                    .redeliveryDelay(1000).useExponentialBackOff();
                // end::errors[]

                from("direct:give-points").to("kartra:givePointsToLead?points=10");
                from("direct:alertAndStop").to("mock:alert");
            }
        });
        MockEndpoint deadLetters = getMockEndpoint("mock:file:dead");
        deadLetters.expectedBodiesReceived(JOHN);

        simulator().enqueue(Reply.tooManyRequests(), Reply.reset().afterCommand());
        template.sendBody("direct:give-points", JOHN);

        deadLetters.assertIsSatisfied();
        assertThat(lead(JOHN).score()).isEqualTo(35);
        assertThat(simulator().calls().countResult("give_points_to_lead", Outcome.SUCCESS)).isEqualTo(1);

        account().apiPassword("changed-in-kartra");
        getMockEndpoint("mock:alert").expectedMessageCount(1);
        template.sendBody("direct:give-points", JOHN);
        getMockEndpoint("mock:alert").assertIsSatisfied();
    }

    @Test
    void aPlainHttpCallReadByTheResponseProcessor() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // Kartra here is the simulator
                interceptSendToEndpoint("https://app.kartra.com/api*").skipSendToOriginalEndpoint()
                        .to(simulator().baseUrl() + "?throwExceptionOnFailure=false");

                // tag::legacy[]
                from("direct:legacy")
                    .process(new KartraRequestProcessor("{{kartra.app-id}}", "{{kartra.api-key}}", "{{kartra.api-password}}"))
                    .to("https://app.kartra.com/api?throwExceptionOnFailure=false")
                    .process(new KartraResponseProcessor());
                // end::legacy[]
            }
        });
        SimulatorCredentials demo = simulator().demoCredentials();
        context.getPropertiesComponent().addOverrideProperty("kartra.app-id", demo.appId());
        context.getPropertiesComponent().addOverrideProperty("kartra.api-key", demo.apiKey());
        context.getPropertiesComponent().addOverrideProperty("kartra.api-password", demo.apiPassword());

        KartraResponse tagged = template.requestBody("direct:legacy",
                KartraRequest.forLeadEmail(JOHN).assignTag("Lead Magnet").build(), KartraResponse.class);
        Exchange unknown = template.request("direct:legacy",
                e -> e.getMessage().setBody(KartraRequest.forLeadEmail(JOHN).assignTag("No Such Tag").build()));

        assertThat(tagged.isSuccess()).isTrue();
        assertThat(lead(JOHN).tags()).contains("Lead Magnet");
        assertThat(unknown.getException()).isInstanceOf(KartraNotFoundException.class);
    }

    private static void awaitLine(LogCapture log, String line) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!log.text().contains(line) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(log.text()).contains(line);
    }
}
