package io.camelkartra.simulator.state;

/** The buyer's details "at the moment of purchase", as transactions and IPN report them. */
public record Buyer(long leadId, String firstName, String lastName, String email, String phoneCountryCode, String phone,
        String address, String city, String zip, String state, String country, String ip) {

    static Buyer of(Lead lead) {
        return new Buyer(lead.id(), lead.field("first_name"), lead.field("last_name"), lead.email(),
                lead.field("phone_country_code"), lead.field("phone"), lead.field("address"), lead.field("city"),
                lead.field("zip"), lead.field("state"), lead.field("country"), lead.field("ip"));
    }
}
