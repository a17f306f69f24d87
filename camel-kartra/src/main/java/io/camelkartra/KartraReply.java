package io.camelkartra;

import io.camelkartra.model.KartraResponse;

/**
 * A reply as the component reads it: the parsed envelope (null when the reply was not one), the typed body for read
 * operations, and the exception when the call failed.
 */
record KartraReply(KartraResponse response, Object body, KartraException failure) {

    public boolean failed() {
        return failure != null;
    }
}
