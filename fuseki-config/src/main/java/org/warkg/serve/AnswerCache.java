package org.warkg.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whole answers to read requests, kept until the data changes: any committed write
 * (an ingest's batch, an update, a tally rebuild) empties the cache. Between writes
 * a query over the same data gives the same answer, so a dashboard that eight
 * analysts open at once is computed once. Least recently used answers go first
 * once the answers held pass {@link #MAX_BYTES}.
 */
final class AnswerCache {

    /** The most bytes of answers held. */
    static final int MAX_BYTES = 64 << 20;
    /** The largest answer held: bigger ones are exports, read rarely and sent as they come. */
    static final int MAX_ANSWER_BYTES = 8 << 20;

    /** An answer as sent: its status, headers and body. */
    record Answer(int status, List<Map.Entry<String, String>> headers, byte[] body) {
    }

    private final AtomicLong generation = new AtomicLong();
    private final LinkedHashMap<String, Answer> answers = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    /** The data has changed: every answer held is stale. */
    synchronized void clear() {
        generation.incrementAndGet();
        answers.clear();
        bytes = 0;
    }

    /** The generation of the data now, to be given back with an answer computed from it. */
    long generation() {
        return generation.get();
    }

    synchronized Answer get(String key) {
        return answers.get(key);
    }

    /** Keeps an answer, unless the data changed since {@code computedAt} or the answer is too large. */
    synchronized void put(String key, Answer answer, long computedAt) {
        if (computedAt != generation.get() || answer.body().length > MAX_ANSWER_BYTES) {
            return;
        }
        Answer replaced = answers.put(key, answer);
        bytes += answer.body().length - (replaced == null ? 0 : replaced.body().length);
        var oldest = answers.entrySet().iterator();
        while (bytes > MAX_BYTES && oldest.hasNext()) {
            bytes -= oldest.next().getValue().body().length;
            oldest.remove();
        }
    }
}
