package org.warkg.follow;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Politeness per host: one request at a time, a pause between requests, and a longer
 * pause when the host asks for one (429 with Retry-After, or a 5xx).
 */
final class HostGate {

    private final Duration delay;
    private final Map<String, Host> hosts = new ConcurrentHashMap<>();

    HostGate(Duration delay) {
        this.delay = delay;
    }

    /** What one host allows: its lock and the earliest time of its next request. */
    private static final class Host {
        final ReentrantLock lock = new ReentrantLock();
        long nextNanos = System.nanoTime();
    }

    /** A request to run while the host is held. */
    interface Request<T> {
        T run() throws FetchException;
    }

    /** Waits for the host's turn, runs the request alone on that host, and spaces the next one. */
    <T> T call(String host, Request<T> request) throws FetchException {
        Host state = hosts.computeIfAbsent(host, h -> new Host());
        state.lock.lock();
        try {
            sleepUntil(state.nextNanos);
            try {
                return request.run();
            } finally {
                state.nextNanos = Math.max(state.nextNanos, System.nanoTime() + delay.toNanos());
            }
        } finally {
            state.lock.unlock();
        }
    }

    /** The host asked us to wait: no request goes to it before the pause is over. */
    void holdOff(String host, Duration pause) {
        Host state = hosts.computeIfAbsent(host, h -> new Host());
        state.nextNanos = Math.max(state.nextNanos, System.nanoTime() + pause.toNanos());
    }

    private static void sleepUntil(long nanos) throws FetchException {
        long wait = nanos - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException("interrupted");
            }
        }
    }
}
