package io.camelkartra.simulator.api;

import io.camelkartra.simulator.form.PhpArray;
import java.net.InetAddress;

import java.util.List;

/**
 * A parsed call: the form body, the commands it submits ({@link CallProcessor#submittedCommands}), the
 * query string (for the optional query credentials) and transport facts.
 */
public record ApiRequest(PhpArray form, List<String> commands, PhpArray query, boolean secure, InetAddress remoteAddress) {
}
