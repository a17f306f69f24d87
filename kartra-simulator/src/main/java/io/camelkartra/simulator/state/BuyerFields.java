package io.camelkartra.simulator.state;

import static io.camelkartra.simulator.state.Wire.number;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code lead_*} fields that transaction details and IPN notifications share. */
final class BuyerFields {

    private BuyerFields() {
    }

    static Map<String, String> of(Buyer b) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("lead_id", number(b.leadId()));
        out.put("lead_first_name", b.firstName());
        out.put("lead_last_name", b.lastName());
        out.put("lead_email", b.email());
        out.put("lead_username", "");
        out.put("lead_phone_country_code", b.phoneCountryCode());
        out.put("lead_phone_number", b.phone());
        out.put("lead_address", b.address());
        out.put("lead_city", b.city());
        out.put("lead_zip", b.zip());
        out.put("lead_state", b.state());
        out.put("lead_country", b.country());
        out.put("lead_country_code_2", Countries.alpha2(b.country()));
        out.put("lead_country_code_3", Countries.alpha3(b.country()));
        return out;
    }
}
