package io.camelkartra.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shared-secret comparison and the source address allow-list. */
class SecurityChecksTest {

    @Test
    void sharedSecretsAreMissingWrongOrAccepted() {
        SharedSecretCheck check = new SharedSecretCheck("s3cret-token");

        assertThat(check.check(null)).isEqualTo(SharedSecretCheck.Verdict.MISSING);
        assertThat(check.check(" ")).isEqualTo(SharedSecretCheck.Verdict.MISSING);
        assertThat(check.check("s3cret-tokeN")).isEqualTo(SharedSecretCheck.Verdict.WRONG);
        assertThat(check.check("s3cret-token-longer")).isEqualTo(SharedSecretCheck.Verdict.WRONG);
        assertThat(check.check("s3cret-token")).isEqualTo(SharedSecretCheck.Verdict.ACCEPTED);
        assertThat(check).hasToString("SharedSecretCheck[***]");
    }

    @ParameterizedTest
    @CsvSource({ "10.0.0.0/8, 10.200.3.4, true", "10.0.0.0/8, 11.0.0.1, false", "203.0.113.7, 203.0.113.7, true",
            "203.0.113.7, 203.0.113.8, false", "192.168.1.0/25, 192.168.1.127, true", "192.168.1.0/25, 192.168.1.128, false",
            "0.0.0.0/0, 8.8.8.8, true", "10.0.0.0/8, ::ffff:10.1.2.3, true", "::ffff:10.0.0.0/104, 10.9.9.9, true",
            "2001:db8::/32, 2001:db8:ffff::1, true", "2001:db8::/32, 2001:db9::1, false", "::1, 0:0:0:0:0:0:0:1, true",
            "fe80::/10, fe80::1%eth0, true", "2001:db8::/127, 2001:db8::1, true", "2001:db8::/128, 2001:db8::1, false",
            "::ffff:0:0/96, 1.2.3.4, true", "10.0.0.0/8, 2001:db8::1, false", "2001:db8::/32, 10.0.0.1, false",
            "10.0.0.0/8, not-an-address, false", "'127.0.0.1, ::1', ::1, true" })
    void sourcesAreMatchedAgainstAddressesAndRanges(String allowed, String source, boolean allowedSource) {
        assertThat(SourceAddressFilter.parse(allowed).allows(source)).isEqualTo(allowedSource);
    }

    @Test
    void anEmptyListAllowsEverySourceAndAnUnknownSourceIsRefusedByAList() {
        assertThat(SourceAddressFilter.parse(" ").allowsAny()).isTrue();
        assertThat(SourceAddressFilter.parse(null).allows(null)).isTrue();
        assertThat(SourceAddressFilter.parse("10.0.0.0/8").allows(null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "10.0.0.0/33", "10.0.0/8", "256.1.1.1", "kartra.com", "10.0.0.0/x", "1:2:3", "::1::2", "1:2:3:4:5:6:7:8:9",
            "12345::", "2001:db8::/129", "1.2.3.4/-1" })
    void invalidEntriesNameTheOptionAndTheEntry(String entry) {
        assertThatThrownBy(() -> SourceAddressFilter.parse("127.0.0.1, " + entry))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("allowedAddresses").hasMessageContaining(entry);
    }

    @Test
    void literalsParseWithoutResolvingNames() {
        assertThat(IpAddressLiteral.parse("[2001:db8::1]")).hasSize(16);
        assertThat(IpAddressLiteral.parse("::")).containsOnly(0);
        assertThat(IpAddressLiteral.parse("1:2:3:4:5:6:7::")).hasSize(16);
        assertThat(IpAddressLiteral.parse("::ffff:192.0.2.1")).hasSize(16);
        assertThat(IpAddressLiteral.unmapped(IpAddressLiteral.parse("::ffff:192.0.2.1"))).containsExactly(192, 0, 2, 1);
        assertThat(IpAddressLiteral.parse("localhost")).isNull();
        assertThat(IpAddressLiteral.parse("1.2.3.4.5")).isNull();
        assertThat(IpAddressLiteral.parse(":1::2")).isNull();
    }
}
