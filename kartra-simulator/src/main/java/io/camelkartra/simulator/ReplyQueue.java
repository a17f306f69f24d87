package io.camelkartra.simulator;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * The replies queued with {@link KartraSimulator#enqueue(Reply...)}, and the calls they hold: a delayed or hanging
 * call waits here, and {@link #clear()} (on {@code reset()} and {@code stop()}) ends every such wait so that no call
 * of a finished test lands in the next one.
 */
final class ReplyQueue {

    private final Deque<Reply> queue = new ArrayDeque<>();
    /** The queue's size, read without the lock so that calls pay nothing for an empty queue. */
    private volatile int queued;
    /** Bumped by {@link #clear()}; a held call that sees it change was released. */
    private long generation;

    synchronized void add(List<Reply> replies) {
        queue.addAll(replies);
        queued = queue.size();
    }

    int size() {
        return queued;
    }

    /** Removes and returns the first queued reply for {@code request}, or null when none is. */
    Reply take(RecordedRequest request) {
        if (queued == 0) {
            return null;
        }
        synchronized (this) {
            for (Iterator<Reply> it = queue.iterator(); it.hasNext();) {
                Reply reply = it.next();
                if (matches(reply, request)) {
                    it.remove();
                    queued = queue.size();
                    return reply;
                }
            }
            return null;
        }
    }

    private static boolean matches(Reply reply, RecordedRequest request) {
        try {
            return reply.matches(request);
        } catch (RuntimeException e) {
            throw new IllegalStateException("the condition of " + reply + " failed on " + request + ": " + e, e);
        }
    }

    /** Puts back a reply its call could not use (the rate limit refused the call first), at the head. */
    synchronized void putBack(Reply reply) {
        queue.addFirst(reply);
        queued = queue.size();
    }

    /**
     * Holds the calling request for {@code delay}, or until {@link #clear()} when {@code delay} is null. Returns
     * false when it was released early (or interrupted): the call then belongs to a test that is over.
     */
    boolean hold(Duration delay) {
        if (delay != null && delay.isZero()) {
            return true;
        }
        synchronized (this) {
            return holdLocked(delay);
        }
    }

    private boolean holdLocked(Duration delay) {
        long released = generation;
        long deadline = delay == null ? Long.MAX_VALUE : System.nanoTime() + delay.toNanos();
        try {
            while (generation == released) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return true;
                }
                long millis = delay == null ? 0 : Math.max(1, left / 1_000_000);
                wait(millis);
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Drops every queued reply and releases every held call. */
    synchronized void clear() {
        queue.clear();
        queued = 0;
        generation++;
        notifyAll();
    }
}
