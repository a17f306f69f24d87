package io.camelkartra.internal;

import java.util.Arrays;

/**
 * Parses IPv4 and IPv6 address literals without ever resolving a name ({@code InetAddress.getByName} may query DNS
 * for text that is not a valid literal).
 */
final class IpAddressLiteral {

    private static final byte[] IPV4_MAPPED_PREFIX = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff };

    private IpAddressLiteral() {
    }

    /**
     * The address's bytes (4 for IPv4, 16 for IPv6), or null when the text is no address literal. Accepts IPv6 in
     * brackets, with {@code ::} compression, an embedded IPv4 tail and a zone ({@code %eth0}, ignored).
     */
    public static byte[] parse(String text) {
        if (text == null) {
            return null;
        }
        String literal = text.trim();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        return literal.indexOf(':') >= 0 ? parseIpv6(literal) : parseIpv4(literal);
    }

    /** IPv4-mapped IPv6 addresses ({@code ::ffff:10.0.0.1}) as the IPv4 address; others unchanged. */
    public static byte[] unmapped(byte[] address) {
        if (isIpv4Mapped(address)) {
            return Arrays.copyOfRange(address, 12, 16);
        }
        return address;
    }

    public static boolean isIpv4Mapped(byte[] address) {
        return address.length == 16 && Arrays.equals(address, 0, 12, IPV4_MAPPED_PREFIX, 0, 12);
    }

    private static byte[] parseIpv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] address = new byte[4];
        for (int i = 0; i < 4; i++) {
            if (parts[i].isEmpty() || parts[i].length() > 3 || !parts[i].chars().allMatch(c -> c >= '0' && c <= '9')) {
                return null;
            }
            int value = Integer.parseInt(parts[i]);
            if (value > 255) {
                return null;
            }
            address[i] = (byte) value;
        }
        return address;
    }

    private static byte[] parseIpv6(String text) {
        String hex = text;
        int lastColon = hex.lastIndexOf(':');
        if (hex.indexOf('.', lastColon) >= 0) {
            byte[] ipv4 = parseIpv4(hex.substring(lastColon + 1));
            if (ipv4 == null) {
                return null;
            }
            hex = hex.substring(0, lastColon + 1) + Integer.toHexString((ipv4[0] & 0xff) << 8 | ipv4[1] & 0xff) + ":"
                  + Integer.toHexString((ipv4[2] & 0xff) << 8 | ipv4[3] & 0xff);
        }
        int compression = hex.indexOf("::");
        if (compression >= 0 && hex.indexOf("::", compression + 1) >= 0) {
            return null;
        }
        String[] head = groups(compression >= 0 ? hex.substring(0, compression) : hex);
        String[] tail = compression >= 0 ? groups(hex.substring(compression + 2)) : new String[0];
        int count = head.length + tail.length;
        if (compression < 0 ? count != 8 : count > 7) {
            return null;
        }
        byte[] address = new byte[16];
        return fill(address, head, 0) && fill(address, tail, 8 - tail.length) ? address : null;
    }

    private static String[] groups(String text) {
        return text.isEmpty() ? new String[0] : text.split(":", -1);
    }

    private static boolean fill(byte[] address, String[] groups, int firstGroup) {
        for (int i = 0; i < groups.length; i++) {
            String group = groups[i];
            if (group.isEmpty() || group.length() > 4 || !group.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                return false;
            }
            int value = Integer.parseInt(group, 16);
            address[2 * (firstGroup + i)] = (byte) (value >> 8);
            address[2 * (firstGroup + i) + 1] = (byte) value;
        }
        return true;
    }
}
