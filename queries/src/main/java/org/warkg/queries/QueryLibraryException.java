package org.warkg.queries;

/**
 * Why a named query cannot run: an unknown query or parameter, a missing or
 * malformed value, or a query file whose header breaks the format. Messages name
 * the query and the parameter, since they reach analysts on the command line.
 */
public class QueryLibraryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An exception with a message that names the query and, where one is at fault, the parameter. */
    public QueryLibraryException(String message) {
        super(message);
    }

    /** The same, keeping the cause (an I/O error reading the library, a SPARQL syntax error). */
    public QueryLibraryException(String message, Throwable cause) {
        super(message, cause);
    }
}
