package io.camelkartra.simulator.state;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A Kartra user account ({@code api_key}, {@code api_password}, active flag) and the thread-safe
 * way to its {@link AccountData}. The seeding and read-back methods here each take the account's
 * lock; read-backs return immutable snapshots. The password is never exposed, only compared.
 */
public final class Account {

    private final String apiKey;
    private volatile String apiPassword;
    private volatile boolean active = true;
    private final ReentrantLock lock = new ReentrantLock();
    private final AccountData data;

    Account(String apiKey, String apiPassword, Clock clock, int journalLimit) {
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
        this.apiPassword = Objects.requireNonNull(apiPassword, "apiPassword");
        this.data = new AccountData(clock, journalLimit);
    }

    public String apiKey() {
        return apiKey;
    }

    public boolean active() {
        return active;
    }

    /** An inactive account answers 204 "API Account inactive". */
    public Account active(boolean value) {
        active = value;
        return this;
    }

    public Account apiPassword(String value) {
        apiPassword = Objects.requireNonNull(value);
        return this;
    }

    boolean passwordMatches(String candidate) {
        return candidate != null && MessageDigest.isEqual(candidate.getBytes(StandardCharsets.UTF_8),
                apiPassword.getBytes(StandardCharsets.UTF_8));
    }

    /** Journal entries this account forgot to keep within the simulator's {@code journalLimit}. */
    public long journalDropped() {
        return locked(AccountData::journalDropped);
    }

    /** Runs {@code work} with the account locked; the only way to the mutable state. */
    <T> T locked(Function<AccountData, T> work) {
        lock.lock();
        try {
            return work.apply(data);
        } finally {
            lock.unlock();
        }
    }

    void update(Consumer<AccountData> work) {
        locked(d -> {
            work.accept(d);
            return null;
        });
    }

    // ---- seeding

    public Tag addTag(String name) {
        return locked(d -> d.addTag(name));
    }

    public MailingList addList(String name) {
        return locked(d -> d.addList(name));
    }

    public Sequence addSequence(String name, int steps) {
        return locked(d -> d.addSequence(name, steps));
    }

    public CustomField addCustomField(String identifier, CustomFieldType type, String... options) {
        return locked(d -> d.addCustomField(identifier, type, List.of(options)));
    }

    /** A completed calendar in the Eastern time zone, with one host and these classes. */
    public Calendar addCalendar(String name, String... classes) {
        return locked(d -> d.addCalendar(name, true, KartraTime.EASTERN.getId(),
                List.of(new CalendarHost("Casey", "Host", "host@example.com")), List.of(classes)));
    }

    /** A calendar whose set-up in Kartra is not finished: subscribing a lead to it answers 257. */
    public Calendar addUnfinishedCalendar(String name, String... classes) {
        return locked(d -> d.addCalendar(name, false, KartraTime.EASTERN.getId(), List.of(), List.of(classes)));
    }

    public Page addPage(String name) {
        return locked(d -> d.addPage(name));
    }

    public Membership addMembership(String name, String... levels) {
        return locked(d -> d.addMembership(name, List.of(levels)));
    }

    /** A product refundable for 30 days. */
    public Product addProduct(String name, PricePoint... pricePoints) {
        return addProduct(name, 30, pricePoints);
    }

    /** A product whose sales can be refunded for {@code refundPeriodDays} (250 after that). */
    public Product addProduct(String name, int refundPeriodDays, PricePoint... pricePoints) {
        return locked(d -> d.addProduct(name, refundPeriodDays, List.of(pricePoints)));
    }

    public LeadView addLead(String email) {
        return addLead(LeadSeed.email(email));
    }

    /** Puts a lead in directly (no outbound event); fails if the email is taken or a named object is unknown. */
    public LeadView addLead(LeadSeed seed) {
        return locked(d -> view(d, LeadSeeder.apply(d, seed)));
    }

    /** Soft-deletes the lead with this email or id; false when there is none. */
    public boolean deleteLead(String emailOrId) {
        return locked(d -> find(d, emailOrId).map(lead -> {
            d.delete(lead);
            return true;
        }).orElse(false));
    }

