package io.camelkartra;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import io.camelkartra.model.KartraInventory;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;

/**
 * The {@code kartra} developer console: per account in use, the App's digest, the rate limiter (mode, budget, calls
 * waiting, refusals), the calls by outcome, the inventory (age, counts, loads, refusals) and the last failures by type;
 * per consumer path, the posts by outcome and status. It shows no credential, App id, lead or Kartra message text.
 */
@DevConsole(name = "kartra", displayName = "Kartra", description = "Kartra accounts, rate limiter, inventory and consumers")
public class KartraDevConsole extends AbstractDevConsole {

    public KartraDevConsole() {
        super("camel", "kartra", "Kartra", "Kartra accounts, rate limiter, inventory and consumers");
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        JsonObject root = new JsonObject();
        JsonArray accounts = new JsonArray();
        JsonArray consumers = new JsonArray();
        for (Map.Entry<String, KartraComponent> component : components().entrySet()) {
            for (KartraAccount account : component.getValue().accounts()) {
                accounts.add(account(component.getKey(), component.getValue(), account));
            }
            for (KartraDeliveryActivity activity : component.getValue().deliveryActivities()) {
                consumers.add(consumer(activity));
            }
        }
        root.put("accounts", accounts);
        root.put("consumers", consumers);
        return root;
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        StringBuilder text = new StringBuilder();
        JsonObject json = (JsonObject) doCallJson(options);
        for (Object each : json.getCollection("accounts")) {
            JsonObject account = (JsonObject) each;
            JsonObject limiter = (JsonObject) account.get("rateLimiter");
            text.append(String.format("Kartra account %s (app %s, component %s)%n", account.get("name"), account.get("app"),
                    account.get("component")));
            text.append(String.format("    Rate limiter: %s, %s calls/s per instance, %s waiting, %s granted (mean wait %s ms), %s refused%n",
                    limiter.get("mode"), limiter.get("callsPerSecond"), limiter.get("waiting"), limiter.get("granted"),
                    limiter.get("meanWaitMillis"), limiter.get("refused")));
            text.append(String.format("    Calls: %s in flight, %s%n", account.get("inFlight"), account.get("calls")));
            JsonObject inventory = (JsonObject) account.get("inventory");
            text.append(String.format("    Inventory: %s%n", inventory));
            for (Object failure : account.getCollection("failures")) {
                JsonObject f = (JsonObject) failure;
                text.append(String.format("    Failure %s type %s: %s, last %s at %s%n", f.get("outcome"), f.get("type"), f.get("count"),
                        f.get("lastCommand"), f.get("lastAt")));
            }
        }
        for (Object each : json.getCollection("consumers")) {
            JsonObject consumer = (JsonObject) each;
            text.append(String.format("Kartra consumer %s on %s: %s", consumer.get("consumer"), consumer.get("path"),
                    consumer.get("deliveries")));
            if (consumer.containsKey("notifications")) {
                text.append(String.format(", IPN by transaction type %s", consumer.get("notifications")));
            }
            text.append(String.format("%n"));
        }
        return text.length() == 0 ? "No Kartra account or consumer in use\n" : text.toString();
    }

    /** The Kartra components of the context by the name routes use ({@code kartra}, or another given to a copy). */
    private Map<String, KartraComponent> components() {
        Map<String, KartraComponent> components = new TreeMap<>();
        for (String name : getCamelContext().getComponentNames()) {
            if (getCamelContext().hasComponent(name) instanceof KartraComponent component) {
                components.put(name, component);
            }
        }
        return components;
    }

    private static JsonObject account(String componentName, KartraComponent component, KartraAccount account) {
        KartraCallActivity activity = account.activity();
        JsonObject json = new JsonObject();
        json.put("name", account.name());
        json.put("component", componentName);
        json.put("app", account.app());
        JsonObject limiter = new JsonObject();
        limiter.put("mode", component.rateLimiterMode());
        limiter.put("callsPerSecond", component.getRateLimiter() != null || component.getRateLimit() <= 0 ? null
                : (double) component.getRateLimit() / component.getRateLimitReplicas());
        limiter.put("waiting", activity.waiting());
        limiter.put("granted", activity.slotsGranted());
        limiter.put("meanWaitMillis", Math.round(activity.meanSlotWaitMillis() * 10) / 10.0);
        limiter.put("refused", activity.slotsRefused());
        json.put("rateLimiter", limiter);
        json.put("inFlight", activity.inFlight());
        json.put("calls", new JsonObject(activity.calls()));
        json.put("inventory", inventory(account.inventory().current(), activity));
        JsonArray failures = new JsonArray();
        for (KartraCallActivity.Failure failure : activity.failures()) {
            JsonObject f = new JsonObject();
            f.put("outcome", failure.outcome());
            f.put("type", failure.type());
            f.put("count", failure.count());
            f.put("lastCommand", failure.lastCommand());
            f.put("lastAt", failure.lastAt() == null ? null : failure.lastAt().toString());
            failures.add(f);
        }
        json.put("failures", failures);
        return json;
    }

    private static JsonObject inventory(KartraInventory inventory, KartraCallActivity activity) {
        JsonObject json = new JsonObject();
        json.put("loads", activity.inventoryLoads());
        json.put("lastLoad", activity.lastInventoryLoad());
        if (inventory != null) {
            json.put("loadedAt", inventory.getLoadedAt().toString());
            json.put("ageSeconds", Duration.between(inventory.getLoadedAt(), Instant.now()).toSeconds());
            json.put("tags", inventory.getTags().size());
            json.put("lists", inventory.getLists().size());
            json.put("sequences", inventory.getSequences().size());
            json.put("customFields", inventory.getCustomFields().size());
            json.put("pages", inventory.getPages().size());
        }
        json.put("refusedBeforeSending", new JsonObject(activity.refusedBeforeSending()));
        return json;
    }

    private static JsonObject consumer(KartraDeliveryActivity activity) {
        JsonObject json = new JsonObject();
        json.put("consumer", activity.consumer());
        json.put("path", activity.path());
        json.put("deliveries", new JsonObject(activity.deliveries()));
        if (activity.consumer().equals(KartraOperation.ipn.name())) {
            json.put("notifications", new JsonObject(activity.notifications()));
        }
        return json;
    }
}
