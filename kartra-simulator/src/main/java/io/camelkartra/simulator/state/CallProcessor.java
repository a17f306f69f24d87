package io.camelkartra.simulator.state;

import io.camelkartra.simulator.form.PhpArray;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs one call the way Kartra does, checking in the order of kartra-api.md §3.3: 201 → App
 * (238/239/240) → 242 → account (202/203/233/204) → structure (223/236/224) → 254 per action → 262
 * → lead resolution (206/243/245, 244 when {@code create_lead} is {@code actions[0]}, 234 when it comes later and
 * the lead does not exist) → each action's
 * own checks. Failures up to lead resolution answer a flat error and run nothing. The actions of a
 * call run under the account's lock, so a call is atomic with respect to other calls.
 */
public final class CallProcessor {

    static final String CREATE_LEAD = "create_lead";
    static final String GET_LEAD = "get_lead";

    private final SimulatorState state;
    private final CommandRegistry registry;
    private final OutboundDispatcher outbound;

    /** Kartra's commands over {@code state}; the events they cause go out through {@code outbound}. */
    public CallProcessor(SimulatorState state, OutboundDispatcher outbound) {
        this.state = state;
        this.registry = CommandRegistry.kartra();
        this.outbound = outbound;
    }

    /** The commands a body submits, for the call log: {@code get_lead}, or each {@code actions[N][cmd]}. */
    public static List<String> submittedCommands(PhpArray form) {
        if (form.containsKey(GET_LEAD)) {
            return List.of(GET_LEAD);
        }
        List<String> commands = new ArrayList<>();
        if (form.get("actions") instanceof PhpArray actions) {
            actions.entries().values().forEach(a -> commands.add(a instanceof PhpArray action
                    ? action.text("cmd") : ""));
        }
        return commands;
    }

    public CallResult process(ApiRequest request) {
        ApiRequest.Switches settings = request.switches();
        Replies replies = new Replies(settings.typeAsNumber());
        Call call = new Call(request, replies);
        if (!request.secure() && !settings.allowPlainHttp()) {
            return call.fail(Message.CONNECTION_NOT_SECURE);
        }
        String appId = call.credential("app_id");
        if (appId.isEmpty()) {
            return call.fail(Message.APP_ID_EMPTY);
        }
        App app = state.findApp(appId).filter(App::active).orElse(null);
        if (app == null) {
            return call.fail(Message.APP_ID_INVALID);
        }
        if (!app.ownerActive()) {
            return call.fail(Message.APP_ACCOUNT_INACTIVE);
        }
        if (!app.allowsIp(request.remoteAddress())) {
            return call.fail(Message.UNAUTHORIZED_IP);
        }
        String apiKey = call.credential("api_key");
        if (apiKey.isEmpty()) {
            return call.fail(Message.API_KEY_EMPTY);
        }
        Account account = state.findAccount(apiKey).orElse(null);
        if (account == null) {
            return call.fail(Message.API_KEY_INVALID);
        }
        if (!account.passwordMatches(call.credential("api_password"))) {
            return call.fail(Message.API_PASSWORD_INVALID);
        }
        if (!account.active()) {
            return call.fail(Message.ACCOUNT_INACTIVE);
        }

        PhpArray form = request.form();
        Object leadInput = form.get("lead");
        if (leadInput != null && !(leadInput instanceof PhpArray)) {
            return call.fail(Message.LEAD_NOT_ARRAY);
        }
        Object getLead = form.get(GET_LEAD);
        if (getLead != null) {
            if (!(getLead instanceof PhpArray query)) {
                return call.fail(Message.GET_LEAD_NOT_ARRAY);
            }
            if (!app.allowsCommand(GET_LEAD)) {
                return call.fail(Message.CMD_NOT_PERMITTED);
            }
            return account.locked(data -> getLead(call, data, app, query));
        }
        if (!(form.get("actions") instanceof PhpArray actionList)) {
            return call.fail(Message.ACTIONS_NOT_ARRAY);
        }
        List<Action> actions = new ArrayList<>();
        for (Object entry : actionList.entries().values()) {
            String cmd = entry instanceof PhpArray a ? a.text("cmd") : "";
            if (cmd.isEmpty()) {
                return call.fail(Message.CMD_REQUIRED);
            }
            actions.add(new Action(cmd, (PhpArray) entry, null));
        }
        for (int i = 0; i < actions.size(); i++) {
            Action action = actions.get(i);
            Optional<CommandSpec> spec = registry.find(action.cmd());
            // An unknown cmd is one no App may run.
            if (spec.isEmpty() || !app.allowsCommand(action.cmd())) {
                return call.fail(Message.CMD_NOT_PERMITTED);
            }
            actions.set(i, new Action(action.cmd(), action.params(), spec.get()));
        }
        Outcome outcome = account.locked(data -> {
            OutboundBatch batch = outbound.batch(apiKey, data);
            return new Outcome(run(call, data, app, (PhpArray) leadInput, actions, batch), batch);
        });
        outcome.batch().send();
        return outcome.result();
    }

    private record Action(String cmd, PhpArray params, CommandSpec spec) {
    }

    private record Outcome(CallResult result, OutboundBatch batch) {
    }

