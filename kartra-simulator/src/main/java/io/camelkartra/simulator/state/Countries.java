package io.camelkartra.simulator.state;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** ISO country codes for the country names leads carry ({@code lead_country_code_2/3}). */
final class Countries {

    private static final Map<String, Locale> BY_NAME = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            BY_NAME.put(country.getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), country);
            BY_NAME.put(code.toLowerCase(Locale.ROOT), country);
        }
    }

    private Countries() {
    }

    static String alpha2(String country) {
        Locale locale = BY_NAME.get(country.toLowerCase(Locale.ROOT));
        return locale == null ? "" : locale.getCountry();
    }

    static String alpha3(String country) {
        Locale locale = BY_NAME.get(country.toLowerCase(Locale.ROOT));
        return locale == null ? "" : locale.getISO3Country();
    }
}
