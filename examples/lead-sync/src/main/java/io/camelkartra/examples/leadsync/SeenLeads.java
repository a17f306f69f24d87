package io.camelkartra.examples.leadsync;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The sync's duplicate filter: the leads seen so far, each kept as a 64-bit digest (the first 8 bytes of the SHA-256
 * of its key, the lower-cased email) in an open-addressing table that is never more than half full. That is 16 to 32
 * bytes a row, however long the emails, and no limit on the rows: 100,000 rows take 2 to 4 MB.
 * <p>
 * Two different emails with the same digest would make the second one a duplicate; among n rows the chance of that is
 * about n² / 2⁶⁵ (3 in 10¹⁰ for 100,000 rows).
 */
public final class SeenLeads extends ServiceSupport implements IdempotentRepository {

    private static final int INITIAL_CAPACITY = 1024;
    /** Marks a free slot; a digest that happens to be 0 is stored as 1. */
    private static final long FREE = 0;

    private long[] slots = new long[INITIAL_CAPACITY];
    private int size;

    @Override
    public synchronized boolean add(String key) {
        long digest = digest(key);
        int slot = find(digest);
        if (slots[slot] == digest) {
            return false;
        }
        slots[slot] = digest;
        if (++size * 2 > slots.length) {
            grow();
        }
        return true;
    }

    @Override
    public synchronized boolean contains(String key) {
        long digest = digest(key);
        return slots[find(digest)] == digest;
    }

    @Override
    public synchronized boolean remove(String key) {
        long digest = digest(key);
        int slot = find(digest);
        if (slots[slot] != digest) {
            return false;
        }
        slots[slot] = FREE;
        size--;
        closeGap(slot);
        return true;
    }

    @Override
    public boolean confirm(String key) {
        return true;
    }

    @Override
    public synchronized void clear() {
        slots = new long[INITIAL_CAPACITY];
        size = 0;
    }

    /** How many leads it holds. */
    public synchronized int size() {
        return size;
    }

    /** The slot holding {@code digest}, or the free slot where it belongs (linear probing). */
    private int find(long digest) {
        int mask = slots.length - 1;
        int slot = home(digest, mask);
        while (slots[slot] != FREE && slots[slot] != digest) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** Moves back the entries after a freed slot that would otherwise no longer be found (no tombstones). */
    private void closeGap(int freed) {
        int mask = slots.length - 1;
        int gap = freed;
        for (int slot = (gap + 1) & mask; slots[slot] != FREE; slot = (slot + 1) & mask) {
            int home = home(slots[slot], mask);
            // the entry may fill the gap when its home is not in the (cyclic) range gap+1 .. slot
            if (((slot - home) & mask) >= ((slot - gap) & mask)) {
                slots[gap] = slots[slot];
                slots[slot] = FREE;
                gap = slot;
            }
        }
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (long digest : old) {
            if (digest != FREE) {
                slots[find(digest)] = digest;
            }
        }
    }

    private static int home(long digest, int mask) {
        return (int) (digest ^ (digest >>> 32)) & mask;
    }

    private static long digest(String key) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            long digest = ByteBuffer.wrap(sha, 0, Long.BYTES).getLong();
            return digest == FREE ? 1 : digest;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
