package org.warkg.follow;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches feeds and pages politely: conditional GETs, a User-Agent that names the project, one
 * request at a time per host with a pause between them, and a back-off when a host answers 429
 * or 5xx. A request that takes too long or a body that is too large fails with the reason.
 */
public final class PageFetcher {

    private final HttpClient client;
    private final FetchLimits limits;
    private final HostGate gate;
    private final String userAgent;

    public PageFetcher(FetchLimits limits, String userAgent) {
        this.client = HttpClient.newBuilder().connectTimeout(limits.connectTimeout())
            .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.limits = limits;
        this.gate = new HostGate(limits.delay());
        this.userAgent = userAgent;
    }

    /** The URL's body, or not-modified when the validators of the copy we hold still match. */
    Fetched get(URI uri, Validators since) throws FetchException {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        for (int attempt = 1; ; attempt++) {
            HttpResponse<byte[]> response = gate.call(host, () -> send(request(uri, since)));
            int status = response.statusCode();
            if (status == 304 && !since.equals(Validators.NONE)) {
                return new Fetched(null, since);
            }
            if (status / 100 == 2) {
                return new Fetched(response.body(), new Validators(header(response, "ETag"),
                    header(response, "Last-Modified")));
            }
            boolean busy = status == 429 || status / 100 == 5;
            if (!busy || attempt >= limits.attempts()) {
                throw new FetchException("HTTP " + status + (busy ? " after " + attempt + " tries" : ""), status);
            }
            gate.holdOff(host, backOff(response, attempt));
        }
    }

    private HttpRequest request(URI uri, Validators since) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(limits.readTimeout())
            .header("User-Agent", userAgent);
        if (since.etag() != null) {
            request.header("If-None-Match", since.etag());
        }
        if (since.lastModified() != null) {
            request.header("If-Modified-Since", since.lastModified());
        }
        return request.build();
    }

    /** Sends the request and waits for its whole body no longer than the read timeout. */
    private HttpResponse<byte[]> send(HttpRequest request) throws FetchException {
        CompletableFuture<HttpResponse<byte[]>> response =
            client.sendAsync(request, CappedBody.handler(limits.maxBytes()));
        try {
            return response.get(limits.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            response.cancel(true);
            throw new FetchException("no complete answer within " + seconds(limits.readTimeout()));
        } catch (ExecutionException e) {
            throw new FetchException(reason(e.getCause()));
        } catch (InterruptedException e) {
            response.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted");
        }
    }

    private String reason(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof CappedBody.TooLarge) {
                return t.getMessage();
            }
            if (t instanceof HttpConnectTimeoutException) {
                return "no connection within " + seconds(limits.connectTimeout());
            }
            if (t instanceof ConnectException) {
                return "connection refused";
            }
        }
        if (error instanceof java.net.http.HttpTimeoutException) {
            return "no answer within " + seconds(limits.readTimeout());
        }
        return error instanceof IOException && error.getMessage() != null ? error.getMessage() : error.toString();
    }

    /** Retry-After in seconds or as a date when the host gives it, else a pause doubling with each try. */
    private Duration backOff(HttpResponse<?> response, int attempt) {
        Duration asked = Optional.ofNullable(header(response, "Retry-After")).map(PageFetcher::retryAfter)
            .orElse(limits.delay().plusSeconds(1).multipliedBy(1L << (attempt - 1)));
        return asked.compareTo(limits.longestBackOff()) > 0 ? limits.longestBackOff() : asked;
    }

    private static Duration retryAfter(String value) {
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
            try {
                Instant when = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(Instant.now(), when);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() / 1000.0 + " s";
    }
}
