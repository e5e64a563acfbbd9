package org.warkg.ingest;

import java.io.IOException;

/** A document that cannot be ingested; the message states the reason in plain words. */
public class IngestException extends IOException {

    private static final long serialVersionUID = 1L;

    public IngestException(String reason) {
        super(reason);
    }

    public IngestException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
