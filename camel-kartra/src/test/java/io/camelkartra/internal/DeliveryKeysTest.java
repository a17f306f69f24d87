package io.camelkartra.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.camelkartra.model.event.KartraEvent;
import io.camelkartra.support.KartraFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryKeysTest {

    @Test
    void eventKeysAreActionLeadAndDetailId() {
        assertThat(DeliveryKeys.of(event("buy-product"))).isEqualTo("buy_product:1:738474");
        assertThat(DeliveryKeys.of(event("assign-tag"))).isEqualTo("assign_tag:1:9");
        assertThat(DeliveryKeys.of(event("membership-granted"))).isEqualTo("membership_granted:1:4/2");
        assertThat(DeliveryKeys.of(event("calendar-subscribe"))).isEqualTo("calendar_subscribe:1:123");
    }

    @Test
    void withoutADetailIdTheDetailsAreHashedInAnyKeyOrder() {
        String first = DeliveryKeys.of(parse("{\"lead\":{\"id\":\"1\"},\"action\":\"x\",\"action_details\":{\"a\":1,\"b\":{\"c\":2,\"d\":3}}}"));
        String reordered = DeliveryKeys.of(parse("{\"action\":\"x\",\"action_details\":{\"b\":{\"d\":3,\"c\":2},\"a\":1},\"lead\":{\"id\":\"1\"}}"));
        String other = DeliveryKeys.of(parse("{\"lead\":{\"id\":\"1\"},\"action\":\"x\",\"action_details\":{\"a\":2}}"));

        assertThat(first).matches("x:1:[0-9a-f]{32}").isEqualTo(reordered).isNotEqualTo(other);
        assertThat(DeliveryKeys.of(event("reaches-score"))).matches("reaches_score:1:[0-9a-f]{32}");
    }

    @Test
    void theLeadEmailStandsInForAMissingLeadId() {
        assertThat(DeliveryKeys.of(parse("{\"lead\":{\"email\":\"Jane@Example.com\"},\"action\":\"assign_tag\",\"action_details\":{\"tag\":{\"tag_id\":\"9\"}}}")))
                .isEqualTo("assign_tag:jane@example.com:9");
    }

    @Test
    void ipnKeysAreTransactionIdAndType() {
        assertThat(DeliveryKeys.of(KartraIpnParser.parse(UrlEncodedForm.parse(KartraFixtures.ipn("partial-refund")))))
                .isEqualTo("ipn:1003:partial_refund");
        assertThat(DeliveryKeys.of(KartraIpnParser.parse(Map.of("transaction_type", "Sale", "lead_id", "1"))))
                .matches("ipn:[0-9a-f]{32}:sale");
    }

    private static KartraEvent event(String fixture) {
        return KartraEventParser.parse(KartraFixtures.eventBytes(fixture));
    }

    private static KartraEvent parse(String json) {
        return KartraEventParser.parse(json.getBytes(StandardCharsets.UTF_8));
    }
}
