package org.warkg.cli;

import java.io.IOException;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A news site on a free loopback port, for {@code kg bench follow}: pages served with ETags and
 * answered 304 when the client holds the current copy, and an RSS 2.0 feed of its items at
 * {@code /feed.xml}, newest first.
 */
class LoopbackSite implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, byte[]> pages = new ConcurrentHashMap<>();
    private final List<String> items = new CopyOnWriteArrayList<>();

    LoopbackSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            try (exchange) {
                handle(exchange);
            }
        });
        server.start();
    }

    /** The site's URL for a path. */
    final String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Serves the content at the path, replacing what was there. */
    final void page(String path, String content) {
        pages.put(path, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Lists the path as the newest item of the feed. */
    final void item(String path) {
        items.add(0, path);
    }

    /** Answers one request: the feed, a page, or 404. */
    void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        byte[] page = pages.get(path);
        if ("/feed.xml".equals(path)) {
            send(exchange, feed().getBytes(StandardCharsets.UTF_8), "application/rss+xml");
        } else if (page != null) {
            send(exchange, page, "text/plain; charset=utf-8");
        } else {
            exchange.sendResponseHeaders(404, -1);
        }
    }

    /** Sends the body with an ETag, or 304 when the client already holds it. */
    static void send(HttpExchange exchange, byte[] body, String type) throws IOException {
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

    private String feed() {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("rss_2.0");
        feed.setTitle("Loopback news");
        feed.setLink(url("/"));
        feed.setDescription("Articles served on this machine for kg follow");
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
            throw new IllegalStateException("Cannot write the feed", e);
        }
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
