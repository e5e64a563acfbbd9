package org.warkg.gazetteer;

import java.io.IOException;

/** A gazetteer file that does not follow the documented TSV format. */
public class GazetteerFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public GazetteerFormatException(String source, int line, String reason) {
        super(source + ":" + line + ": " + reason);
    }
}
