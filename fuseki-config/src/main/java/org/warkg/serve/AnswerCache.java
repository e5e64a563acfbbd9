package org.warkg.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/**
 * Whole answers to read requests, kept until the data they read changes. An answer
 * that reads the articles is dropped at every committed write (an ingest's batch, an
 * update); one that reads only the tallies is dropped when they are rebuilt, so the
 * dashboards stay answered from here while an ingest writes. Between changes a query
 * gives the same answer, so a dashboard that eight analysts open at once is computed
 * once. Least recently used answers go first once the answers held pass
 * {@link #MAX_BYTES}.
 */
final class AnswerCache {

    /** The most bytes of answers held. */
    static final int MAX_BYTES = 64 << 20;
    /** The largest answer held: bigger ones are exports, read rarely and sent as they come. */
    static final int MAX_ANSWER_BYTES = 8 << 20;

    /** An answer as sent: its status, headers and body. */
    record Answer(int status, List<Map.Entry<String, String>> headers, byte[] body) {
    }

    /** How many times the articles and the tallies had changed when an answer was computed. */
    record Generation(long articles, long tallies) {
    }

    private record Held(Answer answer, boolean tallyOnly) {
    }

    private final LinkedHashMap<String, Held> answers = new LinkedHashMap<>(64, 0.75f, true);
    private final ConcurrentHashMap<String, CountDownLatch> computing = new ConcurrentHashMap<>();
    private long articles;
    private long tallies;
    private long bytes;

    /** A write committed: every answer that reads the articles is stale. */
    synchronized void articlesChanged() {
        articles++;
        answers.values().removeIf(held -> !held.tallyOnly());
        bytes = answers.values().stream().mapToLong(held -> held.answer().body().length).sum();
    }

    /** The tallies were rebuilt, or anything may have changed: every answer held is stale. */
    synchronized void clear() {
        articles++;
        tallies++;
        answers.clear();
        bytes = 0;
    }

    /** The generation of the data now, to be given back with an answer computed from it. */
    synchronized Generation generation() {
        return new Generation(articles, tallies);
    }

    /**
     * Marks an answer as being computed by the caller, who then calls {@link #computed}; or, when another asker
     * computes it already, gives that asker's latch to wait on: eight analysts who open a dashboard at once after a
     * rebuild have it computed once.
     */
    CountDownLatch claim(String key, CountDownLatch mine) {
        return computing.putIfAbsent(key, mine);
    }

    /** The caller's computing of an answer ended, kept or not: those who waited may look it up. */
    void computed(String key, CountDownLatch mine) {
        computing.remove(key, mine);
        mine.countDown();
    }

    synchronized Answer get(String key) {
        Held held = answers.get(key);
        return held == null ? null : held.answer();
    }

    /**
     * Keeps an answer, unless what it read changed since {@code computedAt} or the answer is too large.
     *
     * @param tallyOnly whether the query read only the tallies ({@link TallyReads})
     */
    synchronized void put(String key, Answer answer, Generation computedAt, boolean tallyOnly) {
        boolean stale = tallyOnly ? computedAt.tallies() != tallies : computedAt.articles() != articles;
        if (stale || answer.body().length > MAX_ANSWER_BYTES) {
            return;
        }
        Held replaced = answers.put(key, new Held(answer, tallyOnly));
        bytes += answer.body().length - (replaced == null ? 0 : replaced.answer().body().length);
        var oldest = answers.values().iterator();
        while (bytes > MAX_BYTES && oldest.hasNext()) {
            bytes -= oldest.next().answer().body().length;
            oldest.remove();
        }
    }
}
