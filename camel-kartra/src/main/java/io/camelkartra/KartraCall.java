package io.camelkartra;

import java.util.List;

import io.camelkartra.KartraCommand.Result;
import io.camelkartra.model.KartraRequest;

/**
 * One call: the request sent to Kartra in one HTTP POST, the operation it serves, the {@code cmd} of each of its
 * actions, and whether sending it twice is safe. It travels the call path from the request reader to the response
 * reader; its response is read against it.
 *
 * @param operation      the operation, or null for a response read after a plain http call
 * @param request        the request, or null for a response read after a plain http call
 * @param leadFieldOrder the order of the lead's fields in the Map or JSON body it came from, which the request keeps;
 *                       null for the lead's own order
 * @param commands       the {@code cmd} of each action, in order ({@code get_lead} for get_lead)
 * @param replaySafe     whether a call whose outcome is unknown may be sent again
 */
record KartraCall(KartraOperation operation, KartraRequest request, List<String> leadFieldOrder, List<String> commands,
        boolean replaySafe) {

    /** A call of an operation: safe to replay when every command of the request is. */
    static KartraCall of(KartraOperation operation, KartraRequest request, List<String> leadFieldOrder) {
        List<String> commands = request.getCommands();
        return new KartraCall(operation, request, leadFieldOrder, commands, commands.stream().allMatch(KartraOperation::isReplaySafe));
    }

    /** A call of an operation whose lead, if any, keeps its own field order. */
    static KartraCall of(KartraOperation operation, KartraRequest request) {
        return of(operation, request, null);
    }

    /** A call whose commands are unknown: a response read after a plain http call. Replay is assumed unsafe. */
    static KartraCall unknown() {
        return new KartraCall(null, null, null, List.of(), false);
    }

    /** The same call with another request for the same commands (custom field labels rewritten to ids, say). */
    KartraCall with(KartraRequest rewritten) {
        return new KartraCall(operation, rewritten, leadFieldOrder, commands, replaySafe);
    }

    /** The only command, or null for chains and unknown calls. */
    String singleCommand() {
        return commands.size() == 1 ? commands.get(0) : null;
    }

    /** Where the data of the response is and the body it becomes: the operation's command's, else the response itself. */
    Result result() {
        KartraCommand command = operation == null ? null : KartraCommand.of(operation);
        return command == null ? Result.RESPONSE : command.result();
    }
}
