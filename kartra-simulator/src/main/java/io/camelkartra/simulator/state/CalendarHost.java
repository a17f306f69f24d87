package io.camelkartra.simulator.state;

/** A calendar host, as listed in calendar webhooks ({@code hosts[]}). */
public record CalendarHost(String firstName, String lastName, String email) {
}
