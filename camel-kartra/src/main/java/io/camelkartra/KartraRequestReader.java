package io.camelkartra;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelkartra.KartraCommand.FollowUp;
import io.camelkartra.KartraCommand.Kind;
import io.camelkartra.KartraCommand.Parameter;
import io.camelkartra.KartraCommand.Use;
import io.camelkartra.LeadBodyConverter.LeadBody;
import io.camelkartra.internal.KartraJson;
import io.camelkartra.model.KartraAction;
import io.camelkartra.model.KartraRequest;
import io.camelkartra.model.Lead;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Reads the request of an operation from the exchange: the lead from the lead headers or the body, and each
 * parameter of the operation's command ({@link KartraCommand}) from its header, else its endpoint option; a lead
 * write gets its follow-up actions. Values are put in the form they are sent (whole numbers and decimals parsed, names
 * split, a choice as Kartra's name); a value that cannot be read is kept as given, for {@link KartraRequestCheck} to
 * refuse. For {@code kartra:call} the request is the body. The message is never modified.
 */
final class KartraRequestReader {

    private static final ObjectMapper MAPPER = KartraJson.mapper();

    private final Exchange exchange;
    private final Message message;
    private final KartraConfiguration configuration;

    private KartraRequestReader(Exchange exchange, KartraConfiguration configuration) {
        this.exchange = exchange;
        this.message = exchange.getMessage();
        this.configuration = configuration;
    }

    /** The operation of this message: the header {@link KartraConstants#OPERATION} if set, else the endpoint's. */
    static KartraOperation operation(Exchange exchange, KartraConfiguration configuration) {
        String override = exchange.getMessage().getHeader(KartraConstants.OPERATION, String.class);
        KartraOperation operation = override == null ? configuration.getOperation() : KartraOperation.resolve(override);
        if (operation.isConsumer()) {
            throw new IllegalArgumentException("kartra:" + operation + " receives from Kartra; it cannot send");
        }
        return operation;
    }

    /** The call of a single-call operation: a Kartra command's, or the body of {@code kartra:call}. */
    static KartraCall read(Exchange exchange, KartraConfiguration configuration, KartraOperation operation) {
        if (operation == KartraOperation.call) {
            return KartraCall.of(operation, chain(exchange));
        }
        KartraCommand command = KartraCommand.of(operation);
        if (command == null) {
            throw new IllegalArgumentException("kartra:" + operation + " is not a single call");
        }
        return new KartraRequestReader(exchange, configuration).call(command);
    }

    /** The lead a lead write sends: the body's, with its fields, and the identity of the lead headers. */
    static LeadBody leadToWrite(Exchange exchange, KartraConfiguration configuration, String command) {
        return new KartraRequestReader(exchange, configuration).leadWithFields(command);
    }

    /** The follow-up actions the options and headers ask for: tags, lists, a sequence at a step, points. */
    static List<KartraAction> followUps(Exchange exchange, KartraConfiguration configuration) {
        return new KartraRequestReader(exchange, configuration).followUps();
    }

    private KartraCall call(KartraCommand command) {
        switch (command.target()) {
            case TOP_LEVEL:
                return KartraCall.of(command.operation(), KartraRequest.getLead(identity(command.wireName())));
            case ACCOUNT:
                return KartraCall.of(command.operation(), KartraRequest.forAccount().action(action(command)).build());
            default:
                if (!command.target().writesFields()) {
                    return KartraCall.of(command.operation(),
                            KartraRequest.forLead(identity(command.wireName())).action(action(command)).build());
                }
                LeadBody lead = leadWithFields(command.wireName());
                KartraRequest.Builder builder = KartraRequest.forLead(lead.lead()).action(action(command));
                followUps().forEach(builder::action);
                return KartraCall.of(command.operation(), builder.build(), lead.fieldOrder());
        }
    }

    private KartraAction action(KartraCommand command) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (Use use : command.uses()) {
            if (use.onlyWhen() != null && !applies(use)) {
                continue;
            }
            Object value = value(use.parameter());
            if (value != null) {
                use.parameter().put(parameters, value);
            }
        }
        return KartraAction.of(command.wireName(), parameters);
    }

    private boolean applies(Use use) {
        Object condition = value(use.onlyWhen());
        return use.onlyWhen().choices().isInstance(condition) && use.onlyWhenValue().test(condition);
    }

    private List<KartraAction> followUps() {
        List<KartraAction> actions = new ArrayList<>();
        for (FollowUp followUp : KartraCommand.FOLLOW_UPS) {
            Object value = value(followUp.parameter());
            if (value == null) {
                continue;
            }
            if (followUp.eachName()) {
                Parameter named = followUp.command().namingUse().orElseThrow().parameter();
                for (Object name : (List<?>) value) {
                    Map<String, Object> parameters = new LinkedHashMap<>(2);
                    named.put(parameters, name);
                    actions.add(KartraAction.of(followUp.command().wireName(), parameters));
                }
            } else {
                actions.add(action(followUp.command()));
            }
        }
        return actions;
    }

    /** The parameter's value as it is sent: the header's if the header is present, else the option's; null when unset. */
    private Object value(Parameter parameter) {
        Object header = message.getHeader(parameter.header());
        if (header != null) {
            return sendable(parameter, header, true);
        }
        Object option = parameter.defaultValue(configuration);
        return option == null ? null : sendable(parameter, option, false);
    }

    private Object sendable(Parameter parameter, Object value, boolean header) {
        return switch (parameter.kind()) {
            case TEXT -> text(parameter, header ? exchange.getContext().getTypeConverter().convertTo(String.class, exchange, value)
                    : value.toString());
            case NAMES, NAMES_WITH_BLANKS -> names(value, parameter.kind() == Kind.NAMES_WITH_BLANKS);
            case INTEGER, DECIMAL, CHOICE -> readable(parameter, value);
        };
    }

    /** The value as the parameter's kind reads it; as given when it cannot, or null when it is blank text. */
    private static Object readable(Parameter parameter, Object value) {
        Object read = parameter.read(value);
        if (read != null) {
            return read;
        }
        return value instanceof String text && text.isBlank() ? null : value;
    }

    /** Blank text is no value, unless the parameter has a format that blank text breaks. */
    private static String text(Parameter parameter, String text) {
        return text == null || text.isBlank() && parameter.formats().isEmpty() ? null : text;
    }

    /** Trimmed names from a comma-separated text or a collection; null when there are none. */
    private static List<String> names(Object value, boolean keepBlanks) {
        List<String> names = new ArrayList<>();
        if (value instanceof Collection<?> collection) {
            for (Object element : collection) {
                add(names, element == null ? "" : element.toString(), keepBlanks);
            }
        } else if (!value.toString().isBlank()) {
            for (String name : value.toString().split(",", -1)) {
                add(names, name, keepBlanks);
            }
        }
        return names.isEmpty() ? null : names;
    }

    private static void add(List<String> names, String name, boolean keepBlanks) {
        String trimmed = name.trim();
        if (keepBlanks || !trimmed.isEmpty()) {
            names.add(trimmed);
        }
    }

    /** The lead's identity: the lead headers if present, else the body's id and email. */
    private Lead identity(String command) {
        Lead identity = new Lead();
        // a lead header that is present but empty still means "this is the lead": it must not fall back to the body
        if (message.getHeader(KartraConstants.LEAD_ID) != null || message.getHeader(KartraConstants.LEAD_EMAIL) != null) {
            identity.setId(blankToNull(message.getHeader(KartraConstants.LEAD_ID, String.class)));
            identity.setEmail(blankToNull(message.getHeader(KartraConstants.LEAD_EMAIL, String.class)));
        } else {
            LeadBody body = LeadBodyConverter.convert(exchange, command);
            if (body != null) {
                identity.setId(blankToNull(body.lead().getId()));
                identity.setEmail(blankToNull(body.lead().getEmail()));
            }
        }
        return identity;
    }

    /** The body's lead with all its fields; the lead headers override its identity (on a copy, never on the body). */
    private LeadBody leadWithFields(String command) {
        String id = message.getHeader(KartraConstants.LEAD_ID, String.class);
        String email = message.getHeader(KartraConstants.LEAD_EMAIL, String.class);
        LeadBody body = LeadBodyConverter.convert(exchange, command);
        Lead lead = body == null ? new Lead() : body.lead();
        if ((!isBlank(id) || !isBlank(email)) && lead == message.getBody()) {
            lead = MAPPER.convertValue(lead, Lead.class);
        }
        if (!isBlank(id)) {
            lead.setId(id);
        }
        if (!isBlank(email)) {
            lead.setEmail(email);
        }
        return new LeadBody(lead, body == null ? null : body.fieldOrder());
    }

    private static KartraRequest chain(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        if (body instanceof KartraRequest request) {
            return request;
        }
        throw new IllegalArgumentException("kartra:call needs a KartraRequest body (KartraRequest.forLead(...)...build()), got "
                                           + (body == null ? "no body" : "a " + body.getClass().getName()));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return isBlank(text) ? null : text;
    }
}
