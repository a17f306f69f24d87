package io.camelkartra.simulator.form;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Decodes an {@code application/x-www-form-urlencoded} body into nested arrays exactly as PHP's
 * {@code parse_str} (and so Kartra's {@code $_POST}) does. Written from PHP's
 * {@code php_register_variable_ex}, independently of any client-side encoder, so that the two check
 * each other.
 *
 * <ul>
 * <li>pairs are separated by {@code &}; a pair without {@code =} has the value {@code ""};</li>
 * <li>keys and values are URL-decoded first ({@code +} is a space, {@code %XX} a byte, the bytes are
 * UTF-8; a {@code %} not followed by two hex digits stays literal), so literal and percent-encoded
 * brackets are the same;</li>
 * <li>leading spaces of a key are dropped; in the base name, spaces and dots become {@code _};</li>
 * <li>{@code a[b][c]} nests, {@code a[]} appends, {@code a[b]c} is {@code a[b]}, an unclosed
 * {@code a[b} is the plain name {@code a_b};</li>
 * <li>a later pair overwrites an earlier one, and a scalar met where an array is needed is replaced by
 * an array;</li>
 * <li>a variable nested deeper than PHP's {@code max_input_nesting_level} (64) drops its whole
 * top-level name.</li>
 * </ul>
 */
public final class PhpFormParser {

    static final int MAX_NESTING_LEVEL = 64;

    private PhpFormParser() {
    }

    public static PhpArray parse(String body) {
        return parse(body.getBytes(StandardCharsets.UTF_8));
    }

    public static PhpArray parse(byte[] body) {
        PhpArray result = new PhpArray();
        int start = 0;
        while (start <= body.length) {
            int end = indexOf(body, (byte) '&', start, body.length);
            if (end > start) {
                int eq = indexOf(body, (byte) '=', start, end);
                String key = urlDecode(body, start, eq);
                String value = eq < end ? urlDecode(body, eq + 1, end) : "";
                register(result, key, value);
            }
            start = end + 1;
        }
        return result;
    }

    /**
     * {@code body} with the value of every pair whose top-level name (as PHP reads it) is one of {@code names}
     * replaced by {@code mask}; empty values stay empty, and every other byte is kept.
     */
    public static String maskValues(byte[] body, Set<String> names, String mask) {
        StringBuilder out = new StringBuilder(body.length);
        int copied = 0;
        int start = 0;
        while (start < body.length) {
            int end = indexOf(body, (byte) '&', start, body.length);
            int eq = indexOf(body, (byte) '=', start, end);
            if (eq < end - 1 && names.contains(baseName(urlDecode(body, start, eq)))) {
                out.append(new String(body, copied, eq + 1 - copied, StandardCharsets.UTF_8)).append(mask);
                copied = end;
            }
            start = end + 1;
        }
        return out.append(new String(body, copied, body.length - copied, StandardCharsets.UTF_8)).toString();
    }

    /**
     * The top-level variable PHP registers {@code rawName} under: no leading spaces, spaces and dots as {@code _}, up
     * to the first {@code [} (an unclosed one included, so the result may be shorter than PHP's, never longer).
     */
    static String baseName(String rawName) {
        String name = cutAtNul(rawName);
        int skip = 0;
        while (skip < name.length() && name.charAt(skip) == ' ') {
            skip++;
        }
        name = name.substring(skip);
        int bracket = name.indexOf('[');
        return (bracket < 0 ? name : name.substring(0, bracket)).replace(' ', '_').replace('.', '_');
    }

    /** PHP's {@code urldecode}. */
    public static String urlDecode(byte[] in, int from, int to) {
        ByteArrayOutputStream out = null;
        for (int i = from; i < to; i++) {
            byte b = in[i];
            if (b == '+' || b == '%') {
                out = new ByteArrayOutputStream(to - from);
                out.write(in, from, i - from);
                decodeRest(in, i, to, out);
                return out.toString(StandardCharsets.UTF_8);
            }
        }
        return new String(in, from, to - from, StandardCharsets.UTF_8);
    }

    private static void decodeRest(byte[] in, int from, int to, ByteArrayOutputStream out) {
        for (int i = from; i < to; i++) {
            byte b = in[i];
            if (b == '+') {
                out.write(' ');
            } else if (b == '%' && i + 2 < to && hex(in[i + 1]) >= 0 && hex(in[i + 2]) >= 0) {
                out.write(hex(in[i + 1]) << 4 | hex(in[i + 2]));
                i += 2;
            } else {
                out.write(b);
            }
        }
    }

    private static int hex(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        if (b >= 'A' && b <= 'F') {
            return b - 'A' + 10;
        }
        return -1;
    }

    private static int indexOf(byte[] bytes, byte wanted, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return to;
    }

    /** PHP's {@code php_register_variable_ex}: stores {@code value} under the (possibly nested) name. */
    static void register(PhpArray target, String rawName, String value) {
        String name = cutAtNul(rawName);
        int skip = 0;
        while (skip < name.length() && name.charAt(skip) == ' ') {
            skip++;
        }
        name = name.substring(skip);

        StringBuilder base = new StringBuilder(name.length());
        int bracket = -1;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == ' ' || c == '.') {
                base.append('_');
            } else if (c == '[') {
                bracket = i;
                break;
            } else {
                base.append(c);
            }
        }
        if (base.length() == 0) {
            return;
        }
        if (bracket < 0) {
            target.put(base.toString(), value);
            return;
        }

        PhpArray table = target;
        String index = base.toString();
        int pos = bracket;
        int level = 0;
        while (true) {
            if (++level > MAX_NESTING_LEVEL) {
                // PHP drops the whole top-level variable, including what earlier pairs put there.
                target.remove(base.toString());
                return;
            }
            int keyStart = pos + 1;
            int probe = keyStart < name.length() && name.charAt(keyStart) == ' ' ? keyStart + 1 : keyStart;
            String nextIndex;
            int close;
            if (probe < name.length() && name.charAt(probe) == ']') {
                nextIndex = null;
                close = probe;
            } else {
                close = name.indexOf(']', probe);
                if (close < 0) {
                    if (level == 1) {
                        // Not an index: the '[' and what follows become part of the plain name.
                        index = index + '_' + name.substring(keyStart).replace(' ', '_').replace('.', '_').replace('[', '_');
                    }
                    break;
                }
                nextIndex = name.substring(keyStart, close);
            }

            table = descend(table, index);
            index = nextIndex;
            pos = close + 1;
            if (pos >= name.length() || name.charAt(pos) != '[') {
                break;
            }
        }
        if (index == null) {
            table.append(value);
        } else {
            table.put(index, value);
        }
    }

    /** The array at {@code index} of {@code table} (appended when {@code index} is null), created or replacing a scalar. */
    private static PhpArray descend(PhpArray table, String index) {
        if (index == null) {
            PhpArray child = new PhpArray();
            table.append(child);
            return child;
        }
        if (table.get(index) instanceof PhpArray existing) {
            return existing;
        }
        PhpArray child = new PhpArray();
        table.put(index, child);
        return child;
    }

    private static String cutAtNul(String name) {
        int nul = name.indexOf('\0');
        return nul < 0 ? name : name.substring(0, nul);
    }
}
