package io.camelkartra.benchmarks;

import java.util.List;

import io.camelkartra.KartraConstants;
import io.camelkartra.KartraException;
import io.camelkartra.KartraOperation;
import io.camelkartra.model.KartraRequest;
import io.camelkartra.model.Lead;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/**
 * Syncing one lead into Kartra with {@link #TAGS} and {@link #LIST}, as a user would write it in each style. The
 * caller does not know whether the lead exists; each style finds out its own way.
 */
public enum SyncScenario {

    /**
     * One call per action: createLead; on 244 (lead exists) editLead; then assignTag per tag and subscribeLeadToList.
     */
    naive {
        @Override
        void sync(ProducerTemplate template, String email) {
            Exchange created = single(template, email, KartraOperation.createLead, null, null);
            if (isLeadExists(created)) {
                check(single(template, email, KartraOperation.editLead, null, null));
            } else {
                check(created);
            }
            for (String tag : TAGS) {
                check(single(template, email, KartraOperation.assignTag, KartraConstants.TAG_NAME, tag));
            }
            check(single(template, email, KartraOperation.subscribeLeadToList, KartraConstants.LIST_NAME, LIST));
        }
    },

    /**
     * createLead?tagNames=…&amp;listNames=… (one call); on 244 the same chain with edit_lead through kartra:call.
     */
    chained {
        @Override
        void sync(ProducerTemplate template, String email) {
            Exchange created = template.send("direct:kartra-createLead", e -> e.getMessage().setBody(Lead.ofEmail(email)));
            if (!isLeadExists(created)) {
                check(created);
                return;
            }
            KartraRequest.Builder edit = KartraRequest.forLeadEmail(email).editLead();
            TAGS.forEach(edit::assignTag);
            KartraRequest request = edit.subscribeLeadToList(LIST).build();
            check(template.send("direct:kartra-call", e -> e.getMessage().setBody(request)));
        }
    },

    /** upsertLead with the default strategy createFirst and the tags and lists as follow-up options. */
    upsertCreateFirst {
        @Override
        void sync(ProducerTemplate template, String email) {
            check(template.send("direct:kartra-upsert-createFirst", e -> e.getMessage().setBody(Lead.ofEmail(email))));
        }
    },

    /** upsertLead with upsertStrategy=editFirst: one call for an existing lead, two for a new one. */
    upsertEditFirst {
        @Override
        void sync(ProducerTemplate template, String email) {
            check(template.send("direct:kartra-upsert-editFirst", e -> e.getMessage().setBody(Lead.ofEmail(email))));
        }
    };

    /** The tags every synced lead gets (demo account tags). */
    static final List<String> TAGS = List.of("VIP Customer", "Newsletter Reader");
    /** The list every synced lead is subscribed to (a demo account list). */
    static final String LIST = "Newsletter";

    private static final int LEAD_EXISTS = 244;

    /** Creates or updates the lead with its tags and list; throws when Kartra refuses. */
    abstract void sync(ProducerTemplate template, String email);

    private static Exchange single(ProducerTemplate template, String email, KartraOperation operation, String header, String value) {
        return template.send("direct:kartra-single", e -> {
            e.getMessage().setHeader(KartraConstants.OPERATION, operation.name());
            e.getMessage().setHeader(KartraConstants.LEAD_EMAIL, email);
            if (header != null) {
                e.getMessage().setHeader(header, value);
            }
        });
    }

    private static boolean isLeadExists(Exchange exchange) {
        return exchange.getException() instanceof KartraException kartra && kartra.getType() == LEAD_EXISTS;
    }

    private static void check(Exchange exchange) {
        if (exchange.getException() != null) {
            throw new IllegalStateException("sync failed: " + exchange.getException().getMessage(), exchange.getException());
        }
    }
}
