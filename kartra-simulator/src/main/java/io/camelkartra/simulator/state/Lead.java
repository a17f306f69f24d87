package io.camelkartra.simulator.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A lead of an account. Mutable and not thread-safe: reach it only through {@link Account#locked}.
 * The mutators return whether the lead changed, which decides whether an outbound event is sent.
 */
final class Lead {

    private final long id;
    private final Instant dateJoined;
    private String email;
    private final Map<String, String> fields = new HashMap<>(LeadFields.SYSTEM_DEFAULTS);
    private long score;
    private final List<PointsGrant> expiringGrants = new ArrayList<>();
    private Instant deletedAt;
    private final Map<Long, Tag> tags = new LinkedHashMap<>();
    private final Map<Long, ListSubscription> lists = new LinkedHashMap<>();
    private final Map<Long, SequenceSubscription> sequences = new LinkedHashMap<>();
    private final Map<Long, Object> customFieldValues = new HashMap<>();
    private final List<MembershipAccess> memberships = new ArrayList<>();
    private final List<CalendarBooking> bookings = new ArrayList<>();
    private final List<JournalEntry> journal = new ArrayList<>();

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
        return fields.getOrDefault(name, "");
    }

    boolean setField(String name, String value) {
        if (value.equals(field(name))) {
            return false;
        }
        fields.put(name, value);
        return true;
    }

    long score() {
        return score;
    }

    void addPoints(long points, Instant expiresAt) {
        score += points;
        if (expiresAt != null) {
            expiringGrants.add(new PointsGrant(points, expiresAt));
        }
    }

    /** Deducts the points whose expiration has passed. */
    void settleExpiredPoints(Instant now) {
        for (Iterator<PointsGrant> it = expiringGrants.iterator(); it.hasNext();) {
            PointsGrant grant = it.next();
            if (!grant.expiresAt().isAfter(now)) {
                score -= grant.points();
                journal.add(new JournalEntry(grant.expiresAt(), "points_expired", Long.toString(grant.points()), true));
                it.remove();
            }
        }
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
        return Collections.unmodifiableCollection(tags.values());
    }

    boolean addTag(Tag tag) {
        return tags.put(tag.id(), tag) == null;
    }

    boolean removeTag(Tag tag) {
        return tags.remove(tag.id()) != null;
    }

    Collection<ListSubscription> lists() {
        return Collections.unmodifiableCollection(lists.values());
    }

    boolean subscribe(MailingList list) {
        ListSubscription before = lists.put(list.id(), new ListSubscription(list, true));
        return before == null || !before.active();
    }

    /** Unsubscribing a lead that is not subscribed is a no-op. */
    boolean unsubscribe(MailingList list) {
        ListSubscription before = lists.get(list.id());
        if (before == null || !before.active()) {
            return false;
        }
        lists.put(list.id(), new ListSubscription(list, false));
        return true;
    }

    Collection<SequenceSubscription> sequences() {
        return Collections.unmodifiableCollection(sequences.values());
    }

    boolean subscribe(Sequence sequence, int step) {
        SequenceSubscription now = new SequenceSubscription(sequence, step, true);
        return !now.equals(sequences.put(sequence.id(), now));
    }

    boolean unsubscribe(Sequence sequence) {
        SequenceSubscription before = sequences.get(sequence.id());
        if (before == null || !before.active()) {
            return false;
        }
        sequences.put(sequence.id(), new SequenceSubscription(sequence, before.step(), false));
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
        memberships.add(new MembershipAccess(membership, level, active, at));
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
        bookings.add(booking);
    }

    List<JournalEntry> journal() {
        return Collections.unmodifiableList(journal);
    }

    void record(JournalEntry entry) {
        journal.add(entry);
    }
}
