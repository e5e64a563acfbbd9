package org.warkg.store;

import java.net.ConnectException;
import java.net.http.HttpTimeoutException;

import org.apache.jena.atlas.web.HttpException;

/**
 * A request to a remote store that failed, as Jena reports it: with the server's status
 * and body when it answered, or with the network error under it (status -1) when it did
 * not. Tells whether sending again may help, and says what happened in words.
 */
final class HttpFailure {

    /** Characters of the server's answer kept in a message; an error page can be long. */
    private static final int EXCERPT = 200;

    private HttpFailure() {}

    /**
     * Whether the request may succeed if sent again: the server did not answer (refused,
     * dropped or timed out, as a server restarting does) or failed on its side (5xx).
     * A 4xx is the request's own fault and fails the same way every time.
     */
    static boolean isTransient(HttpException e) {
        return e.getStatusCode() < 0 || e.getStatusCode() >= 500;
    }

    /** "connection refused", "no answer in time", "HTTP 503 Service Unavailable: ...". */
    static String describe(HttpException e) {
        if (e.getStatusCode() >= 0) {
            String status = "HTTP " + e.getStatusCode() + (e.getStatusLine() == null ? "" : " " + e.getStatusLine());
            String body = excerpt(e.getResponse());
            return body.isEmpty() ? status : status + ": " + body;
        }
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof HttpTimeoutException) {
                return "no answer in time (" + t.getMessage() + ")";
            }
            if (t instanceof ConnectException) {
                return t.getMessage() == null ? "connection refused" : "cannot connect (" + t.getMessage() + ")";
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String detail = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return "connection lost (" + detail + ")";
    }

    private static String excerpt(String body) {
        if (body == null) {
            return "";
        }
        String line = body.replaceAll("\\s+", " ").strip();
        return line.length() <= EXCERPT ? line : line.substring(0, EXCERPT) + "...";
    }
}
