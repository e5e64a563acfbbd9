package org.warkg.serve;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sends the answer a query got before while the data it reads has not changed since
 * ({@link AnswerCache}; a query of the tallies alone keeps its answer until they are
 * rebuilt). A query is looked up whether it comes in the URL of a GET, in the form of
 * a POST or as the body of a POST (read first, up to 64 KB, then passed on to Fuseki),
 * and only one whose answer cannot change without a write is kept: a query calling {@code RAND}, {@code NOW},
 * {@code UUID}, {@code STRUUID} or {@code BNODE} always runs. The same query with
 * other parameters or another {@code Accept} or {@code Origin} header is another answer.
 */
final class CachedQueries extends HttpFilter {

    /** The dataset's query endpoints. */
    static final String[] PATH_SPECS = {"/" + ServerSettings.DATASET + "/sparql/*",
        "/" + ServerSettings.DATASET + "/query/*"};

    /** The header that marks an answer sent from the cache. */
    static final String HIT_HEADER = "X-Kg-Cache";

    /** The longest wait for another asker's answer: past any query timeout a server would be started with. */
    private static final Duration MAX_WAIT = Duration.ofMinutes(2);

    /** The longest query body read to look the answer up; a longer one is sent on as it comes. */
    private static final int MAX_BODY_BYTES = 64 << 10;

    private static final Pattern VOLATILE = Pattern.compile("(?i)\\b(RAND|NOW|UUID|STRUUID|BNODE)\\s*\\(");

    private final transient AnswerCache cache;

    CachedQueries(AnswerCache cache) {
        this.cache = cache;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest forwarded = request;
        String query = null;
        if (inParameters(request)) {
            query = request.getParameter("query");
        } else if (inBody(request)) {
            byte[] head = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
            forwarded = new ReplayedRequest(request, head);
            String encoding = request.getCharacterEncoding();
            query = head.length > MAX_BODY_BYTES ? null
                : new String(head, encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding));
        }
        if (query == null || VOLATILE.matcher(query).find()) {
            chain.doFilter(forwarded, response);
            return;
        }
        StringBuilder key = new StringBuilder(request.getRequestURI());
        new TreeMap<>(request.getParameterMap()).forEach((name, values) -> key.append('\n').append(name).append('=')
            .append(String.join("\u0000", values)));
        key.append("\nAccept: ").append(request.getHeader("Accept"))
            .append("\nOrigin: ").append(request.getHeader("Origin"))
            .append("\nBody: ").append(forwarded == request ? "" : query);
        AnswerCache.Answer held = cache.get(key.toString());
        CountDownLatch mine = new CountDownLatch(1);
        CountDownLatch first = held == null ? cache.claim(key.toString(), mine) : null;
        if (first != null) {
            awaitFirstAsker(first);
            held = cache.get(key.toString());
            // Its answer was not kept (it failed, was too large, or a write came meanwhile): this asker computes.
            mine = null;
        }
        if (held != null) {
            send(held, response);
            return;
        }
        try {
            AnswerCache.Generation generation = cache.generation();
            CopyingResponse copying = new CopyingResponse(response, AnswerCache.MAX_ANSWER_BYTES);
            chain.doFilter(forwarded, copying);
            if (copying.getStatus() == HttpServletResponse.SC_OK && copying.copied()) {
                cache.put(key.toString(), new AnswerCache.Answer(HttpServletResponse.SC_OK, copying.headers(),
                    copying.body()), generation, TallyReads.only(query));
            }
        } finally {
            if (mine != null) {
                cache.computed(key.toString(), mine);
            }
        }
    }

    /** Waits for the asker computing the same answer, at most as long as any query may run. */
    private static void awaitFirstAsker(CountDownLatch first) throws ServletException {
        try {
            first.await(MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServletException("Interrupted while waiting for the same query's answer", e);
        }
    }

    /** Whether the query is a request parameter: in the URL of a GET, or in the form of a POST (the web UI's). */
    private static boolean inParameters(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || posted(request, "application/x-www-form-urlencoded");
    }

    /** Whether the query is the body of a POST, as Jena's clients send one too long for a URL. */
    private static boolean inBody(HttpServletRequest request) {
        return posted(request, "application/sparql-query");
    }

    private static boolean posted(HttpServletRequest request, String contentType) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod()) && type != null
            && type.toLowerCase(Locale.ROOT).startsWith(contentType);
    }

    private static void send(AnswerCache.Answer answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        response.setHeader(HIT_HEADER, "hit");
        // Set, then added: a header the filters before this one wrote is replaced, not repeated.
        Set<String> written = new HashSet<>();
        for (Map.Entry<String, String> header : answer.headers()) {
            if (written.add(header.getKey().toLowerCase(Locale.ROOT))) {
                response.setHeader(header.getKey(), header.getValue());
            } else {
                response.addHeader(header.getKey(), header.getValue());
            }
        }
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }
}
