package io.camelkartra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.camelkartra.model.KartraIpnTransactionType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/operations.md names exactly the meters, tags and values the code registers, and the span attributes. */
class KartraOperationsDocTest {

    private static final Path PAGE = Path.of("../docs/operations.md");
    private static final Pattern METER_ROW = Pattern.compile("^\\| `(kartra\\.[a-z.]+)` \\| \\w+ \\| ([^|]*)\\|", Pattern.MULTILINE);

    private static String page() throws IOException {
        return Files.readString(PAGE);
    }

    @Test
    void theMetersTableListsEveryMeterOnce() throws IOException {
        Set<String> documented = new TreeSet<>();
        Matcher row = METER_ROW.matcher(page());
        while (row.find()) {
            assertThat(documented.add(row.group(1))).as("listed once: %s", row.group(1)).isTrue();
        }
        assertThat(documented).containsExactlyInAnyOrderElementsOf(KartraMeters.NAMES);
    }

    @Test
    void everyTagAndLabelValueIsDocumented() throws IOException {
        String page = page();
        for (String tag : Set.of(KartraMeters.TAG_CAMEL_CONTEXT, KartraMeters.TAG_APP, KartraMeters.TAG_COMMAND, KartraMeters.TAG_OUTCOME,
                KartraMeters.TAG_TYPE, KartraMeters.TAG_REASON, KartraMeters.TAG_RESULT, KartraMeters.TAG_KIND, KartraMeters.TAG_CONSUMER,
                KartraMeters.TAG_STATUS, KartraMeters.TAG_TRANSACTION_TYPE)) {
            assertThat(page).as("tag %s", tag).contains("`" + tag + "`");
        }
        for (KartraCallResult result : KartraCallResult.values()) {
            assertThat(page).contains("`" + result.label() + "`");
        }
        for (KartraDeliveryObserver.Outcome outcome : KartraDeliveryObserver.Outcome.values()) {
            assertThat(page).contains("`" + outcome.label() + "`");
        }
        for (String value : new String[] { KartraCallResult.CHAIN, KartraCallResult.OTHER, KartraCallResult.NO_TYPE,
                KartraCallResult.INVENTORY_REFUSED, "no_slot", "limiter_failed", "complete", "partial", "failed", "custom_field" }) {
            assertThat(page).contains("`" + value + "`");
        }
        for (KartraCommand.Inventory inventory : KartraCommand.Inventory.values()) {
            assertThat(page).contains("`" + inventory.kind() + "`");
        }
        Arrays.stream(KartraIpnTransactionType.values())
                .map(KartraDeliveryObserver::transactionTypeLabel)
                .forEach(label -> assertThat(page).contains("`" + label + "`"));
    }

    @Test
    void theSpanAttributesAreDocumented() throws IOException {
        assertThat(page()).contains("`" + KartraSpanDecorator.COMMAND + "`").contains("`" + KartraSpanDecorator.MESSAGE_TYPE + "`")
                .contains("`" + KartraSpanDecorator.CALL_COUNT + "`");
    }
}
