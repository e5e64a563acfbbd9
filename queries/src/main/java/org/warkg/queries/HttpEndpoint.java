package org.warkg.queries;

import java.io.IOException;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;

/**
 * Runs queries on a remote SPARQL 1.1 query service, such as Fuseki's
 * {@code http://127.0.0.1:3030/kg/sparql}. Jena substitutes the values into the
 * parsed query before it writes the request, so any endpoint gets plain SPARQL.
 */
public final class HttpEndpoint implements QueryEndpoint {

    private final String serviceUrl;

    /** An endpoint for the query service at the URL. */
    public HttpEndpoint(String serviceUrl) {
        this.serviceUrl = serviceUrl;
    }

    /** The query service URL. */
    public String serviceUrl() {
        return serviceUrl;
    }

    @Override
    public <T> T select(Query query, Map<Var, Node> substitutions, Function<RowSet, T> reader) {
        QueryExecHTTPBuilder builder = QueryExecHTTP.service(serviceUrl).query(query);
        substitutions.forEach(builder::substitution);
        try (QueryExec exec = builder.build()) {
            return reader.apply(exec.select());
        } catch (QueryExceptionHTTP | HttpException e) {
            throw new QueryLibraryException("SPARQL endpoint " + serviceUrl + " failed: " + reason(e), e);
        }
    }

    /**
     * The HTTP status, or the I/O failure underneath (connection refused, unknown host), without the
     * request URL that Jena's own message repeats with the whole query in it.
     */
    private static String reason(RuntimeException e) {
        if (e instanceof QueryExceptionHTTP http && http.getStatusCode() > 0) {
            return "HTTP " + http.getStatusCode() + (http.getStatusLine() == null ? "" : " " + http.getStatusLine());
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
            }
        }
        return String.valueOf(e.getMessage());
    }
}