    private CallResult run(Call call, AccountData data, App app, PhpArray leadInput, List<Action> actions,
            OutboundBatch batch) {
        CallContext context = new CallContext(data, app, leadInput, batch, null);
        if (actions.stream().anyMatch(a -> a.spec().leadScoped())) {
            Optional<Message> failure = resolveLead(context, actions.get(0).cmd().equals(CREATE_LEAD));
            // Reported after live testing (kartra-realworld.md): with create_lead further down, Kartra looks
            // lead[email] up as an existing lead and answers 234 when there is none.
            boolean createsLater = actions.stream().skip(1).anyMatch(a -> a.cmd().equals(CREATE_LEAD));
            if (failure.isPresent()) {
                return call.fail(createsLater && failure.get() == Message.LEAD_NOT_FOUND ? Message.GET_LEAD_NOT_FOUND
                        : failure.get());
            }
        }
        List<Map<String, Object>> elements = new ArrayList<>();
        List<CallResult.Step> steps = new ArrayList<>();
        Map<String, Object> topLevel = new LinkedHashMap<>();
        ActionResult last = null;
        for (Action action : actions) {
            boolean noLead = action.spec().leadScoped() && context.lead() == null && !action.cmd().equals(CREATE_LEAD);
            // A lead-scoped action after a failed create_lead has no lead to act on.
            last = noLead ? ActionResult.error(Message.LEAD_NOT_FOUND)
                    : action.spec().command().run(new ActionContext(context, action.cmd(), action.params()));
            elements.add(call.replies.actionElement(action.cmd(), last));
            steps.add(CallResult.Step.of(last));
            if (last.success() && action.spec().dataAtTopLevel()) {
                topLevel.putAll(last.data());
            }
            if (!last.success() && call.request.switches().stopOnActionFailure()) {
                break;
            }
        }
        if (actions.size() == 1 && !last.success()) {
            return new CallResult(call.replies.flatError(last.message()), steps, false, last.message().type(), true);
        }
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("status", "Success");
        if (actions.size() == 1) {
            call.replies.putMessage(reply, last.message());
        }
        reply.putAll(topLevel);
        reply.put("actions", elements);
        return new CallResult(reply, steps, true, actions.size() == 1 ? steps.get(0).type() : 0, true);
    }

    /**
     * Finds the call's lead ({@code lead[id]} wins over {@code lead[email]}); for a chain starting with
     * {@code create_lead}, checks instead that the email is free.
     */
    private static Optional<Message> resolveLead(CallContext context, boolean creates) {
        PhpArray input = context.leadInput();
        String id = input.text("id");
        String email = input.text("email");
        if (creates) {
            if (email.isEmpty()) {
                return Optional.of(Message.LEAD_IDENTITY_REQUIRED);
            }
            return context.data().leadByEmail(context.accountEmail(email))
                    .map(existing -> existing.deleted() ? Message.LEAD_DELETED : Message.LEAD_EXISTS);
        }
        if (id.isEmpty() && email.isEmpty()) {
            return Optional.of(Message.LEAD_IDENTITY_REQUIRED);
        }
        Optional<Lead> lead = id.isEmpty() ? CallContext.leadByEmail(context.data(), context.app(), email)
                : leadById(context.data(), id);
        if (lead.isEmpty()) {
            return Optional.of(Message.LEAD_NOT_FOUND);
        }
        if (lead.get().deleted()) {
            return Optional.of(Message.LEAD_DELETED);
        }
        context.lead(lead.get());
        return Optional.empty();
    }

    static Optional<Lead> leadById(AccountData data, String id) {
        return id.matches("\\d{1,18}") ? data.lead(Long.parseLong(id)) : Optional.empty();
    }

    private CallResult getLead(Call call, AccountData data, App app, PhpArray query) {
        String id = query.text("id");
        String email = query.text("email");
        if (id.isEmpty() && email.isEmpty()) {
            return call.fail(Message.LEAD_IDENTITY_REQUIRED);
        }
        Optional<Lead> lead = id.isEmpty() ? CallContext.leadByEmail(data, app, email) : leadById(data, id);
        if (lead.isEmpty()) {
            return call.fail(Message.GET_LEAD_NOT_FOUND);
        }
        if (lead.get().deleted()) {
            return call.fail(Message.LEAD_DELETED);
        }
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("status", "Success");
        reply.put("lead_details", LeadJson.details(data, lead.get()));
        return new CallResult(reply, List.of(new CallResult.Step(true, 0)), true, 0, true);
    }

    /** Per-call helpers: credentials and flat failures. */
    private final class Call {
        final ApiRequest request;
        final Replies replies;

        Call(ApiRequest request, Replies replies) {
            this.request = request;
            this.replies = replies;
        }

        String credential(String name) {
            String value = request.form().text(name);
            if (value.isEmpty() && request.switches().credentialsFromQuery() && request.query() != null) {
                value = request.query().text(name);
            }
            return value;
        }

        CallResult fail(Message message) {
            CallResult.Step refused = new CallResult.Step(false, message.type());
            return new CallResult(replies.flatError(message), request.commands().stream().map(c -> refused).toList(), false,
                    message.type(), false);
        }
    }
}
