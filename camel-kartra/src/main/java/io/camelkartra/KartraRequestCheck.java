package io.camelkartra;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.camelkartra.KartraCommand.Inventory;
import io.camelkartra.KartraCommand.Parameter;
import io.camelkartra.KartraCommand.Rule;
import io.camelkartra.KartraCommand.Target;
import io.camelkartra.KartraCommand.Use;
import io.camelkartra.model.KartraAction;
import io.camelkartra.model.KartraRequest;
import io.camelkartra.model.Lead;

/**
 * The local checks of a request, as the command table declares them: the lead a command acts on, then each action's
 * parameters (no id where Kartra reads only a name; then in order: required, readable, in format, enough names) and
 * the rules over several of them. A request
 * Kartra would refuse for its shape raises the exception Kartra would answer, with the same type, and nothing is sent.
 * <p>
 * The rules are the same whether the request was read from headers and options or built with
 * {@code KartraRequest.Builder} and sent with {@code kartra:call}; only the hint at where a value comes from differs,
 * and a chain's failure names the failing action.
 */
final class KartraRequestCheck {

    private KartraRequestCheck() {
    }

    /**
     * @param  chain           whether the request is a {@code kartra:call} body rather than read from headers and options
     * @throws KartraException with the type Kartra would answer
     */
    static void check(KartraRequest request, boolean chain) {
        List<KartraAction> actions = request.getActions();
        String first = request.getCommands().get(0);
        Target target = request.isGetLead() ? KartraCommand.GET_LEAD.target()
                : actions.stream().map(a -> KartraCommand.of(a.getCommand()).map(KartraCommand::target).orElse(Target.ACCOUNT))
                        .filter(Target::needsLead).findFirst().orElse(Target.ACCOUNT);
        if (target.needsLead()) {
            checkLead(request.getLead(), first, KartraCommand.of(first).map(KartraCommand::target).orElse(target) == Target.NEW_LEAD);
        }
        for (int i = 0; i < actions.size(); i++) {
            KartraAction action = actions.get(i);
            int index = i;
            KartraCommand.of(action.getCommand()).ifPresent(command -> new ActionCheck(command, action,
                    chain ? action.getCommand() : first, chain ? index : -1, chain).run());
        }
    }

    private static void checkLead(Lead lead, String command, boolean needsEmail) {
        if (lead == null || isBlank(lead.getId()) && isBlank(lead.getEmail())) {
            throw KartraFailures.beforeSending(KartraMessageType.LEAD_IDENTITY_REQUIRED,
                    "no lead email or id: send a lead body (Lead, Map or JSON) or set the " + KartraConstants.LEAD_EMAIL + " or "
                                                                                         + KartraConstants.LEAD_ID + " header",
                    command);
        }
        if (needsEmail && isBlank(lead.getEmail())) {
            throw KartraFailures.beforeSending(KartraMessageType.LEAD_IDENTITY_REQUIRED,
                    "createLead needs the lead's email (in the body or the " + KartraConstants.LEAD_EMAIL + " header)", command);
        }
    }

    /** The checks of one action. */
    private static final class ActionCheck {
        private final KartraCommand command;
        private final Map<String, Object> parameters;
        private final String blamed;
        private final int index;
        private final boolean chain;

        ActionCheck(KartraCommand command, KartraAction action, String blamed, int index, boolean chain) {
            this.command = command;
            this.parameters = action.getParameters();
            this.blamed = blamed;
            this.index = index;
            this.chain = chain;
        }

        void run() {
            command.namingUse().map(Use::inventory).map(Inventory::ignoredId).filter(parameters::containsKey).ifPresent(id -> {
                Use naming = command.namingUse().get();
                throw failure(naming.whenEmpty(), id + " is ignored by Kartra, which takes a " + naming.inventory().kind()
                                                  + " by name only: send " + naming.parameter().wireName() + " instead"
                                                  + (chain ? " (the " + command.wireName() + " action)" : ""));
            });
            for (Use use : command.uses()) {
                if (use.onlyWhen() == null || applies(use)) {
                    checkUse(use);
                }
            }
            for (Rule rule : command.rules()) {
                String problem = rule.problem().apply(command, this::present);
                if (problem != null) {
                    throw failure(rule.type(), problem + (chain ? " (the " + command.wireName() + " action)" : ""));
                }
            }
        }

        private boolean applies(Use use) {
            Object condition = typed(use.onlyWhen(), use.onlyWhen().get(parameters));
            return use.onlyWhen().choices().isInstance(condition) && use.onlyWhenValue().test(condition);
        }

        private void checkUse(Use use) {
            Parameter parameter = use.parameter();
            Object raw = parameter.get(parameters);
            if (isEmpty(raw)) {
                if (use.required()) {
                    throw failure(use.whenEmpty(), parameter.option() + " is required: " + whereToSet(parameter));
                }
                if (raw == null || parameter.formats().isEmpty()) {
                    return;
                }
            }
            Object value = typed(parameter, raw);
            if (value instanceof Malformed malformed) {
                throw failure(use.whenMalformed(), parameter.option() + " " + malformed.expected + " (got '" + abbreviate(raw) + "')");
            }
            for (KartraFormat format : parameter.formats()) {
                if (!format.accepts().test(value)) {
                    throw failure(format.type(), parameter.option() + " '" + abbreviate(raw) + "' " + format.problem());
                }
            }
            if (use.minimum() > 0 && ((List<?>) value).size() < use.minimum()) {
                throw failure(use.whenEmpty(), parameter.option() + " needs " + use.minimum() + " or more names, got "
                                               + ((List<?>) value).size());
            }
        }

        /** The parameter's value if it is set: not null, not blank, not an empty list. */
        private Object present(Parameter parameter) {
            Object value = parameter.get(parameters);
            return isEmpty(value) ? null : value;
        }

        private String whereToSet(Parameter parameter) {
            return chain ? "the " + command.wireName() + " action has no " + parameter.wireName()
                    : "set the " + parameter.option() + " option or the " + parameter.header() + " header";
        }

        private KartraException failure(KartraMessageType type, String explanation) {
            KartraException.Details details = new KartraException.Details(type.getCategory())
                    .type(type.getCode())
                    .kartraMessage(type.getMessage() + ": " + explanation)
                    .command(blamed)
                    .actionIndex(index);
            return KartraFailures.create(details);
        }
    }

    /** The value as its kind reads it, or {@link Malformed} when it cannot be read. */
    private static Object typed(Parameter parameter, Object value) {
        if (value == null) {
            return null;
        }
        Object read = parameter.read(value);
        if (read != null) {
            return read;
        }
        return new Malformed(switch (parameter.kind()) {
            case INTEGER -> "must be a whole number";
            case DECIMAL -> "must be a decimal number";
            default -> "must be one of " + Arrays.stream(parameter.choices().getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        });
    }

    /** A value its kind cannot read, and what it should have been. */
    private record Malformed(String expected) {
    }

    private static boolean isEmpty(Object value) {
        return value == null || value instanceof String text && text.isBlank() || value instanceof Collection<?> c && c.isEmpty();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String abbreviate(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