    // ---- read-back

    public Optional<LeadView> lead(String email) {
        return locked(d -> d.leadByEmail(email).map(l -> view(d, l)));
    }

    public Optional<LeadView> leadById(long id) {
        return locked(d -> d.lead(id).map(l -> view(d, l)));
    }

    /** All leads, deleted ones included. */
    public List<LeadView> leads() {
        return locked(d -> d.leads().stream().map(l -> view(d, l)).toList());
    }

    /** The number of leads that are not deleted. */
    public int leadCount() {
        return locked(d -> (int) d.leads().stream().filter(l -> !l.deleted()).count());
    }

    public List<Tag> tags() {
        return locked(d -> List.copyOf(d.tags()));
    }

    public List<MailingList> lists() {
        return locked(d -> List.copyOf(d.lists()));
    }

    public List<Sequence> sequences() {
        return locked(d -> List.copyOf(d.sequences()));
    }

    public List<CustomField> customFields() {
        return locked(d -> List.copyOf(d.customFields()));
    }

    public Optional<CustomField> customField(String identifier) {
        return locked(d -> d.customField(identifier));
    }

    public List<Calendar> calendars() {
        return locked(d -> List.copyOf(d.calendars()));
    }

    public List<Page> pages() {
        return locked(d -> List.copyOf(d.pages()));
    }

    public List<Membership> memberships() {
        return locked(d -> List.copyOf(d.memberships()));
    }

    public List<Product> products() {
        return locked(d -> List.copyOf(d.products()));
    }

    public List<Transaction> transactions() {
        return locked(d -> List.copyOf(d.transactions()));
    }

    public Optional<Transaction> transaction(long id) {
        return locked(d -> d.transaction(id));
    }

    public List<Subscription> subscriptions() {
        return locked(d -> List.copyOf(d.subscriptions()));
    }

    public Optional<Subscription> subscription(long id) {
        return locked(d -> d.subscription(id));
    }

    /** The lead with this email, or with this id when it is all digits. */
    static Optional<Lead> find(AccountData data, String emailOrId) {
        return emailOrId.matches("\\d{1,18}") ? data.lead(Long.parseLong(emailOrId)) : data.leadByEmail(emailOrId);
    }

    /** A snapshot of {@code lead}. */
    private static LeadView view(AccountData data, Lead lead) {
        Map<String, String> fields = new LinkedHashMap<>();
        LeadFields.WRITABLE.forEach(f -> fields.put(f, lead.field(f)));
        LeadFields.SYSTEM_DEFAULTS.keySet().stream().sorted().forEach(f -> fields.put(f, lead.field(f)));
        Map<String, Integer> sequences = new LinkedHashMap<>();
        lead.sequences().stream().filter(SequenceSubscription::active).forEach(s -> sequences.put(s.sequence().name(), s.step()));
        Map<String, Object> custom = new LinkedHashMap<>();
        for (CustomField field : data.customFields()) {
            lead.customFieldValue(field).ifPresent(value -> custom.put(field.identifier(), readable(field, value)));
        }
        return new LeadView(lead.id(), lead.email(), fields, lead.score(), lead.deleted(),
                lead.tags().stream().map(Tag::name).toList(),
                lead.lists().stream().filter(ListSubscription::active).map(s -> s.list().name()).toList(),
                sequences, custom,
                lead.memberships().stream().filter(MembershipAccess::active)
                        .map(m -> m.membership().name() + "/" + m.level().name()).toList(),
                lead.bookings().stream().filter(b -> b.status() == CalendarBooking.Status.ACTIVE)
                        .map(b -> b.calendar().name() + "/" + b.calendarClass().name()).toList(),
                List.copyOf(lead.journal()));
    }

    private static Object readable(CustomField field, Object value) {
        if (value instanceof Long optionId) {
            return field.option(optionId).map(FieldOption::value).orElse("");
        }
        if (value instanceof List<?> ids) {
            List<String> values = new ArrayList<>();
            ids.forEach(id -> field.option((Long) id).ifPresent(o -> values.add(o.value())));
            return values;
        }
        return value;
    }
}
