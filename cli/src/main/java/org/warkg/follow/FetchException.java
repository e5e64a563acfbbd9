package org.warkg.follow;

/** A feed or page that could not be fetched; the message is the reason, as printed. */
public final class FetchException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;

    FetchException(String reason) {
        this(reason, 0);
    }

    FetchException(String reason, int status) {
        super(reason);
        this.status = status;
    }

    /** The HTTP status the server answered, or 0 when there was no answer. */
    int status() {
        return status;
    }
}
