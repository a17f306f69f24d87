package io.camelkartra.simulator.state;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A lead of an account. Mutable and not thread-safe: reach it only through {@link Account#locked}.
 * The mutators return whether the lead changed, which decides whether an outbound event is sent.
 * <p>
 * An account may hold hundreds of thousands of leads, so a lead keeps only what it has: its profile
 * fields in an array by {@link LeadFields} position (no longer than the last field set needs), and its
 * tags, lists, sequences and the rest in lists made at the first entry (an empty one is the shared
 * {@code List.of()}). A lead has few of each, so a search through them is as quick as a map.
 */
final class Lead {

    private final long id;
    private final Instant dateJoined;
    private String email;
    /**
     * Field values by {@link LeadFields#position}, null for a field at its default; as long as the last field set
     * needs (the common ones come first), and null until a field is set.
     */
    private String[] fields;
    private long score;
    private List<PointsGrant> expiringGrants = List.of();
    private Instant deletedAt;
    private List<Tag> tags = List.of();
    private List<ListSubscription> lists = List.of();
    private List<SequenceSubscription> sequences = List.of();
    private Map<Long, Object> customFieldValues = Map.of();
    private List<MembershipAccess> memberships = List.of();
    private List<CalendarBooking> bookings = List.of();
    /** Oldest first; made at the first entry. The account forgets the oldest entries of its leads past its limit. */
    private ArrayDeque<JournalEntry> journal;

    Lead(long id, String email, Instant dateJoined) {
        this.id = id;
        this.email = email;
        this.dateJoined = dateJoined;
    }

    long id() {
        return id;
    }

    String email() {
        return email;
    }

    void email(String value) {
        email = value;
    }

    Instant dateJoined() {
        return dateJoined;
    }

    /** A profile field by wire name ({@code first_name}…), {@code ""} when unset. */
    String field(String name) {
        int position = LeadFields.position(name);
        String value = fields == null || position < 0 || position >= fields.length ? null : fields[position];
        return value != null ? value : LeadFields.defaultValue(name);
    }

    boolean setField(String name, String value) {
        if (value.equals(field(name))) {
            return false;
        }
        int position = LeadFields.position(name);
        if (position < 0) {
            throw new IllegalArgumentException("no lead field named " + name);
        }
        if (fields == null || position >= fields.length) {
            fields = fields == null ? new String[position + 1] : Arrays.copyOf(fields, position + 1);
        }
        fields[position] = value;
        return true;
    }

    long score() {
        return score;
    }

    void addPoints(long points, Instant expiresAt) {
        score += points;
        if (expiresAt != null) {
            expiringGrants = added(expiringGrants, new PointsGrant(points, expiresAt));
        }
    }

    /** Deducts the points whose expiration has passed; returns the journal entries of the deductions. */
    List<JournalEntry> settleExpiredPoints(Instant now) {
        if (expiringGrants.isEmpty()) {
            return List.of();
        }
        List<JournalEntry> expired = new ArrayList<>();
        List<PointsGrant> left = new ArrayList<>();
        for (PointsGrant grant : expiringGrants) {
            if (grant.expiresAt().isAfter(now)) {
                left.add(grant);
            } else {
                score -= grant.points();
                expired.add(new JournalEntry(grant.expiresAt(), "points_expired", Long.toString(grant.points()), true));
            }
        }
        expiringGrants = left.isEmpty() ? List.of() : left;
        return expired;
    }

    boolean deleted() {
        return deletedAt != null;
    }

    Instant deletedAt() {
        return deletedAt;
    }

    void markDeleted(Instant at) {
        deletedAt = at;
    }

    Collection<Tag> tags() {
        return Collections.unmodifiableList(tags);
    }

    boolean addTag(Tag tag) {
        if (indexOf(tags, t -> t.id() == tag.id()) >= 0) {
            return false;
        }
        tags = added(tags, tag);
        return true;
    }

    boolean removeTag(Tag tag) {
        int at = indexOf(tags, t -> t.id() == tag.id());
        if (at < 0) {
            return false;
        }
        tags.remove(at);
        return true;
    }

    Collection<ListSubscription> lists() {
        return Collections.unmodifiableList(lists);
    }

    boolean subscribe(MailingList list) {
        int at = indexOf(lists, s -> s.list().id() == list.id());
        if (at < 0) {
            lists = added(lists, new ListSubscription(list, true));
            return true;
        }
        boolean wasActive = lists.get(at).active();
        lists.set(at, new ListSubscription(list, true));
        return !wasActive;
    }

    /** Unsubscribing a lead that is not subscribed is a no-op. */
    boolean unsubscribe(MailingList list) {
        int at = indexOf(lists, s -> s.list().id() == list.id());
        if (at < 0 || !lists.get(at).active()) {
            return false;
        }
        lists.set(at, new ListSubscription(list, false));
        return true;
    }

    Collection<SequenceSubscription> sequences() {
        return Collections.unmodifiableList(sequences);
    }

    boolean subscribe(Sequence sequence, int step) {
        SequenceSubscription now = new SequenceSubscription(sequence, step, true);
        int at = indexOf(sequences, s -> s.sequence().id() == sequence.id());
        if (at < 0) {
            sequences = added(sequences, now);
            return true;
        }
        return !now.equals(sequences.set(at, now));
    }

    boolean unsubscribe(Sequence sequence) {
        int at = indexOf(sequences, s -> s.sequence().id() == sequence.id());
        if (at < 0 || !sequences.get(at).active()) {
            return false;
        }
        sequences.set(at, new SequenceSubscription(sequence, sequences.get(at).step(), false));
        return true;
    }

    /**
     * A custom field's value: a {@link String} for text fields, a {@link Long} option id for drop-down
     * and radio, a {@code List<Long>} of option ids for checkbox; empty when unset.
     */
    Optional<Object> customFieldValue(CustomField field) {
        return Optional.ofNullable(customFieldValues.get(field.id()));
    }

    /** Sets (or with null, clears) a custom field value; see {@link #customFieldValue}. */
    boolean setCustomFieldValue(CustomField field, Object value) {
        if (value == null && customFieldValues.isEmpty()) {
            return false;
        }
        if (customFieldValues.isEmpty()) {
            customFieldValues = new HashMap<>(4);
        }
        Object before = value == null ? customFieldValues.remove(field.id()) : customFieldValues.put(field.id(), value);
        return !Objects.equals(before, value);
    }

    List<MembershipAccess> memberships() {
        return Collections.unmodifiableList(memberships);
    }

    boolean setMembership(Membership membership, MembershipLevel level, boolean active, Instant at) {
        for (int i = 0; i < memberships.size(); i++) {
            MembershipAccess access = memberships.get(i);
            if (access.membership().id() == membership.id()) {
                if (access.level().id() == level.id() && access.active() == active) {
                    return false;
                }
                memberships.set(i, new MembershipAccess(membership, level, active, active ? at : access.grantedAt()));
                return true;
            }
        }
        memberships = added(memberships, new MembershipAccess(membership, level, active, at));
        return true;
    }

    List<CalendarBooking> bookings() {
        return Collections.unmodifiableList(bookings);
    }

    /** The lead's active booking of that class, if any. */
    Optional<CalendarBooking> activeBooking(Calendar calendar, CalendarClass calendarClass) {
        return bookings.stream()
                .filter(b -> b.status() == CalendarBooking.Status.ACTIVE && b.calendar().id() == calendar.id()
                        && b.calendarClass().id() == calendarClass.id())
                .findFirst();
    }

    /** Adds a booking, or replaces the one with the same id. */
    void book(CalendarBooking booking) {
        for (int i = 0; i < bookings.size(); i++) {
            if (bookings.get(i).id() == booking.id()) {
                bookings.set(i, booking);
                return;
            }
        }
        bookings = added(bookings, booking);
    }

    List<JournalEntry> journal() {
        return journal == null ? List.of() : List.copyOf(journal);
    }

    /** Adds to the journal; {@link AccountData#journal} keeps the account's journal within its limit. */
    void record(JournalEntry entry) {
        if (journal == null) {
            journal = new ArrayDeque<>(4);
        }
        journal.addLast(entry);
    }

    /** Forgets the oldest journal entry. */
    void forgetOldestJournalEntry() {
        journal.removeFirst();
    }

    private static <T> int indexOf(List<T> list, Predicate<T> match) {
        for (int i = 0; i < list.size(); i++) {
            if (match.test(list.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The list with the item added: the list itself once it is an {@link ArrayList}, else a small new one. */
    private static <T> List<T> added(List<T> list, T item) {
        List<T> mutable = list instanceof ArrayList<T> grown ? grown : new ArrayList<>(Math.max(2, list.size() + 1));
        if (mutable != list) {
            mutable.addAll(list);
        }
        mutable.add(item);
        return mutable;
    }
}
