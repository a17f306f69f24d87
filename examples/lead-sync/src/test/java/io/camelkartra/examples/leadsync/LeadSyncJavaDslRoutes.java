package io.camelkartra.examples.leadsync;

import io.camelkartra.KartraAppException;
import io.camelkartra.KartraAuthenticationException;
import io.camelkartra.KartraConstants;
import io.camelkartra.KartraRedeliveryRouteConfiguration;
import org.apache.camel.builder.RouteBuilder;

/**
 * The routes of {@code routes/lead-sync.camel.yaml} in the Java DSL, run by {@link LeadSyncApplicationTest} in their
 * place: the README and the user guide show them.
 */
public class LeadSyncJavaDslRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // tag::routes[]
        onException(KartraAuthenticationException.class, KartraAppException.class)       // stop, with an alert
            .handled(true)
            .bean("report", "stop");

        from("direct:kartra-dead-letter").routeId("kartra-dead-letter")                // after kartra-redelivery
            .choice()
                .when(simple("${exception.retryable} == true"))
                    .setProperty("reason", simple("gave up retrying (${exception.category})"))
                    .setProperty("error", simple("${exception.message}, after ${header.CamelRedeliveryCounter} redeliveries"))
                .otherwise()                                                         // 212, 231, 245, ...
                    .setProperty("reason", simple("${exception.kartraMessage} (${exception.type})"))
                    .setProperty("error", simple("${exception.message}"))
            .end()
            .to("direct:dead-letter");

        from("timer:lead-sync?repeatCount=1").routeId("read-leads").autoStartup(false)
            .onException(Exception.class).handled(true).bean("report", "failed").end()
            .bean("leadCsv", "read")
            .bean("report", "started")
            .split(body()).streaming().parallelProcessing()                     // rows read as they are needed
                .throttle(simple("{{leadsync.concurrency}}")).concurrentRequestsMode()  // this many in flight
                    .to("direct:sync-lead")
                .end()
            .end()
            .bean("report", "finished");

        from("direct:sync-lead").routeId("sync-lead").routeConfigurationId(KartraRedeliveryRouteConfiguration.ID)
            .setProperty("leadRow", body())
            .choice()
                .when(method("report", "isStopped"))
                    .bean("report", "notSent")
                    .stop()
                .when(simple("${body.validEmail} == false"))
                    .setProperty("reason", constant("invalid email"))
                    .setProperty("error", simple("not an email address: '${body.email}'"))
                    .to("direct:dead-letter")
                    .stop()
            .end()
            .idempotentConsumer(simple("${body.leadKey}")).idempotentRepository("seenLeads").skipDuplicate(false)
                .filter(exchangeProperty("CamelDuplicateMessage").isEqualTo(true))
                    .bean("report", "duplicate")
                    .stop()
                .end()
                .setHeader(KartraConstants.TAG_NAMES, simple("${body.tags}"))
                .setHeader(KartraConstants.LIST_NAMES, simple("${body.lists}"))
                .setBody(simple("${body.toLead()}"))
                .to("kartra:upsertLead")                         // create_lead or edit_lead, tags, lists: one call
                .bean("report", "synced");

        from("direct:dead-letter").routeId("dead-letter")
            .bean("report", "deadLettered")
            .setBody(method("deadLetters", "line(${exchangeProperty.leadRow}, ${exchangeProperty.reason}, "
                                           + "${exchangeProperty.error})"))
            .to("file:{{leadsync.output-dir}}?fileName=dead-letters.csv&fileExist=Append");
        // end::routes[]
    }
}
