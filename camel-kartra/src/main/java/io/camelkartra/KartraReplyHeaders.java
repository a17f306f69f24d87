package io.camelkartra;

import io.camelkartra.model.KartraActionResult;
import io.camelkartra.model.KartraResponse;
import io.camelkartra.model.Lead;
import org.apache.camel.Message;

/**
 * Sets the reply headers, before any exception: status, message and type of the reply (of the failing action, for a
 * chain that failed in the middle), and the lead id when the reply names one.
 */
final class KartraReplyHeaders {

    private KartraReplyHeaders() {
    }

    static void set(Message message, KartraReply reply) {
        KartraResponse response = reply.response();
        if (response == null) {
            message.setHeader(KartraConstants.STATUS, "Error");
            message.setHeader(KartraConstants.MESSAGE, reply.failure().getKartraMessage());
            message.setHeader(KartraConstants.MESSAGE_TYPE, reply.failure().getType());
            return;
        }
        KartraActionResult failedAction = response.isEnvelopeSuccess() ? response.getFirstFailedAction().orElse(null) : null;
        if (failedAction != null) {
            message.setHeader(KartraConstants.STATUS, failedAction.getStatus());
            message.setHeader(KartraConstants.MESSAGE, failedAction.getMessage());
            message.setHeader(KartraConstants.MESSAGE_TYPE, failedAction.getType());
        } else {
            KartraActionResult single = response.getActions().size() == 1 ? response.getActions().get(0) : null;
            message.setHeader(KartraConstants.STATUS, response.getStatus() != null ? response.getStatus()
                    : single != null ? single.getStatus() : null);
            message.setHeader(KartraConstants.MESSAGE, response.getMessage() != null || single == null ? response.getMessage()
                    : single.getMessage());
            message.setHeader(KartraConstants.MESSAGE_TYPE, response.getType() != 0 || single == null ? response.getType()
                    : single.getType());
        }
        String leadId = leadId(reply);
        if (leadId != null) {
            message.setHeader(KartraConstants.LEAD_ID, leadId);
        }
    }

    /** The id of the lead the reply describes: a read lead, or lead_details of any action (a created lead). */
    private static String leadId(KartraReply reply) {
        if (reply.body() instanceof Lead lead && lead.getId() != null) {
            return lead.getId();
        }
        if (reply.failed()) {
            return null;
        }
        for (KartraActionResult action : reply.response().getActions()) {
            if (action.getData().get("lead_details") instanceof java.util.Map<?, ?> details && details.get("id") != null) {
                return details.get("id").toString();
            }
        }
        return null;
    }
}
