package io.camelkartra.simulator.state;

import java.math.BigDecimal;
import java.util.NoSuchElementException;
import java.util.function.BiFunction;

/**
 * What happens in Kartra outside the inbound API, for one account: purchases, rebills, chargebacks,
 * memberships, forms, surveys, videos, page visits… Each changes the state where there is state to
 * change, posts the matching Outbound API event and, for payments, the IPN notification. Leads are
 * named by email or id. Misuse (unknown names, a rebill of a cancelled subscription) throws.
 */
public final class EventSimulator {

    private final Account account;
    private final OutboundDispatcher outbound;

    /** Events of {@code account}, sent out through {@code outbound}; {@code KartraSimulator.events(apiKey)} makes one. */
    public EventSimulator(Account account, OutboundDispatcher outbound) {
        this.account = account;
        this.outbound = outbound;
    }

    /** A purchase: {@code buy_product} and IPN {@code sale}; a subscription for recurring price points. */
    public Transaction buyProduct(String lead, long productId, int pricePoint) {
        return buyProduct(lead, productId, pricePoint, PurchaseOptions.DEFAULT);
    }

    public Transaction buyProduct(String lead, long productId, int pricePoint, PurchaseOptions options) {
        return change((data, events) -> {
            Product product = data.product(productId).orElseThrow(() -> new NoSuchElementException("no product " + productId));
            PricePoint point = product.pricePoint(pricePoint)
                    .orElseThrow(() -> new NoSuchElementException("no price point " + pricePoint));
            return new Commerce(data, events).sell(lead(data, lead), product, point, options);
        });
    }

    /** The next payment of an active subscription: IPN {@code rebill}. */
    public Transaction rebill(long subscriptionId) {
        return change((data, events) -> new Commerce(data, events).rebill(subscription(data, subscriptionId)));
    }

    /** A declined payment of an active subscription: IPN {@code failed}. */
    public Transaction failedRebill(long subscriptionId) {
        return change((data, events) -> new Commerce(data, events).failRebill(subscription(data, subscriptionId)));
    }

    /** A chargeback of a sale or rebill: IPN {@code chargeback}. */
    public Transaction chargeback(long transactionId) {
        return change((data, events) -> new Commerce(data, events).chargeback(transaction(data, transactionId)));
    }

    /** A refund made in the Kartra UI (null = all that is left): {@code refund_product}/{@code partial_refund_product} and IPN. */
    public Transaction refund(long transactionId, BigDecimal amount) {
        return change((data, events) -> new Commerce(data, events).refund(transaction(data, transactionId), amount));
    }

    /** A cancellation made in the Kartra UI: {@code cancel_subscription} and IPN {@code cancellation}. */
    public Transaction cancelSubscription(long subscriptionId) {
        return change((data, events) -> new Commerce(data, events).cancel(subscription(data, subscriptionId)));
    }

    public void grantMembership(String lead, String membershipName, String levelName) {
        setMembership(lead, membershipName, levelName, true);
    }

    /** Revokes the lead's access to the membership (whatever its level). */
    public void revokeMembership(String lead, String membershipName) {
        setMembership(lead, membershipName, null, false);
    }

    private void setMembership(String lead, String membershipName, String levelName, boolean active) {
        change((data, events) -> {
            Lead target = lead(data, lead);
            Membership membership = data.membership(membershipName)
                    .orElseThrow(() -> new NoSuchElementException("no membership " + membershipName));
            MembershipLevel level = levelName != null
                    ? membership.levelNamed(levelName).orElseThrow(() -> new NoSuchElementException("no level " + levelName))
                    : target.memberships().stream().filter(m -> m.membership().id() == membership.id())
                            .map(MembershipAccess::level).findFirst()
                            .orElseThrow(() -> new IllegalStateException("the lead has no access to " + membershipName));
            if (target.setMembership(membership, level, active, data.now())) {
                record(target, data, active ? "membership_granted" : "membership_revoked", membershipName);
                events.leadEvent(target, active ? OutboundAction.MEMBERSHIP_GRANTED : OutboundAction.MEMBERSHIP_REVOKED,
                        new MembershipAccess(membership, level, active, data.now()));
            }
            return null;
        });
    }

    public void fillForm(String lead, long formId, String formName) {
        leadEvent(lead, OutboundAction.FILLED_FORM, new NamedItem(formId, formName));
    }

    public void completeSurvey(String lead, Survey survey) {
        leadEvent(lead, OutboundAction.SURVEY_COMPLETE, survey);
    }

