package io.camelkartra.simulator.state;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** An IP address or CIDR range ({@code 10.0.0.0/8}, {@code ::1}) of an App's allow-list. */
record IpRange(byte[] network, int prefixBits) {

    static IpRange parse(String text) {
        int slash = text.indexOf('/');
        String address = slash < 0 ? text.trim() : text.substring(0, slash).trim();
        // Only literals: InetAddress.getByName must never turn a host name into a DNS lookup.
        if (!address.matches("\\d{1,3}(\\.\\d{1,3}){3}") && !address.matches("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*")) {
            throw new IllegalArgumentException("not an IP address or CIDR range: " + text);
        }
        byte[] bytes;
        try {
            bytes = InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address or CIDR range: " + text, e);
        }
        int bits = slash < 0 ? bytes.length * 8 : Integer.parseInt(text.substring(slash + 1).trim());
        if (bits < 0 || bits > bytes.length * 8) {
            throw new IllegalArgumentException("bad prefix length in " + text);
        }
        return new IpRange(bytes, bits);
    }

    boolean contains(InetAddress source) {
        byte[] candidate = source.getAddress();
        if (candidate.length != network.length) {
            return false;
        }
        int shift = network.length * 8 - prefixBits;
        return new BigInteger(1, candidate).shiftRight(shift).equals(new BigInteger(1, network).shiftRight(shift));
    }
}
