package io.camelkartra;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelkartra.internal.KartraJson;
import io.camelkartra.model.KartraAction;
import io.camelkartra.model.KartraRequest;
import io.camelkartra.model.Lead;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Turns an exchange into the Kartra call of an operation: the lead from the body or the lead headers, the command's
 * parameters from headers or endpoint options, and the follow-up actions of the lead operations. Everything Kartra
 * would refuse for its shape is refused here, before sending, and the message is never modified.
 */
final class KartraRequestFactory {

    private static final ObjectMapper MAPPER = KartraJson.mapper();

    private KartraRequestFactory() {
    }

    /** The operation of this message: the header {@link KartraConstants#OPERATION} if set, else the endpoint's. */
    public static KartraOperation operation(Exchange exchange, KartraConfiguration config) {
        String override = exchange.getMessage().getHeader(KartraConstants.OPERATION, String.class);
        KartraOperation operation = override == null ? config.getOperation() : KartraOperation.resolve(override);
        if (operation.isConsumer()) {
            throw new IllegalArgumentException("kartra:" + operation + " receives from Kartra; it cannot send");
        }
        return operation;
    }

    /** The call for a single-call operation (every operation but upsertLead, which is built by its own class). */
    public static KartraRequest create(Exchange exchange, KartraConfiguration config, KartraOperation operation) {
        if (operation == KartraOperation.call) {
            return fromBody(exchange);
        }
        KartraParameters parameters = new KartraParameters(exchange, operation.getCommand());
        return switch (operation.getScope()) {
            case GET_LEAD -> KartraRequest.getLead(identity(exchange, operation.getCommand()));
            case ACCOUNT -> KartraRequest.forAccount().action(KartraActionFactory.action(operation, config, parameters)).build();
            case LEAD -> leadCall(exchange, config, operation, parameters);
            default -> throw new IllegalArgumentException("kartra:" + operation + " is not a single call");
        };
    }

    /** The follow-up actions the options and headers ask for: tags, lists, a sequence at a step, points. */
    public static List<KartraAction> followUps(Exchange exchange, KartraConfiguration config, String command) {
        return KartraActionFactory.followUps(config, new KartraParameters(exchange, command));
    }

    private static KartraRequest leadCall(Exchange exchange, KartraConfiguration config, KartraOperation operation,
            KartraParameters parameters) {
        boolean writesFields = operation == KartraOperation.createLead || operation == KartraOperation.editLead;
        Lead lead = writesFields ? leadWithFields(exchange, operation.getCommand()) : identity(exchange, operation.getCommand());
        if (operation == KartraOperation.createLead && isBlank(lead.getEmail())) {
            throw KartraFailures.beforeSending(KartraMessageType.LEAD_IDENTITY_REQUIRED,
                    "createLead needs the lead's email (in the body or the " + KartraConstants.LEAD_EMAIL + " header)",
                    operation.getCommand());
        }
        KartraRequest.Builder builder = KartraRequest.forLead(lead)
                .action(KartraActionFactory.action(operation, config, parameters));
        if (writesFields) {
            KartraActionFactory.followUps(config, parameters).forEach(builder::action);
        }
        return builder.build();
    }

    /** The lead's identity: the lead headers if present, else the body's id and email. */
    public static Lead identity(Exchange exchange, String command) {
        Message message = exchange.getMessage();
        String id = message.getHeader(KartraConstants.LEAD_ID, String.class);
        String email = message.getHeader(KartraConstants.LEAD_EMAIL, String.class);
        Lead identity;
        // a lead header that is present but empty still means "this is the lead": it must not fall back to the body
        if (message.getHeader(KartraConstants.LEAD_ID) != null || message.getHeader(KartraConstants.LEAD_EMAIL) != null) {
            identity = new Lead();
            identity.setId(blankToNull(id));
            identity.setEmail(blankToNull(email));
        } else {
            Lead body = LeadBodyConverter.convert(exchange, command);
            identity = new Lead();
            if (body != null) {
                identity.setId(blankToNull(body.getId()));
                identity.setEmail(blankToNull(body.getEmail()));
            }
        }
        requireIdentity(identity, command);
        return identity;
    }

    /** The body's lead with all its fields; the lead headers override its identity (on a copy, never on the body). */
    public static Lead leadWithFields(Exchange exchange, String command) {
        Message message = exchange.getMessage();
        String id = message.getHeader(KartraConstants.LEAD_ID, String.class);
        String email = message.getHeader(KartraConstants.LEAD_EMAIL, String.class);
        Lead lead = LeadBodyConverter.convert(exchange, command);
        if (lead == null) {
            lead = new Lead();
        } else if ((!isBlank(id) || !isBlank(email)) && lead == message.getBody()) {
            Lead copy = MAPPER.convertValue(lead, Lead.class);
            copy.setFieldOrder(lead.getFieldOrder());
            lead = copy;
        }
        if (!isBlank(id)) {
            lead.setId(id);
        }
        if (!isBlank(email)) {
            lead.setEmail(email);
        }
        requireIdentity(lead, command);
        return lead;
    }

    private static KartraRequest fromBody(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        if (body instanceof KartraRequest request) {
            if (request.getLead() != null) {
                requireIdentity(request.getLead(), request.getCommands().get(0));
            }
            return request;
        }
        throw new IllegalArgumentException("kartra:call needs a KartraRequest body (KartraRequest.forLead(...)...build()), got "
                                           + (body == null ? "no body" : "a " + body.getClass().getName()));
    }

    private static void requireIdentity(Lead lead, String command) {
        if (isBlank(lead.getId()) && isBlank(lead.getEmail())) {
            throw KartraFailures.beforeSending(KartraMessageType.LEAD_IDENTITY_REQUIRED,
                    "no lead email or id: send a lead body (Lead, Map or JSON) or set the " + KartraConstants.LEAD_EMAIL + " or "
                                                                                         + KartraConstants.LEAD_ID + " header",
                    command);
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return isBlank(text) ? null : text;
    }
}
