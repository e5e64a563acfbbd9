package org.warkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A one-page web site on a free loopback port, another origin than the server under
 * test. It answers every request with the same page and counts the connections it
 * accepts, so a test can tell whether the server ever called it.
 */
final class LoopbackSite implements AutoCloseable {

    private final ServerSocket socket;
    private final byte[] response;
    private final AtomicInteger connections = new AtomicInteger();
    private final Thread acceptor;

    /** Starts serving {@code body} with the given content type. */
    LoopbackSite(String contentType, String body) throws IOException {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + content.length
            + "\r\nConnection: close\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        response = new byte[headBytes.length + content.length];
        System.arraycopy(headBytes, 0, response, 0, headBytes.length);
        System.arraycopy(content, 0, response, headBytes.length, content.length);
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::serve, "loopback-site");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                connections.incrementAndGet();
                readHead(client.getInputStream());
                OutputStream out = client.getOutputStream();
                out.write(response);
                out.flush();
            } catch (IOException e) {
                // The socket was closed, or a client went away: nothing to answer.
            }
        }
    }

    /** Reads the request up to the blank line after its headers; the page is the same whatever was asked. */
    private static void readHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            int b = in.read();
            if (b == -1) {
                return;
            }
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
    }

    /** The site's origin, such as {@code http://127.0.0.1:40123}. */
    String origin() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    /** How many connections the site has accepted so far. */
    int connections() {
        return connections.get();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
