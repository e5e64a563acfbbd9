package org.warkg.follow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.warkg.files.AtomicFile;

/**
 * What the follower knows of each page or file it has read, kept in a JSON file beside the store
 * and rewritten whole after every change, so that a restarted follower neither refetches what the
 * server says is unchanged nor reloads content it has already loaded.
 */
public final class FollowState {

    private static final ObjectMapper JSON = new ObjectMapper()
        .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

    private final Path file;
    private final Map<String, Entry> entries;

    private FollowState(Path file, Map<String, Entry> entries) {
        this.file = file;
        this.entries = entries;
    }

    /**
     * What is known of one page or file.
     *
     * @param etag         the server's ETag for the copy loaded, or null
     * @param lastModified the server's Last-Modified for it, or null
     * @param sha256       the SHA-256 of the body last read
     * @param fetched      when it was last read or confirmed unchanged (ISO-8601)
     * @param graph        the named graph that holds it, or null when it gave no article
     */
    public record Entry(String etag, String lastModified, String sha256, String fetched, String graph) {

        Validators validators() {
            return new Validators(etag, lastModified);
        }
    }

    /** The state in the file, or an empty one when there is no file yet. */
    public static FollowState load(Path file) throws IOException {
        Map<String, Entry> entries = new TreeMap<>();
        if (Files.exists(file)) {
            entries.putAll(JSON.readValue(file.toFile(), new TypeReference<Map<String, Entry>>() { }));
        }
        return new FollowState(file, entries);
    }

    /** What is known of the key, or null. */
    synchronized Entry get(String key) {
        return entries.get(key);
    }

    /** Records what is now known of the key, and writes the file. */
    synchronized void put(String key, Entry entry) throws IOException {
        entries.put(key, entry);
        AtomicFile.write(file, out -> JSON.writerWithDefaultPrettyPrinter().writeValue(out, entries));
    }
}
