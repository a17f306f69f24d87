package io.camelkartra.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The source addresses allowed to post (option {@code allowedAddresses}): IPv4 and IPv6 addresses and CIDR ranges,
 * comma or blank separated. IPv4-mapped IPv6 sources match IPv4 entries. No entries allows every source.
 */
public final class SourceAddressFilter {

    private record Range(byte[] network, int prefixLength) {

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int fullBytes = prefixLength / 8;
            for (int i = 0; i < fullBytes; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int remainingBits = prefixLength % 8;
            if (remainingBits == 0) {
                return true;
            }
            int mask = 0xff << (8 - remainingBits) & 0xff;
            return (address[fullBytes] & mask) == (network[fullBytes] & mask);
        }
    }

    private final List<Range> ranges;

    private SourceAddressFilter(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /**
     * The filter for this option value.
     *
     * @throws IllegalArgumentException naming the option and the entry that is no address or range
     */
    public static SourceAddressFilter parse(String allowedAddresses) {
        List<Range> ranges = new ArrayList<>();
        if (allowedAddresses != null) {
            for (String entry : allowedAddresses.trim().split("[,\\s]+")) {
                if (!entry.isEmpty()) {
                    ranges.add(range(entry));
                }
            }
        }
        return new SourceAddressFilter(ranges);
    }

    private static Range range(String entry) {
        int slash = entry.indexOf('/');
        byte[] address = IpAddressLiteral.parse(slash < 0 ? entry : entry.substring(0, slash));
        if (address == null) {
            throw invalid(entry);
        }
        int prefixLength = address.length * 8;
        if (slash >= 0) {
            try {
                prefixLength = Integer.parseInt(entry.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw invalid(entry);
            }
            if (prefixLength < 0 || prefixLength > address.length * 8) {
                throw invalid(entry);
            }
        }
        if (IpAddressLiteral.isIpv4Mapped(address) && prefixLength >= 96) {
            return new Range(IpAddressLiteral.unmapped(address), prefixLength - 96);
        }
        return new Range(address, prefixLength);
    }

    private static IllegalArgumentException invalid(String entry) {
        return new IllegalArgumentException("allowedAddresses: '" + entry + "' is not an IP address or a CIDR range "
                                            + "(10.0.0.0/8, 2001:db8::/32)");
    }

    /** Whether any source may post (no entries). */
    public boolean allowsAny() {
        return ranges.isEmpty();
    }

    /** Whether a post from this address (a literal; null when unknown) is allowed. */
    public boolean allows(String address) {
        if (ranges.isEmpty()) {
            return true;
        }
        byte[] parsed = IpAddressLiteral.parse(address);
        if (parsed == null) {
            return false;
        }
        byte[] source = IpAddressLiteral.unmapped(parsed);
        return ranges.stream().anyMatch(range -> range.contains(source));
    }

    @Override
    public String toString() {
        return "SourceAddressFilter[" + ranges.size() + " ranges]";
    }
}
