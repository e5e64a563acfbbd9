package org.warkg.follow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class HostGateTest {

    @Test
    void requestsToOneHostRunOneAtATimeWithTheDelayBetweenThem() throws Exception {
        HostGate gate = new HostGate(Duration.ofMillis(200));
        AtomicInteger running = new AtomicInteger();
        List<Long> starts = Collections.synchronizedList(new ArrayList<>());
        List<Integer> overlaps = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(3);
        for (int i = 0; i < 3; i++) {
            pool.submit(() -> gate.call("news.example", () -> {
                overlaps.add(running.incrementAndGet());
                starts.add(System.nanoTime());
                running.decrementAndGet();
                return null;
            }));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(overlaps).containsOnly(1);
        Collections.sort(starts);
        assertThat(starts.get(2) - starts.get(0)).isGreaterThanOrEqualTo(Duration.ofMillis(400).toNanos());
    }

    @Test
    void aHostThatAskedForAPauseGetsIt() throws FetchException {
        HostGate gate = new HostGate(Duration.ZERO);
        gate.holdOff("busy.example", Duration.ofMillis(300));
        long start = System.nanoTime();
        gate.call("other.example", () -> null);
        long other = System.nanoTime() - start;
        gate.call("busy.example", () -> null);
        long busy = System.nanoTime() - start;

        assertThat(other).isLessThan(Duration.ofMillis(300).toNanos());
        assertThat(busy).isGreaterThanOrEqualTo(Duration.ofMillis(290).toNanos());
    }
}
