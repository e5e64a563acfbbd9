package org.warkg.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Says in every answer of the dataset that this server rebuilds its own tallies once writes pause
 * ({@link TallyUpkeep}), so that a client that stored articles through its URL does not send the rebuild as
 * well: on a large store that is minutes of a write transaction, done twice.
 */
public final class TalliesKept extends HttpFilter {

    /** The header, and its value, that a kg serve's answers carry. */
    public static final String HEADER = "X-Kg-Tallies";
    static final String VALUE = "kept by the server";

    /** The dataset's endpoints. */
    static final String PATH_SPEC = "/" + ServerSettings.DATASET + "/*";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(HEADER, VALUE);
        chain.doFilter(request, response);
    }

    /** Whether the dataset at the URL is served by a kg serve, which keeps its tallies: its query answers say so. */
    public static boolean by(String datasetUrl) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest ask = HttpRequest.newBuilder(URI.create(datasetUrl + "/sparql?query=ASK%7B%7D"))
            .timeout(Duration.ofSeconds(10)).build();
        try {
            HttpResponse<Void> answer = client.send(ask, HttpResponse.BodyHandlers.discarding());
            return answer.headers().firstValue(HEADER).filter(VALUE::equals).isPresent();
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