    public void playVideo(String lead, long videoId, String videoName) {
        leadEvent(lead, OutboundAction.VIDEO_PLAY, new NamedItem(videoId, videoName));
    }

    public void completeVideo(String lead, long videoId, String videoName) {
        leadEvent(lead, OutboundAction.VIDEO_COMPLETE, new NamedItem(videoId, videoName));
    }

    public void visitPage(String lead, String pageName) {
        change((data, events) -> {
            Page page = data.page(pageName).orElseThrow(() -> new NoSuchElementException("no page " + pageName));
            events.leadEvent(lead(data, lead), OutboundAction.KARTRA_PAGE_VISIT, page);
            return null;
        });
    }

    public void clickSplitTestLink(String lead, long linkId, String linkName) {
        leadEvent(lead, OutboundAction.CLICK_PAGE_SPLIT_TEST_LINK, new NamedItem(linkId, linkName));
    }

    /** {@code reaches_score}: the lead's current score is reported. */
    public void reachScore(String lead) {
        change((data, events) -> {
            Lead target = lead(data, lead);
            events.leadEvent(target, OutboundAction.REACHES_SCORE, target.score());
            return null;
        });
    }

    public void affiliateSignup(String lead, long productId) {
        productEvent(lead, productId, OutboundAction.AFFILIATE_SIGNUP);
    }

    public void jvSignup(String lead, long productId) {
        productEvent(lead, productId, OutboundAction.JV_SIGNUP);
    }

    private void productEvent(String lead, long productId, OutboundAction action) {
        change((data, events) -> {
            Product product = data.product(productId).orElseThrow(() -> new NoSuchElementException("no product " + productId));
            events.leadEvent(lead(data, lead), action, product);
            return null;
        });
    }

    /** The lead attended its booked class: the booking is completed, {@code calendar_complete}. */
    public void completeCalendar(String lead, String calendarName, String className) {
        change((data, events) -> {
            Lead target = lead(data, lead);
            Calendar calendar = data.calendar(calendarName)
                    .orElseThrow(() -> new NoSuchElementException("no calendar " + calendarName));
            CalendarClass calendarClass = calendar.classNamed(className)
                    .orElseThrow(() -> new NoSuchElementException("no class " + className));
            CalendarBooking booking = target.activeBooking(calendar, calendarClass)
                    .orElseThrow(() -> new IllegalStateException("the lead has no booking of " + className))
                    .withStatus(CalendarBooking.Status.COMPLETED);
            target.book(booking);
            record(target, data, "calendar_complete", calendarName + "/" + className);
            events.leadEvent(target, OutboundAction.CALENDAR_COMPLETE, booking);
            return null;
        });
    }

    /** The lead went through the last step: {@code sequence_completion} (the subscription ends). */
    public void completeSequence(String lead, String sequenceName) {
        change((data, events) -> {
            Lead target = lead(data, lead);
            Sequence sequence = data.sequence(sequenceName)
                    .orElseThrow(() -> new NoSuchElementException("no sequence " + sequenceName));
            target.subscribe(sequence, sequence.steps());
            target.unsubscribe(sequence);
            record(target, data, "sequence_completion", sequenceName);
            events.leadEvent(target, OutboundAction.SEQUENCE_COMPLETION, sequence);
            return null;
        });
    }

    private void leadEvent(String lead, OutboundAction action, Object subject) {
        change((data, events) -> {
            events.leadEvent(lead(data, lead), action, subject);
            return null;
        });
    }

    private record Done<T>(T result, OutboundBatch events) {
    }

    /** Runs {@code work} with the account locked, then posts the events it produced. */
    private <T> T change(BiFunction<AccountData, OutboundBatch, T> work) {
        Done<T> done = account.locked(data -> {
            OutboundBatch events = outbound.batch(account.apiKey(), data);
            return new Done<>(work.apply(data, events), events);
        });
        done.events().send();
        return done.result();
    }

    private static void record(Lead lead, AccountData data, String event, String parameter) {
        data.journal(lead, new JournalEntry(data.now(), event, parameter, true));
    }

    private static Lead lead(AccountData data, String emailOrId) {
        return Account.find(data, emailOrId).orElseThrow(() -> new NoSuchElementException("no lead " + emailOrId));
    }

    private static Subscription subscription(AccountData data, long id) {
        return data.subscription(id).orElseThrow(() -> new NoSuchElementException("no subscription " + id));
    }

    private static Transaction transaction(AccountData data, long id) {
        return data.transaction(id).orElseThrow(() -> new NoSuchElementException("no transaction " + id));
    }
}
