package io.camelkartra;

/**
 * The App was refused: 238, 239 (App id empty, unknown or inactive), 240 (developer account inactive), 242 (source IP not on the App's allow-list), 262 (the App may not run this command).
 */
public class KartraAppException extends KartraException {

    private static final long serialVersionUID = 1L;

    public KartraAppException(Details details) {
        super(details);
    }
}
