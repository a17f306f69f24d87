package io.camelkartra.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelkartra.simulator.state.Account;
import io.camelkartra.simulator.state.App;
import io.camelkartra.simulator.state.AppMode;
import io.camelkartra.simulator.state.CustomFieldType;
import io.camelkartra.simulator.state.EventSimulator;
import io.camelkartra.simulator.state.Gateway;
import io.camelkartra.simulator.state.IpnTarget;
import io.camelkartra.simulator.state.LeadSeed;
import io.camelkartra.simulator.state.PricePoint;
import io.camelkartra.simulator.state.PricePointType;
import io.camelkartra.simulator.state.PurchaseOptions;
import io.camelkartra.simulator.state.Survey;
import io.camelkartra.simulator.state.WebhookTarget;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/** The operations of the admin API; the module README documents each route. */
final class AdminRoutes {

    /** A recorded call as JSON: the masked body, how it ended, and each action's outcome and result. */
    private static Map<String, Object> recordedCall(RecordedCall call) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sequence", call.sequence());
        json.put("at", call.at().toString());
        json.put("body", call.request().body());
        json.put("status", call.status());
        json.put("outcome", call.outcome());
        json.put("messageType", call.messageType());
        json.put("commandRan", call.commandRan());
        call.injected().ifPresent(reply -> json.put("injected", reply.toString()));
        json.put("actions", call.actions());
        return json;
    }

    private static final Map<String, String> OK = Map.of("status", "ok");

    private final KartraSimulator sim;

    AdminRoutes(KartraSimulator sim) {
        this.sim = sim;
    }

    void register(AdminHandler admin) {
        admin.route("GET", "/health", r -> OK);
        admin.route("POST", "/reset", r -> {
            sim.reset();
            return OK;
        });
        admin.route("GET", "/settings", r -> settings());
        admin.route("PUT", "/settings", this::updateSettings);

        admin.route("GET", "/apps", r -> sim.state().apps());
        admin.route("POST", "/apps", r -> sim.state().putApp(app(r, App.of(r.text("appId")))));
        admin.route("GET", "/apps/{appId}", r -> sim.state().app(r.path("appId")));
        admin.route("PUT", "/apps/{appId}", r -> sim.state().putApp(app(r, sim.state().app(r.path("appId")))));

        admin.route("GET", "/accounts", r -> sim.state().accounts().stream().map(this::accountSummary).toList());
        admin.route("POST", "/accounts", r -> accountSummary(
                sim.state().addAccount(r.text("apiKey"), r.text("apiPassword")).active(r.flag("active", true))));
        admin.route("GET", "/accounts/{apiKey}", r -> accountSummary(account(r)));
        admin.route("PUT", "/accounts/{apiKey}", r -> {
            Account account = account(r);
            account.active(r.flag("active", account.active()));
            if (r.has("apiPassword")) {
                account.apiPassword(r.text("apiPassword"));
            }
            return accountSummary(account);
        });
        admin.route("POST", "/accounts/{apiKey}/tags", r -> account(r).addTag(r.text("name")));
        admin.route("POST", "/accounts/{apiKey}/lists", r -> account(r).addList(r.text("name")));
        admin.route("POST", "/accounts/{apiKey}/sequences",
                r -> account(r).addSequence(r.text("name"), (int) r.number("steps")));
        admin.route("POST", "/accounts/{apiKey}/custom-fields", r -> account(r).addCustomField(r.text("identifier"),
                CustomFieldType.fromWireName(r.text("type")).orElseThrow(() -> new IllegalArgumentException("unknown type")),
                r.strings("options").toArray(String[]::new)));
        admin.route("POST", "/accounts/{apiKey}/calendars",
                r -> account(r).addCalendar(r.text("name"), r.strings("classes").toArray(String[]::new)));
        admin.route("POST", "/accounts/{apiKey}/pages", r -> account(r).addPage(r.text("name")));
        admin.route("POST", "/accounts/{apiKey}/memberships",
                r -> account(r).addMembership(r.text("name"), r.strings("levels").toArray(String[]::new)));
        admin.route("POST", "/accounts/{apiKey}/products", this::addProduct);
        admin.route("GET", "/accounts/{apiKey}/leads", r -> account(r).leads());
        admin.route("POST", "/accounts/{apiKey}/leads", r -> account(r).addLead(leadSeed(r)));
        admin.route("GET", "/accounts/{apiKey}/leads/{lead}", r -> lead(r));
        admin.route("DELETE", "/accounts/{apiKey}/leads/{lead}", r -> {
            if (!account(r).deleteLead(r.path("lead"))) {
                throw new NoSuchElementException("no lead " + r.path("lead"));
            }
            return OK;
        });
        admin.route("GET", "/accounts/{apiKey}/transactions", r -> account(r).transactions());
        admin.route("GET", "/accounts/{apiKey}/subscriptions", r -> account(r).subscriptions());
        admin.route("POST", "/accounts/{apiKey}/events", this::simulateEvent);

        admin.route("GET", "/calls", r -> Map.of("total", sim.calls().total(), "outcomes", sim.calls().outcomeCounts(),
                "results", sim.calls().resultCounts(), "entriesDropped", sim.calls().entriesDropped()));
        admin.route("GET", "/calls/entries", r -> sim.calls().recorded().stream().map(AdminRoutes::recordedCall).toList());
        admin.route("DELETE", "/calls", r -> {
            sim.calls().clear();
            return OK;
        });

        admin.route("GET", "/faults", r -> faultPlan(sim.faults().plan()));
        admin.route("PUT", "/faults", r -> {
            sim.faults().configure(faultPlan(r));
            return faultPlan(sim.faults().plan());
        });
        admin.route("DELETE", "/faults", r -> {
            sim.faults().clear();
            return OK;
        });

        admin.route("GET", "/outbound", r -> outboundTargets());
        admin.route("POST", "/outbound/webhooks", r -> sim.outbound().addWebhook(
                new WebhookTarget(r.text("url"), Set.copyOf(r.strings("actions")), r.text("apiKey", null))));
        admin.route("POST", "/outbound/ipn", r -> ipnTarget(sim.outbound().addIpn(new IpnTarget(r.text("url"),
                r.text("secretKey"), r.text("apiKey", null), productIds(r)))));
        admin.route("GET", "/outbound/deliveries", r -> sim.outbound().deliveries());
        admin.route("POST", "/outbound/await", r -> Map.of("idle",
                sim.outbound().awaitIdle(Duration.ofMillis(r.number("timeoutMs", 5000)))));
        admin.route("DELETE", "/outbound", r -> {
            sim.outbound().clear();
            return OK;
        });
    }

    private Account account(AdminRequest r) {
        return sim.state().account(r.path("apiKey"));
    }

    private Object lead(AdminRequest r) {
        String lead = r.path("lead");
        Account account = account(r);
        return (lead.matches("\\d{1,18}") ? account.leadById(Long.parseLong(lead)) : account.lead(lead))
                .orElseThrow(() -> new NoSuchElementException("no lead " + lead));
    }

    private Map<String, Object> settings() {
        SimulatorSettings s = sim.settings();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("allowPlainHttp", s.allowPlainHttp());
        out.put("rateLimit", s.rateLimit());
        out.put("maxBodyBytes", s.maxBodyBytes());
        out.put("typeAsNumber", s.typeAsNumber());
        out.put("stopOnActionFailure", s.stopOnActionFailure());
        out.put("credentialsFromQuery", s.credentialsFromQuery());
        out.put("replyContentType", s.replyContentType());
        return out;
    }

    private Object updateSettings(AdminRequest r) {
        SimulatorSettings s = sim.settings();
        s.allowPlainHttp(r.flag("allowPlainHttp", s.allowPlainHttp()))
                .rateLimit((int) r.number("rateLimit", s.rateLimit()))
                .maxBodyBytes(r.number("maxBodyBytes", s.maxBodyBytes()))
                .typeAsNumber(r.flag("typeAsNumber", s.typeAsNumber()))
                .stopOnActionFailure(r.flag("stopOnActionFailure", s.stopOnActionFailure()))
                .credentialsFromQuery(r.flag("credentialsFromQuery", s.credentialsFromQuery()))
                .replyContentType(r.text("replyContentType", s.replyContentType()));
        return settings();
    }

    /** {@code base} with the fields the body sets. */
    private static App app(AdminRequest r, App base) {
        App app = base.withActive(r.flag("active", base.active())).withOwnerActive(r.flag("ownerActive", base.ownerActive()));
        if (r.has("mode")) {
            app = app.withMode(AppMode.valueOf(r.text("mode").toUpperCase(Locale.ROOT)));
        }
        if (r.has("allowedIps")) {
            app = app.withAllowedIps(r.strings("allowedIps").toArray(String[]::new));
        }
        if (r.has("allowedCommands")) {
            app = app.withAllowedCommands(r.strings("allowedCommands").toArray(String[]::new));
        }
        return app;
    }

    private Map<String, Object> accountSummary(Account account) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("apiKey", account.apiKey());
        out.put("active", account.active());
        out.put("leadCount", account.leadCount());
        out.put("journalDropped", account.journalDropped());
        out.put("tags", account.tags());
        out.put("lists", account.lists());
        out.put("sequences", account.sequences());
        out.put("customFields", account.customFields());
        out.put("calendars", account.calendars());
        out.put("pages", account.pages());
        out.put("memberships", account.memberships());
        out.put("products", account.products());
        return out;
    }

    private Object addProduct(AdminRequest r) {
        List<PricePoint> points = new ArrayList<>();
        JsonNode list = r.body().get("pricePoints");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new IllegalArgumentException("'pricePoints' must be a non-empty array");
        }
        int number = 1;
        for (JsonNode p : list) {
            AdminRequest point = new AdminRequest(Map.of(), p);
            PricePoint pricePoint = new PricePoint(number++,
                    PricePointType.valueOf(point.text("type", "one_time").toUpperCase(Locale.ROOT)),
                    new BigDecimal(point.text("amount")), point.text("recurringPeriod", null),
                    (int) point.number("installments", 0), 0, null);
            if (point.has("trialDays")) {
                pricePoint = pricePoint.withTrial((int) point.number("trialDays"), point.text("trialAmount", "0.00"));
            }
            points.add(pricePoint);
        }
        int refundDays = (int) r.number("refundPeriodDays", 30);
        return account(r).addProduct(r.text("name"), refundDays, points.toArray(PricePoint[]::new));
    }

    private static LeadSeed leadSeed(AdminRequest r) {
        LeadSeed seed = LeadSeed.email(r.text("email"));
        JsonNode body = r.body();
        if (body.has("fields")) {
            body.get("fields").fields().forEachRemaining(f -> seed.field(f.getKey(), f.getValue().asText()));
        }
        seed.tags(r.strings("tags").toArray(String[]::new)).lists(r.strings("lists").toArray(String[]::new));
        if (body.has("sequences")) {
            body.get("sequences").fields().forEachRemaining(s -> seed.sequence(s.getKey(), s.getValue().asInt()));
        }
        seed.score(r.number("score", 0));
        if (body.has("customFields")) {
            body.get("customFields").fields().forEachRemaining(f -> seed.customField(f.getKey(),
                    f.getValue().isArray() ? AdminRequest.strings(body.get("customFields"), f.getKey()) : f.getValue().asText()));
        }
        if (body.has("memberships")) {
            body.get("memberships").fields().forEachRemaining(m -> seed.membership(m.getKey(), m.getValue().asText()));
        }
        return seed.deleted(r.flag("deleted", false));
    }

    private Object simulateEvent(AdminRequest r) {
        EventSimulator events = sim.events(r.path("apiKey"));
        String event = r.text("event");
        switch (event) {
            case "buy_product" -> {
                PurchaseOptions options = PurchaseOptions.DEFAULT.withQuantity((int) r.number("quantity", 1))
                        .withGateway(Gateway.valueOf(r.text("gateway", "card").toUpperCase(Locale.ROOT)))
                        .withAffiliate(r.text("affiliate", "")).withJv(r.text("jv", ""))
                        .withTest(r.flag("test", false)).withGatewayFailure(r.flag("gatewayFailure", false));
                return events.buyProduct(r.text("lead"), r.number("productId"), (int) r.number("pricePoint", 1), options);
            }
            case "rebill" -> {
                return events.rebill(r.number("subscriptionId"));
            }
            case "failed" -> {
                return events.failedRebill(r.number("subscriptionId"));
            }
            case "chargeback" -> {
                return events.chargeback(r.number("transactionId"));
            }
            case "refund" -> {
                return events.refund(r.number("transactionId"), r.has("amount") ? new BigDecimal(r.text("amount")) : null);
            }
            case "cancel_subscription" -> {
                return events.cancelSubscription(r.number("subscriptionId"));
            }
            case "membership_granted" -> events.grantMembership(r.text("lead"), r.text("membership"), r.text("level"));
            case "membership_revoked" -> events.revokeMembership(r.text("lead"), r.text("membership"));
            case "filled_form" -> events.fillForm(r.text("lead"), r.number("formId"), r.text("formName"));
            case "survey_complete" -> events.completeSurvey(r.text("lead"), survey(r));
            case "video_play" -> events.playVideo(r.text("lead"), r.number("videoId"), r.text("videoName"));
            case "video_complete" -> events.completeVideo(r.text("lead"), r.number("videoId"), r.text("videoName"));
            case "kartra_page_visit" -> events.visitPage(r.text("lead"), r.text("page"));
            case "reaches_score" -> events.reachScore(r.text("lead"));
            case "affiliate_signup" -> events.affiliateSignup(r.text("lead"), r.number("productId"));
            case "jv_signup" -> events.jvSignup(r.text("lead"), r.number("productId"));
            case "calendar_complete" -> events.completeCalendar(r.text("lead"), r.text("calendar"), r.text("class"));
            case "sequence_completion" -> events.completeSequence(r.text("lead"), r.text("sequence"));
            case "click_page_split_test_link" -> events.clickSplitTestLink(r.text("lead"), r.number("linkId"), r.text("linkName"));
            default -> throw new IllegalArgumentException("unknown event " + event);
        }
        return OK;
    }

    private static Survey survey(AdminRequest r) {
        List<Survey.Question> questions = new ArrayList<>();
        JsonNode list = r.body().get("questions");
        if (list != null && list.isArray()) {
            for (JsonNode q : list) {
                AdminRequest question = new AdminRequest(Map.of(), q);
                List<Survey.Answer> answers = new ArrayList<>();
                JsonNode answerList = q.get("answers");
                if (answerList != null && answerList.isArray()) {
                    for (JsonNode a : answerList) {
                        AdminRequest answer = new AdminRequest(Map.of(), a);
                        answers.add(new Survey.Answer(answer.number("optionId"), answer.text("value")));
                    }
                }
                questions.add(new Survey.Question(question.number("id"), question.text("title"),
                        question.flag("correct", false), answers));
            }
        }
        return new Survey(r.number("surveyId"), r.text("surveyName"), (int) r.number("surveyType", 1),
                r.text("score", "0"), (int) r.number("completionTime", 0), questions);
    }

    private static Map<String, Object> faultPlan(FaultPlan plan) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("latencyMs", plan.latency().toMillis());
        out.put("jitterMs", plan.jitter().toMillis());
        out.put("serverErrorRate", plan.serverErrorRate());
        out.put("serverErrorStatuses", plan.serverErrorStatuses());
        out.put("resetRate", plan.resetRate());
        out.put("truncatedRate", plan.truncatedRate());
        out.put("htmlRate", plan.htmlRate());
        out.put("htmlStatuses", plan.htmlStatuses());
        out.put("burstRate", plan.burstRate());
        out.put("burstLength", plan.burstLength());
        out.put("afterShare", plan.afterShare());
        out.put("seed", plan.seed());
        return out;
    }

    private static FaultPlan faultPlan(AdminRequest r) {
        FaultPlan.Builder plan = FaultPlan.builder()
                .latency(Duration.ofMillis(r.number("latencyMs", 0)))
                .jitter(Duration.ofMillis(r.number("jitterMs", 0)))
                .resets(r.fraction("resetRate", 0))
                .truncatedJson(r.fraction("truncatedRate", 0))
                .bursts429(r.fraction("burstRate", 0), (int) r.number("burstLength", 5))
                .afterShare(r.fraction("afterShare", 0.5))
                .seed(r.has("seed") ? r.number("seed") : null);
        List<Integer> serverStatuses = integers(r, "serverErrorStatuses");
        List<Integer> htmlStatuses = integers(r, "htmlStatuses");
        plan.serverErrors(r.fraction("serverErrorRate", 0), serverStatuses.isEmpty() ? List.of(500, 502, 503) : serverStatuses);
        plan.htmlPages(r.fraction("htmlRate", 0), htmlStatuses.isEmpty() ? List.of(200, 502) : htmlStatuses);
        return plan.build();
    }

    private static List<Integer> integers(AdminRequest r, String field) {
        return r.strings(field).stream().map(Integer::valueOf).toList();
    }

    private Map<String, Object> outboundTargets() {
        return Map.of("webhooks", sim.outbound().webhooks(),
                "ipn", sim.outbound().ipnTargets().stream().map(AdminRoutes::ipnTarget).toList(),
                "backlog", sim.outbound().backlog(), "lagMs", sim.outbound().lag().toMillis(),
                "dropped", sim.outbound().dropped(), "deliveryLogDropped", sim.outbound().deliveryLogDropped());
    }

    /** An IPN target without its secret. */
    private static Map<String, Object> ipnTarget(IpnTarget target) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("url", target.url());
        out.put("apiKey", target.apiKey());
        out.put("productIds", target.productIds());
        out.put("secretKey", "****");
        return out;
    }

    private static Set<Long> productIds(AdminRequest r) {
        Set<Long> ids = new HashSet<>();
        r.strings("productIds").forEach(id -> ids.add(Long.valueOf(id)));
        return ids;
    }
}
