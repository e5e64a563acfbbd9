package org.warkg.follow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;

import org.warkg.follow.FollowState.Entry;
import org.warkg.follow.Report.Status;
import org.warkg.load.ArticleLoader;
import org.warkg.load.LoadResult;
import org.warkg.pipeline.Outcome;
import org.warkg.rdf.Iris;
import org.warkg.rdf.Retrieval;
import org.warkg.record.DocumentRecord;
import org.warkg.store.StoreException;

/**
 * Takes one copy of a page or file into the graph as {@code kg ingest} would: content already
 * loaded (same SHA-256) is left alone; new or changed content is extracted and replaces the
 * article's graph, which records when it was fetched, from which feed and which copy it revises.
 */
public final class ArticleIntake {

    private final ArticleLoader loader;
    private final FollowState state;
    private final Report report;
    private final Clock clock;
    private final Runnable afterChanges;
    private boolean changed;

    /**
     * @param afterChanges what a round that stored articles ends with, such as rebuilding the store's tallies
     */
    public ArticleIntake(ArticleLoader loader, FollowState state, Report report, Clock clock, Runnable afterChanges) {
        this.loader = loader;
        this.state = state;
        this.report = report;
        this.clock = clock;
        this.afterChanges = afterChanges;
    }

    /** Ends a round of takes: when any of them stored an article, runs what follows changes. */
    void endRound() {
        if (changed) {
            changed = false;
            afterChanges.run();
        }
    }

    /** What to send the server to ask whether the page changed since we read it. */
    Validators validators(String key) {
        Entry known = state.get(key);
        return known == null ? Validators.NONE : known.validators();
    }

    /** The server says the copy we hold is current. */
    Status notModified(String key) {
        Entry known = state.get(key);
        save(key, new Entry(known.etag(), known.lastModified(), known.sha256(), clock.instant().toString(),
            known.graph()));
        return report.line(Status.UNCHANGED, key, "not modified");
    }

    /**
     * Takes a copy of the article.
     *
     * @param key        the page's URL or the file's path, under which its state is kept
     * @param body       the content read
     * @param extraction extracts the content, as {@code kg ingest} would
     * @param validators what the server said about this copy
     * @param feed       the feed that listed the page, or null
     */
    Status take(String key, byte[] body, Supplier<Outcome> extraction, Validators validators, String feed) {
        Instant now = clock.instant();
        String sha = sha256(body);
        Entry known = state.get(key);
        if (known != null && sha.equals(known.sha256())) {
            save(key, new Entry(validators.etag(), validators.lastModified(), sha, now.toString(), known.graph()));
            return report.line(Status.UNCHANGED, key, "same content");
        }
        Outcome outcome = extraction.get();
        DocumentRecord record = outcome.record();
        if (record == null) {
            if (outcome.failed()) {
                return report.line(Status.FAILED, key, outcome.problem());
            }
            save(key, new Entry(validators.etag(), validators.lastModified(), sha, now.toString(), null));
            return report.line(Status.SKIPPED, key, outcome.problem());
        }
        LoadResult result;
        try {
            result = loader.load(record, new Retrieval(now, sha, feed, known == null ? null : known.sha256()));
        } catch (StoreException e) {
            return report.line(Status.FAILED, key, e.getMessage());
        }
        if (!result.rejected().isEmpty()) {
            return report.line(Status.FAILED, key, result.rejected().get(0).reason());
        }
        changed = true;
        save(key, new Entry(validators.etag(), validators.lastModified(), sha, now.toString(),
            Iris.graph(record).getURI()));
        String events = record.events().size() + " events";
        return report.line(known == null ? Status.NEW : Status.UPDATED, key, events);
    }

    /** Records that the key could not be read this time. */
    Status failed(String key, String reason) {
        return report.line(Status.FAILED, key, reason);
    }

    /** Records that the key was left out on purpose. */
    Status skipped(String key, String reason) {
        return report.line(Status.SKIPPED, key, reason);
    }

    private void save(String key, Entry entry) {
        try {
            state.put(key, entry);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the follow state: " + e.getMessage(), e);
        }
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }
}
