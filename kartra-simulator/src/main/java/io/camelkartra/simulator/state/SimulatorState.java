package io.camelkartra.simulator.state;

import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * All Apps and accounts of the simulator. Apps are immutable values replaced atomically; each
 * account guards its own data with its own lock, so calls on different accounts never contend.
 */
public final class SimulatorState {

    /** The demo App's id (see {@link #addDemoData()}). */
    public static final String DEMO_APP_ID = "SimulatorApp";
    /** The demo account's API key. */
    public static final String DEMO_API_KEY = "DemoUser";
    /** The demo account's API password. */
    public static final String DEMO_API_PASSWORD = "DemoPassword";

    private final Clock clock;
    private final int journalLimit;
    private final ConcurrentHashMap<String, App> apps = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Account> accounts = new ConcurrentHashMap<>();

    /**
     * @param journalLimit how many journal entries each account keeps over all its leads; the oldest go first
     */
    public SimulatorState(Clock clock, int journalLimit) {
        this.clock = clock;
        this.journalLimit = journalLimit;
    }

    /**
     * Adds the demo App and account, with the catalogue, leads and payments the module README lists (the same ids on
     * every call); a simulator built with {@code demoData(true)}, the default, starts with them.
     */
    public void addDemoData() {
        DemoData.seed(this);
    }

    /** Adds an active, live App without restrictions (replacing one with the same id). */
    public App addApp(String appId) {
        return putApp(App.of(appId));
    }

    public App putApp(App app) {
        apps.put(app.appId(), app);
        return app;
    }

    /** Changes an App atomically, e.g. {@code updateApp(id, a -> a.withMode(AppMode.TEST))}. */
    public App updateApp(String appId, UnaryOperator<App> change) {
        App updated = apps.computeIfPresent(appId, (id, app) -> change.apply(app));
        if (updated == null) {
            throw new NoSuchElementException("no app " + appId);
        }
        return updated;
    }

    public App app(String appId) {
        return findApp(appId).orElseThrow(() -> new NoSuchElementException("no app " + appId));
    }

    public Optional<App> findApp(String appId) {
        return Optional.ofNullable(apps.get(appId));
    }

    public List<App> apps() {
        return List.copyOf(apps.values());
    }

    /** Adds an active, empty account; fails if the API key is taken. */
    public Account addAccount(String apiKey, String apiPassword) {
        Account account = new Account(apiKey, apiPassword, clock, journalLimit);
        if (accounts.putIfAbsent(apiKey, account) != null) {
            throw new IllegalArgumentException("an account with this API key exists");
        }
        return account;
    }

    public Account account(String apiKey) {
        return findAccount(apiKey).orElseThrow(() -> new NoSuchElementException("no account with this API key"));
    }

    public Optional<Account> findAccount(String apiKey) {
        return Optional.ofNullable(accounts.get(apiKey));
    }

    public List<Account> accounts() {
        return List.copyOf(accounts.values());
    }

    public void clear() {
        apps.clear();
        accounts.clear();
    }
}
