package org.warkg.serve;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sends the answer a query got before while the data it reads has not changed since
 * ({@link AnswerCache}; a query of the tallies alone keeps its answer until they are
 * rebuilt). Only a query sent with GET is answered so (its text is in
 * the URL, so the request is whole before it is read), and only one whose answer
 * cannot change without a write: a query calling {@code RAND}, {@code NOW},
 * {@code UUID}, {@code STRUUID} or {@code BNODE} always runs. The same query with
 * another {@code Accept} or {@code Origin} header is another answer.
 */
final class CachedQueries extends HttpFilter {

    /** The dataset's query endpoints. */
    static final String[] PATH_SPECS = {"/" + ServerSettings.DATASET + "/sparql/*",
        "/" + ServerSettings.DATASET + "/query/*"};

    private static final Pattern VOLATILE = Pattern.compile("(?i)\\b(RAND|NOW|UUID|STRUUID|BNODE)\\s*\\(");

    private final transient AnswerCache cache;

    CachedQueries(AnswerCache cache) {
        this.cache = cache;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String query = "GET".equals(request.getMethod()) ? request.getParameter("query") : null;
        if (query == null || VOLATILE.matcher(query).find()) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getRequestURI() + "?" + request.getQueryString() + "\n" + request.getHeader("Accept")
            + "\n" + request.getHeader("Origin");
        AnswerCache.Answer held = cache.get(key);
        if (held != null) {
            send(held, response);
            return;
        }
        AnswerCache.Generation generation = cache.generation();
        CopyingResponse copying = new CopyingResponse(response, AnswerCache.MAX_ANSWER_BYTES);
        chain.doFilter(request, copying);
        if (copying.getStatus() == HttpServletResponse.SC_OK && copying.copied()) {
            cache.put(key, new AnswerCache.Answer(HttpServletResponse.SC_OK, copying.headers(), copying.body()),
                generation, TallyReads.only(query));
        }
    }

    private static void send(AnswerCache.Answer answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        for (Map.Entry<String, String> header : answer.headers()) {
            response.addHeader(header.getKey(), header.getValue());
        }
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }
}
