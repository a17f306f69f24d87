package io.camelkartra.simulator.api;

import io.camelkartra.simulator.form.PhpArray;
import java.net.InetAddress;

/** A parsed call: the form body, the query string (for the optional query credentials), transport facts. */
public record ApiRequest(PhpArray form, PhpArray query, boolean secure, InetAddress remoteAddress) {
}
