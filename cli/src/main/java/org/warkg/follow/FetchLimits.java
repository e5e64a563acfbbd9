package org.warkg.follow;

import java.time.Duration;

/**
 * How long and how much one request may take, and how politely requests to one host are spaced.
 *
 * @param connectTimeout the longest wait for a connection
 * @param readTimeout    the longest wait from sending a request to its last body byte, so a server that
 *                       stalls mid-page cannot hold the follower
 * @param maxBytes       the largest body read; a larger one is abandoned as soon as it is known to be larger
 * @param delay          the pause between two requests to the same host
 * @param attempts       tries of a request the server answers with 429 or 5xx
 * @param longestBackOff the longest pause before trying again, whatever Retry-After asks
 */
public record FetchLimits(Duration connectTimeout, Duration readTimeout, long maxBytes, Duration delay,
                          int attempts, Duration longestBackOff) {

    /** Ten megabytes: larger than any news page, small enough to hold in memory. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
}
