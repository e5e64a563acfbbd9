package org.warkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A news site on a free loopback port for the follow tests: pages served with ETags and conditional
 * GET, an RSS feed of the items added, a robots.txt, and pages that misbehave on purpose.
 */
final class FeedSite implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, byte[]> pages = new ConcurrentHashMap<>();
    private final List<String> items = new CopyOnWriteArrayList<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    FeedSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The site's URL for a path. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Serves the content at the path, replacing what was there. */
    void page(String path, String content) {
        pages.put(path, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Lists the path as the newest item of /feed.xml. */
    void item(String path) {
        items.add(0, path);
    }

    /** Every request so far, as "GET /path" with " (conditional)" when it carried a validator. */
    List<String> requests() {
        return new ArrayList<>(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        boolean conditional = exchange.getRequestHeaders().containsKey("If-None-Match");
        requests.add(exchange.getRequestMethod() + " " + path + (conditional ? " (conditional)" : ""));
        try (exchange) {
            switch (path) {
                case "/feed.xml" -> send(exchange, feed().getBytes(StandardCharsets.UTF_8), "application/rss+xml");
                case "/robots.txt" -> send(exchange, "User-agent: *\nDisallow: /private/\n"
                    .getBytes(StandardCharsets.UTF_8), "text/plain");
                case "/broken.xml" -> send(exchange, "<rss version=\"2.0\"><channel><item><title>cut off"
                    .getBytes(StandardCharsets.UTF_8), "application/rss+xml");
                case "/stalls" -> stall(exchange);
                case "/huge" -> huge(exchange);
                default -> {
                    byte[] page = pages.get(path);
                    if (page == null) {
                        exchange.sendResponseHeaders(404, -1);
                    } else {
                        send(exchange, page, "text/plain; charset=utf-8");
                    }
                }
            }
        }
    }

    /** Sends the body with an ETag, or 304 when the client already holds it. */
    private static void send(HttpExchange exchange, byte[] body, String type) throws IOException {
        String etag = "\"" + sha256(body) + "\"";
        exchange.getResponseHeaders().set("ETag", etag);
        if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
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

    private String feed() {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("rss_2.0");
        feed.setTitle("Loopback news");
        feed.setLink(url("/"));
        feed.setDescription("Articles for the follow tests");
        List<SyndEntry> entries = new ArrayList<>();
        for (String path : items) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(path);
            entry.setLink(url(path));
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            StringWriter out = new StringWriter();
            new SyndFeedOutput().output(feed, out);
            return out.toString();
        } catch (IOException | FeedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
