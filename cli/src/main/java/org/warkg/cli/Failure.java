package org.warkg.cli;

import java.net.BindException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.warkg.queries.QueryLibraryException;
import org.warkg.store.StoreException;

/**
 * What a failed command tells its user: the cause in one line and, where the cause
 * is one a user meets (a locked store, a busy port, a server that is not running, a
 * write without the password), the fix in a second line.
 *
 * @param cause    what went wrong
 * @param fix      what to do about it, or null
 * @param exitCode the command's exit code: 2 when the store or server is unusable, 1 otherwise
 */
record Failure(String cause, String fix, int exitCode) {

    private static final Pattern LOCK = Pattern.compile("Failed to get a lock: file='(.*)/tdb\\.lock': "
        + "held by process (\\d+)");
    private static final Pattern BIND = Pattern.compile("Failed to bind to \\S*?:(\\d+)");
    private static final int UNAVAILABLE = 2;

    /** The failure an exception stands for. */
    static Failure of(Throwable e) {
        if (e instanceof CommandException known) {
            return new Failure(known.getMessage(), known.fix(), known.exitCode());
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            Failure explained = explain(t, e);
            if (explained != null) {
                return explained;
            }
        }
        if (e instanceof QueryLibraryException) {
            // The library's messages are written for users: a cause, and sometimes a second line with the fix.
            List<String> lines = e.getMessage().lines().toList();
            return new Failure(lines.get(0), lines.size() > 1 ? lines.get(1) : null, 1);
        }
        return new Failure(firstLine(e), "Run the command again with --verbose to see where it failed.",
            e instanceof StoreException ? UNAVAILABLE : 1);
    }

    private static Failure explain(Throwable t, Throwable top) {
        String message = String.valueOf(t.getMessage());
        Matcher lock = LOCK.matcher(message);
        if (lock.find()) {
            String store = StoreFolder.shown(Path.of(lock.group(1)));
            return new Failure("The store " + store + " is in use by process " + lock.group(2) + ".",
                "Stop that process (a kg serve, ingest or compact on the same store) or let it finish.",
                UNAVAILABLE);
        }
        Matcher bind = BIND.matcher(message);
        if (t instanceof BindException || bind.find()) {
            String port = bind.find(0) ? "Port " + bind.group(1) : "The port";
            return new Failure(port + " on 127.0.0.1 is already in use.",
                "Stop what listens there, or serve on another port with --port N.", UNAVAILABLE);
        }
        if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException) {
            return new Failure(firstLine(top) + " (nothing answers there).",
                "Start the server with ./kg serve, or check the --endpoint URL.", UNAVAILABLE);
        }
        int status = t instanceof HttpException http ? http.getStatusCode()
            : t instanceof QueryExceptionHTTP query ? query.getStatusCode() : 0;
        if (status == 404) {
            return new Failure("No SPARQL dataset answers at that address (HTTP 404).",
                "Give the dataset's URL, such as http://127.0.0.1:3030/kg, without /sparql or /data.", UNAVAILABLE);
        }
        if (status == 401 || status == 403) {
            return new Failure("The server refused the write: it needs the admin password (HTTP "
                + status + ").",
                "Set KG_ADMIN_PASSWORD, or give --password-file FILE, with the password of kg serve.",
                UNAVAILABLE);
        }
        return null;
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
