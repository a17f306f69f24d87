package io.camelkartra;

import java.util.List;


/**
 * What a reply is interpreted against: the operation (null when a plain {@code http:} call is being interpreted) and
 * the commands that were sent, and whether replaying them is safe.
 */
record KartraCall(KartraOperation operation, List<String> commands, boolean replaySafe) {

    public KartraCall {
        commands = List.copyOf(commands);
    }

    /** A call whose commands are unknown: a reply read after a plain http call. Replay is assumed unsafe. */
    public static KartraCall unknown() {
        return new KartraCall(null, List.of(), false);
    }

    /** The only command, or null for chains and unknown calls. */
    public String singleCommand() {
        return commands.size() == 1 ? commands.get(0) : null;
    }
}
