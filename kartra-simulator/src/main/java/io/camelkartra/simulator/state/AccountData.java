package io.camelkartra.simulator.state;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one Kartra account holds. Not thread-safe: reach it only through {@link Account#locked},
 * so that one API call (one lead, many actions) is applied atomically. Names of tags, lists,
 * sequences, calendars, classes, custom fields and lead emails match ignoring case, as Kartra's
 * case-insensitive database collation would.
 */
final class AccountData {

    /** The id of an account's first lead; the others follow in the order they are made. */
    private static final long FIRST_LEAD_ID = 1001;

    private final Clock clock;
    private final int journalLimit;
    /** The lead of each journal entry, oldest first: the entry to forget when the journal is full. */
    private final Deque<Lead> journalOrder = new ArrayDeque<>();
    private long journalDropped;
    private Instant lastNow = Instant.EPOCH;
    /** Next id per kind of object, each counted on its own like a database table. */
    private final Map<String, Long> nextIds = new HashMap<>(Map.of("option", 601L,
            "transaction", 48101L, "subscription", 14801L));

    private final Map<String, Tag> tags = new LinkedHashMap<>();
    private final Map<String, MailingList> lists = new LinkedHashMap<>();
    private final Map<String, Sequence> sequences = new LinkedHashMap<>();
    private final Map<String, CustomField> customFields = new LinkedHashMap<>();
    private final Map<String, Calendar> calendars = new LinkedHashMap<>();
    private final Map<String, Page> pages = new LinkedHashMap<>();
    private final Map<String, Membership> memberships = new LinkedHashMap<>();
    private final Map<Long, Product> products = new LinkedHashMap<>();
    /** Every lead, in the order they were made: the lead with id {@code FIRST_LEAD_ID + n} is at {@code n}. */
    private final List<Lead> leads = new ArrayList<>();
    private final Map<String, Lead> leadsByEmail = new HashMap<>();
    private final Map<Long, Transaction> transactions = new LinkedHashMap<>();
    private final Map<Long, Subscription> subscriptions = new LinkedHashMap<>();

    AccountData(Clock clock, int journalLimit) {
        this.clock = clock;
        this.journalLimit = journalLimit;
    }

    /** Kartra's timestamps have whole seconds; within one second the same instance, which leads and journals share. */
    Instant now() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        if (!now.equals(lastNow)) {
            lastNow = now;
        }
        return lastNow;
    }

    /**
     * Adds to the lead's journal. The account keeps at most {@code journalLimit} entries over all its leads: past that,
     * the oldest entry is forgotten and counted in {@link #journalDropped()}.
     */
    void journal(Lead lead, JournalEntry entry) {
        if (journalLimit <= 0) {
            journalDropped++;
            return;
        }
        lead.record(entry);
        journalOrder.addLast(lead);
        if (journalOrder.size() > journalLimit) {
            journalOrder.removeFirst().forgetOldestJournalEntry();
            journalDropped++;
        }
    }

    /** Journal entries forgotten to keep within the limit. */
    long journalDropped() {
        return journalDropped;
    }

    private long nextId(String kind) {
        long id = nextIds.getOrDefault(kind, 1L);
        nextIds.put(kind, id + 1);
        return id;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    // ---- catalogue: adding an existing name returns the existing object

    Tag addTag(String name) {
        return tags.computeIfAbsent(key(name), k -> new Tag(nextId("tag"), name));
    }

    Optional<Tag> tag(String name) {
        return Optional.ofNullable(tags.get(key(name)));
    }

    Collection<Tag> tags() {
        return Collections.unmodifiableCollection(tags.values());
    }

    MailingList addList(String name) {
        return lists.computeIfAbsent(key(name), k -> new MailingList(nextId("list"), name));
    }

    Optional<MailingList> list(String name) {
        return Optional.ofNullable(lists.get(key(name)));
    }

    Collection<MailingList> lists() {
        return Collections.unmodifiableCollection(lists.values());
    }

    Sequence addSequence(String name, int steps) {
        if (steps < 1) {
            throw new IllegalArgumentException("a sequence needs at least one step");
        }
        return sequences.computeIfAbsent(key(name), k -> new Sequence(nextId("sequence"), name, steps));
    }

    Optional<Sequence> sequence(String name) {
        return Optional.ofNullable(sequences.get(key(name)));
    }

    Collection<Sequence> sequences() {
        return Collections.unmodifiableCollection(sequences.values());
    }

    /** Adds a custom field; option fields need two or more options. Fails if the identifier exists. */
    CustomField addCustomField(String identifier, CustomFieldType type, List<String> options) {
        if (customFields.containsKey(key(identifier))) {
            throw new IllegalArgumentException("custom field exists: " + identifier);
        }
        if (type.hasOptions() && options.size() < 2) {
            throw new IllegalArgumentException("a " + type.wireName() + " field needs two or more options");
        }
        List<FieldOption> fieldOptions = new ArrayList<>();
        if (type.hasOptions()) {
            options.forEach(o -> fieldOptions.add(new FieldOption(nextId("option"), o)));
        }
        CustomField field = new CustomField(nextId("custom_field"), identifier, type, fieldOptions);
        customFields.put(key(identifier), field);
        return field;
    }

    Optional<CustomField> customField(String identifier) {
        return Optional.ofNullable(customFields.get(key(identifier)));
    }

    Collection<CustomField> customFields() {
        return Collections.unmodifiableCollection(customFields.values());
    }

    Calendar addCalendar(String name, boolean completed, String timezone, List<CalendarHost> hosts,
            List<String> classNames) {
        return calendars.computeIfAbsent(key(name), k -> {
            long id = nextId("calendar");
            List<CalendarClass> classes = new ArrayList<>();
            classNames.forEach(c -> classes.add(new CalendarClass(nextId("class"), c)));
            return new Calendar(id, name, completed, timezone, hosts, classes);
        });
    }

    Optional<Calendar> calendar(String name) {
        return Optional.ofNullable(calendars.get(key(name)));
    }

    Collection<Calendar> calendars() {
        return Collections.unmodifiableCollection(calendars.values());
    }

    Page addPage(String name) {
        return pages.computeIfAbsent(key(name), k -> new Page(nextId("page"), name));
    }

    Collection<Page> pages() {
        return Collections.unmodifiableCollection(pages.values());
    }

    Optional<Page> page(String name) {
        return Optional.ofNullable(pages.get(key(name)));
    }

    Membership addMembership(String name, List<String> levelNames) {
        return memberships.computeIfAbsent(key(name), k -> {
            long id = nextId("membership");
            List<MembershipLevel> levels = new ArrayList<>();
            levelNames.forEach(l -> levels.add(new MembershipLevel(nextId("level"), l)));
            return new Membership(id, name, levels);
        });
    }

    Optional<Membership> membership(String name) {
        return Optional.ofNullable(memberships.get(key(name)));
    }

    Collection<Membership> memberships() {
        return Collections.unmodifiableCollection(memberships.values());
    }

    Product addProduct(String name, int refundPeriodDays, List<PricePoint> pricePoints) {
        Product product = new Product(nextId("product"), name, pricePoints, refundPeriodDays);
        products.put(product.id(), product);
        return product;
    }

    Optional<Product> product(long id) {
        return Optional.ofNullable(products.get(id));
    }

    Collection<Product> products() {
        return Collections.unmodifiableCollection(products.values());
    }

    // ---- leads

    /** Creates a lead; fails if the email is taken (also by a deleted lead, whose email stays taken). */
    Lead createLead(String email) {
        if (leadsByEmail.containsKey(key(email))) {
            throw new IllegalArgumentException("lead exists: " + email);
        }
        Lead lead = new Lead(FIRST_LEAD_ID + leads.size(), email, now());
        leads.add(lead);
        leadsByEmail.put(key(email), lead);
        return lead;
    }

    Optional<Lead> lead(long id) {
        long index = id - FIRST_LEAD_ID;
        return settled(index >= 0 && index < leads.size() ? leads.get((int) index) : null);
    }

    Optional<Lead> leadByEmail(String email) {
        return settled(leadsByEmail.get(key(email)));
    }

    private Optional<Lead> settled(Lead lead) {
        if (lead != null) {
            lead.settleExpiredPoints(now()).forEach(expired -> journal(lead, expired));
        }
        return Optional.ofNullable(lead);
    }

    /** Changes a lead's email; false (nothing changed) when another lead has it. */
    boolean changeEmail(Lead lead, String newEmail) {
        Lead owner = leadsByEmail.get(key(newEmail));
        if (owner != null && owner != lead) {
            return false;
        }
        leadsByEmail.remove(key(lead.email()));
        lead.email(newEmail);
        leadsByEmail.put(key(newEmail), lead);
        return true;
    }

    /** Soft-deletes a lead: it stays, with its email taken, and answers 245. */
    void delete(Lead lead) {
        lead.markDeleted(now());
    }

    Collection<Lead> leads() {
        leads.forEach(this::settled);
        return Collections.unmodifiableList(leads);
    }

    // ---- payments

    long nextTransactionId() {
        return nextId("transaction");
    }

    long nextSubscriptionId() {
        return nextId("subscription");
    }

    long nextBookingId() {
        return nextId("booking");
    }

    void put(Transaction transaction) {
        transactions.put(transaction.id(), transaction);
    }

    Optional<Transaction> transaction(long id) {
        return Optional.ofNullable(transactions.get(id));
    }

    Collection<Transaction> transactions() {
        return Collections.unmodifiableCollection(transactions.values());
    }

    List<Transaction> transactionsOf(long leadId) {
        return transactions.values().stream().filter(t -> t.leadId() == leadId).toList();
    }

    /** What refunds and partial refunds of {@code sale} have given back so far. */
    BigDecimal refundedAmount(Transaction sale) {
        return transactions.values().stream()
                .filter(t -> t.parentId() == sale.id()
                        && (t.type() == TransactionType.REFUND || t.type() == TransactionType.PARTIAL_REFUND))
                .map(Transaction::fullAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    void put(Subscription subscription) {
        subscriptions.put(subscription.id(), subscription);
    }

    Optional<Subscription> subscription(long id) {
        return Optional.ofNullable(subscriptions.get(id));
    }

    Optional<Subscription> subscriptionByGatewayId(String gatewayId) {
        return subscriptions.values().stream().filter(s -> s.gatewaySubscriptionId().equals(gatewayId)).findFirst();
    }

    Collection<Subscription> subscriptions() {
        return Collections.unmodifiableCollection(subscriptions.values());
    }

    List<Subscription> subscriptionsOf(long leadId) {
        return subscriptions.values().stream().filter(s -> s.leadId() == leadId).toList();
    }
}
