package io.camelkartra;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The last step of a call: the outcome onto the exchange. The reply headers first (status, message and type; the
 * lead id when the response names a lead), then the body, or the exception; with {@code throwExceptionOnFailure=false}
 * a Kartra error response becomes the body instead, while failures without a response still raise.
 */
final class KartraOutcomeWriter {

    private KartraOutcomeWriter() {
    }

    static void write(Exchange exchange, KartraOutcome outcome, boolean throwExceptionOnFailure) {
        Message message = exchange.getMessage();
        message.setHeader(KartraConstants.STATUS, outcome.status());
        message.setHeader(KartraConstants.MESSAGE, outcome.message());
        message.setHeader(KartraConstants.MESSAGE_TYPE, outcome.type());
        if (outcome.leadId() != null) {
            message.setHeader(KartraConstants.LEAD_ID, outcome.leadId());
        }
        if (!outcome.isFailure()) {
            message.setBody(outcome.body());
        } else if (outcome.response() != null && !throwExceptionOnFailure) {
            message.setBody(outcome.response());
        } else {
            exchange.setException(outcome.failure());
        }
    }
}
