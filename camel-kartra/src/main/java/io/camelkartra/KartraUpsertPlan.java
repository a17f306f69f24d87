package io.camelkartra;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import io.camelkartra.LeadBodyConverter.LeadBody;
import io.camelkartra.model.KartraAction;
import io.camelkartra.model.KartraRequest;
import io.camelkartra.model.Lead;
import org.apache.camel.Exchange;

/**
 * The upsertLead operation, a plan of up to two calls over the call path: create_lead (or edit_lead) with the
 * follow-up actions in one call; when Kartra answers that the lead already exists (244), the same chain again with
 * edit_lead; when edit-first finds no lead (243), with create_lead. So a retried upsert whose first attempt did create
 * the lead edits it instead of failing.
 * <p>
 * Calls per lead: createFirst 1 for a new lead, 2 for an existing one; editFirst the other way round; a lead given by
 * id is edited, 1 call.
 */
final class KartraUpsertPlan {

    private static final int LEAD_EXISTS = KartraMessageType.LEAD_ALREADY_EXISTS.getCode();
    private static final int NO_LEAD_FOUND = KartraMessageType.NO_LEAD_FOUND.getCode();

    private KartraUpsertPlan() {
    }

    static CompletableFuture<KartraOutcome> run(KartraCallPath path, Exchange exchange, KartraConfiguration config, AtomicInteger calls) {
        LeadBody body = KartraRequestReader.leadToWrite(exchange, config, KartraCommand.CREATE_LEAD.wireName());
        Lead lead = body.lead();
        List<KartraAction> followUps = KartraRequestReader.followUps(exchange, config);
        // create_lead itself is safe here: replayed after it did create the lead, it is answered 244 and edits instead
        boolean replaySafe = followUps.stream().allMatch(a -> KartraOperation.isReplaySafe(a.getCommand()));
        boolean byId = lead.getId() != null && !lead.getId().isBlank();
        boolean editFirst = byId || config.getUpsertStrategy() == KartraUpsertStrategy.editFirst;
        boolean canCreate = lead.getEmail() != null && !lead.getEmail().isBlank() && !byId;

        KartraCommand first = editFirst ? KartraCommand.EDIT_LEAD : KartraCommand.CREATE_LEAD;
        return path.send(call(body, first, followUps, replaySafe), calls).thenCompose(outcome -> {
            if (!editFirst && failedWith(outcome, LEAD_EXISTS)) {
                return again(path, exchange, call(body, KartraCommand.EDIT_LEAD, followUps, replaySafe), calls, "updated");
            }
            if (editFirst && canCreate && failedWith(outcome, NO_LEAD_FOUND)) {
                return again(path, exchange, call(body, KartraCommand.CREATE_LEAD, followUps, replaySafe), calls, "created");
            }
            if (!outcome.isFailure()) {
                exchange.getMessage().setHeader(KartraConstants.UPSERT_RESULT, editFirst ? "updated" : "created");
            }
            return CompletableFuture.completedFuture(outcome);
        });
    }

    private static CompletableFuture<KartraOutcome> again(KartraCallPath path, Exchange exchange, KartraCall call, AtomicInteger calls,
            String result) {
        return path.send(call, calls).thenApply(outcome -> {
            if (!outcome.isFailure()) {
                exchange.getMessage().setHeader(KartraConstants.UPSERT_RESULT, result);
            }
            return outcome;
        });
    }

    private static boolean failedWith(KartraOutcome outcome, int type) {
        return outcome.isFailure() && outcome.failure().getType() == type;
    }

    private static KartraCall call(LeadBody lead, KartraCommand command, List<KartraAction> followUps, boolean replaySafe) {
        KartraRequest.Builder builder = KartraRequest.forLead(lead.lead()).action(KartraAction.of(command.wireName()));
        followUps.forEach(builder::action);
        KartraRequest request = builder.build();
        return new KartraCall(KartraOperation.upsertLead, request, lead.fieldOrder(), request.getCommands(), replaySafe);
    }
}
