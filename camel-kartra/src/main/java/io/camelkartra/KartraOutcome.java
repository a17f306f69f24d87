package io.camelkartra;

import io.camelkartra.model.KartraResponse;

/**
 * What a call came to: the status, message and type the reply headers report, the lead the response names, and the
 * body, or the failure. The response is kept when it is the body or when a failure came with one; a typed body
 * (a {@code Lead}, a list) stands without it.
 */
record KartraOutcome(String status, String message, int type, String leadId, KartraResponse response, Object body,
        KartraException failure) {

    /** A failure; its response, if Kartra sent one, says what the headers report. */
    static KartraOutcome failed(KartraException failure) {
        return new KartraOutcome("Error", failure.getKartraMessage(), failure.getType(), null, failure.getResponse(), null, failure);
    }

    boolean isFailure() {
        return failure != null;
    }
}
