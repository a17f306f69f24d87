package io.camelkartra.simulator.form;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A PHP array as {@code parse_str} builds it: an ordered map whose values are either {@link String}
 * or nested {@code PhpArray}. Keys are kept as strings; PHP's integer keys are exactly the canonical
 * decimal ones ({@code "0"}, {@code "-3"}, not {@code "00"}), and only they move the next index used by
 * {@code a[]} appends.
 */
public final class PhpArray {

    private final Map<String, Object> entries = new LinkedHashMap<>();
    /** PHP's {@code nNextFreeElement}: one past the largest integer key, {@code MIN_VALUE} while there is none. */
    private long nextIndex = Long.MIN_VALUE;

    /** The value at {@code key}: a {@link String}, a {@code PhpArray}, or {@code null}. */
    public Object get(String key) {
        return entries.get(key);
    }

    /** The value at {@code key} if it is a string, else {@code null}. */
    public String string(String key) {
        return entries.get(key) instanceof String s ? s : null;
    }

    /**
     * The value at {@code key} as PHP code reading it as a string sees it: {@code ""} when absent and
     * {@code "Array"} (PHP's string conversion) when it is a nested array.
     */
    public String text(String key) {
        Object value = entries.get(key);
        if (value == null) {
            return "";
        }
        return value instanceof String s ? s : "Array";
    }

    /** The value at {@code key} if it is a nested array, else {@code null}. */
    public PhpArray array(String key) {
        return entries.get(key) instanceof PhpArray a ? a : null;
    }

    public boolean containsKey(String key) {
        return entries.containsKey(key);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public int size() {
        return entries.size();
    }

    /** Entries in insertion order, the way PHP iterates them. */
    public Map<String, Object> entries() {
        return Collections.unmodifiableMap(entries);
    }

    /**
     * Every string value by its full name, in PHP's order: {@code lead[email]}, {@code actions[0][cmd]}. Nested
     * arrays left empty do not appear.
     */
    public Map<String, String> flatten() {
        Map<String, String> flat = new LinkedHashMap<>();
        flattenInto(flat, null);
        return flat;
    }

    private void flattenInto(Map<String, String> flat, String prefix) {
        entries.forEach((key, value) -> {
            String name = prefix == null ? key : prefix + '[' + key + ']';
            if (value instanceof PhpArray nested) {
                nested.flattenInto(flat, name);
            } else {
                flat.put(name, (String) value);
            }
        });
    }

    void put(String key, Object value) {
        entries.put(key, value);
        canonicalInteger(key).ifPresent(i -> nextIndex = Math.max(nextIndex, i == Long.MAX_VALUE ? i : i + 1));
    }

    void remove(String key) {
        entries.remove(key);
    }

    /** PHP's {@code $a[] = $v}: the key is one past the largest integer key so far, or 0. */
    String append(Object value) {
        String key = Long.toString(nextIndex == Long.MIN_VALUE ? 0 : nextIndex);
        put(key, value);
        return key;
    }

    static OptionalLong canonicalInteger(String key) {
        int n = key.length();
        if (n == 0 || n > 19) {
            return OptionalLong.empty();
        }
        int start = key.charAt(0) == '-' ? 1 : 0;
        if (start == n || (key.charAt(start) == '0' && n > start + 1) || (start == 1 && key.equals("-0"))) {
            return OptionalLong.empty();
        }
        for (int i = start; i < n; i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return OptionalLong.empty();
            }
        }
        try {
            return OptionalLong.of(Long.parseLong(key));
        } catch (NumberFormatException overflow) {
            return OptionalLong.empty();
        }
    }

    @Override
    public String toString() {
        return entries.toString();
    }
}
