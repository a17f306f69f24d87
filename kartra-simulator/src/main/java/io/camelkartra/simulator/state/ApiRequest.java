package io.camelkartra.simulator.state;

import io.camelkartra.simulator.form.PhpArray;
import java.net.InetAddress;
import java.util.List;

/**
 * A parsed call, as the simulator's server hands it to {@link CallProcessor}: the form body, the commands it submits
 * ({@link CallProcessor#submittedCommands}), the query string (for the optional query credentials), transport facts,
 * and the behaviour switches in force for it.
 */
public record ApiRequest(PhpArray form, List<String> commands, PhpArray query, boolean secure, InetAddress remoteAddress,
        Switches switches) {

    /** The simulator settings a call reads (see {@code SimulatorSettings}), taken once per call. */
    public record Switches(boolean allowPlainHttp, boolean typeAsNumber, boolean stopOnActionFailure,
            boolean credentialsFromQuery) {
    }
}
