package io.camelkartra;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import io.camelkartra.model.KartraAction;
import io.camelkartra.model.KartraRequest;
import io.camelkartra.model.Lead;
import org.apache.camel.Exchange;

/**
 * The upsertLead operation: create_lead (or edit_lead) with the follow-up actions in one call; when Kartra answers
 * that the lead already exists (244), the same chain again with edit_lead; when edit-first finds no lead (243), with
 * create_lead. So a retried upsert whose first attempt did create the lead edits it instead of failing.
 * <p>
 * Calls per lead: createFirst 1 for a new lead, 2 for an existing one; editFirst the other way round; a lead given by
 * id is edited, 1 call.
 */
final class KartraUpsert {

    private static final int LEAD_EXISTS = 244;
    private static final int NO_LEAD_FOUND = 243;

    private KartraUpsert() {
    }

    static CompletableFuture<KartraReply> run(KartraSender sender, Exchange exchange, KartraConfiguration config, AtomicInteger calls) {
        Lead lead = KartraRequestReader.leadToWrite(exchange, config, KartraCommand.CREATE_LEAD.wireName());
        List<KartraAction> followUps = KartraRequestReader.followUps(exchange, config);
        boolean replaySafe = followUps.stream().allMatch(a -> KartraOperation.isReplaySafe(a.getCommand()));
        boolean byId = lead.getId() != null && !lead.getId().isBlank();
        boolean editFirst = byId || config.getUpsertStrategy() == KartraUpsertStrategy.editFirst;
        boolean canCreate = lead.getEmail() != null && !lead.getEmail().isBlank() && !byId;

        KartraRequest first = chain(lead, editFirst ? KartraCommand.EDIT_LEAD : KartraCommand.CREATE_LEAD, followUps);
        return sender.send(KartraOperation.upsertLead, first, replaySafe, calls).thenCompose(reply -> {
            if (!editFirst && failedWith(reply, LEAD_EXISTS)) {
                return sendAgain(sender, exchange, lead, KartraCommand.EDIT_LEAD, followUps, replaySafe, calls, "updated");
            }
            if (editFirst && canCreate && failedWith(reply, NO_LEAD_FOUND)) {
                return sendAgain(sender, exchange, lead, KartraCommand.CREATE_LEAD, followUps, replaySafe, calls, "created");
            }
            if (!reply.failed()) {
                exchange.getMessage().setHeader(KartraConstants.UPSERT_RESULT, editFirst ? "updated" : "created");
            }
            return CompletableFuture.completedFuture(reply);
        });
    }

    private static CompletableFuture<KartraReply> sendAgain(KartraSender sender, Exchange exchange, Lead lead, KartraCommand command,
            List<KartraAction> followUps, boolean replaySafe, AtomicInteger calls, String result) {
        return sender.send(KartraOperation.upsertLead, chain(lead, command, followUps), replaySafe, calls).thenApply(reply -> {
            if (!reply.failed()) {
                exchange.getMessage().setHeader(KartraConstants.UPSERT_RESULT, result);
            }
            return reply;
        });
    }

    private static boolean failedWith(KartraReply reply, int type) {
        return reply.failed() && reply.failure().getType() == type;
    }

    private static KartraRequest chain(Lead lead, KartraCommand command, List<KartraAction> followUps) {
        KartraRequest.Builder builder = KartraRequest.forLead(lead).action(KartraAction.of(command.wireName()));
        followUps.forEach(builder::action);
        KartraRequest request = builder.build();
        KartraRequestCheck.check(request, false);
        return request;
    }
}
