package io.camelkartra.support;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import io.camelkartra.model.event.KartraEventAction;

/** The Outbound API and IPN fixtures: one JSON post per documented action, one form post per IPN transaction type. */
public final class KartraFixtures {

    /** The secret key the IPN fixtures post. */
    public static final String IPN_SECRET_KEY = "ipn-secret-1234";

    private KartraFixtures() {
    }

    /** Every documented action. */
    public static List<KartraEventAction> documentedActions() {
        return Arrays.stream(KartraEventAction.values()).filter(action -> action != KartraEventAction.UNKNOWN).toList();
    }

    /** The post of this action (events/buy-product.json for buy_product). */
    public static String event(KartraEventAction action) {
        return event(action.getKartraName().replace('_', '-'));
    }

    public static String event(String name) {
        return Fixtures.read("events/" + name + ".json");
    }

    public static byte[] eventBytes(String name) {
        return event(name).getBytes(StandardCharsets.UTF_8);
    }

    /** An IPN form body (ipn/refund.txt). */
    public static String ipn(String name) {
        return Fixtures.read("ipn/" + name + ".txt");
    }
}
