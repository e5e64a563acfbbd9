package org.warkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.sun.net.httpserver.HttpExchange;

/**
 * The loopback news site of the follow tests: it keeps a log of the requests, has a robots.txt
 * that keeps crawlers out of /private/, and serves a cut-off feed, a page that stalls, a page
 * of 50 MB and a page that is busy the first time it is asked for.
 */
final class FeedSite extends LoopbackSite {

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Set<String> agents = ConcurrentHashMap.newKeySet();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final AtomicBoolean turnedAway = new AtomicBoolean();

    FeedSite() throws IOException {
        super();
    }

    /** Every request so far, as "GET /path" with " (conditional)" when it carried a validator. */
    List<String> requests() {
        return new ArrayList<>(requests);
    }

    /** The User-Agent headers the site was sent. */
    Set<String> agents() {
        return Set.copyOf(agents);
    }

    @Override
    void handle(HttpExchange exchange) throws IOException {
        agents.add(String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent")));
        String path = exchange.getRequestURI().getPath();
        boolean conditional = exchange.getRequestHeaders().containsKey("If-None-Match");
        requests.add(exchange.getRequestMethod() + " " + path + (conditional ? " (conditional)" : ""));
        switch (path) {
            case "/robots.txt" -> send(exchange, "User-agent: *\nDisallow: /private/\n"
                .getBytes(StandardCharsets.UTF_8), "text/plain");
            case "/broken.xml" -> send(exchange, "<rss version=\"2.0\"><channel><item><title>cut off"
                .getBytes(StandardCharsets.UTF_8), "application/rss+xml");
            case "/stalls" -> stall(exchange);
            case "/huge" -> huge(exchange);
            case "/busy.txt" -> busy(exchange);
            default -> super.handle(exchange);
        }
    }

    /** Promises a page, sends its first bytes and then nothing more until the site closes. */
    private void stall(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(200, 100_000);
        OutputStream out = exchange.getResponseBody();
        out.write("<html><body><p>The first lines of a page that never ends".getBytes(StandardCharsets.UTF_8));
        out.flush();
        try {
            closing.await(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The first request is told to come back in a second (429); later ones get the page. */
    private void busy(HttpExchange exchange) throws IOException {
        if (turnedAway.compareAndSet(false, true)) {
            exchange.getResponseHeaders().set("Retry-After", "1");
            exchange.sendResponseHeaders(429, -1);
        } else {
            super.handle(exchange);
        }
    }

    /** Streams 50 MB without declaring a length, so only counting the bytes can stop the reader. */
    private static void huge(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(200, 0);
        byte[] line = "<p>The same long line of filler text, over and over again.</p>\n"
            .getBytes(StandardCharsets.UTF_8);
        OutputStream out = exchange.getResponseBody();
        try {
            for (long sent = 0; sent < 50L * 1024 * 1024; sent += line.length) {
                out.write(line);
            }
        } catch (IOException e) {
            // The reader hung up once it had read enough.
        }
    }

    @Override
    public void close() {
        closing.countDown();
        super.close();
    }
}
