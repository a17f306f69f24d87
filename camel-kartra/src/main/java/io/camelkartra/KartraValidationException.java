package io.camelkartra;

/**
 * A parameter is empty or malformed (for example 211 for an empty tag name, 227 for points that are not a number, 271 for malformed custom fields). Raised before sending when the component can tell, with the number Kartra would have answered.
 */
public class KartraValidationException extends KartraException {

    private static final long serialVersionUID = 1L;

    public KartraValidationException(Details details) {
        super(details);
    }
}
