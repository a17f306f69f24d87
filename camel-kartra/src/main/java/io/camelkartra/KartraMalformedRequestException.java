package io.camelkartra;

/**
 * The request's structure was refused: 254 (action without cmd), 206 (no lead email or id), 223, 224, 236 (lead, actions or get_lead not arrays).
 */
public class KartraMalformedRequestException extends KartraException {

    private static final long serialVersionUID = 1L;

    public KartraMalformedRequestException(Details details) {
        super(details);
    }
}
