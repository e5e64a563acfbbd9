package org.warkg.serve;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/**
 * The note a running {@code kg serve} keeps in its store folder saying where it
 * listens. TDB2 lets one process open a store, so commands started beside the
 * server (query, export, ingest) read the note and go through the server instead
 * of failing on the store's lock. The server removes the note when it stops; a note
 * left behind by a killed server is ignored, because its process is gone or its
 * port no longer answers.
 *
 * @param datasetUrl the dataset URL, such as {@code http://127.0.0.1:3030/kg}
 * @param pid        the server's process
 * @param writable   whether the server has an admin password and so accepts writes
 */
public record RunningServer(String datasetUrl, long pid, boolean writable) {

    /** The note's name inside the store folder. */
    public static final String FILE = "kg-serve.properties";
    private static final Duration PING_TIMEOUT = Duration.ofSeconds(2);

    /** Writes the note into the store folder, whole or not at all. */
    public void writeTo(Path store) {
        Properties note = new Properties();
        note.setProperty("dataset", datasetUrl);
        note.setProperty("pid", Long.toString(pid));
        note.setProperty("writable", Boolean.toString(writable));
        Path target = store.resolve(FILE);
        Path partial = store.resolve(FILE + ".part");
        try (Writer out = Files.newBufferedWriter(partial)) {
            note.store(out, "Where kg serve listens; removed when it stops");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + partial, e);
        }
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
    }

    /** Removes the note from the store folder if it is this server's, leaving a newer server's note alone. */
    public void removeFrom(Path store) {
        if (read(store).filter(this::equals).isPresent()) {
            try {
                Files.deleteIfExists(store.resolve(FILE));
            } catch (IOException e) {
                // A note that stays is harmless: readers find its server gone.
            }
        }
    }

    /** The server serving the store folder, if its note is there and the server answers. */
    public static Optional<RunningServer> find(Path store) {
        return read(store).filter(RunningServer::answers);
    }

    private static Optional<RunningServer> read(Path store) {
        Path file = store.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties note = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            note.load(in);
            return Optional.of(new RunningServer(note.getProperty("dataset"),
                Long.parseLong(note.getProperty("pid")), Boolean.parseBoolean(note.getProperty("writable"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The process is alive and the server answers Fuseki's ping at its address. */
    private boolean answers() {
        if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return false;
        }
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(PING_TIMEOUT).build();
            HttpRequest ping = HttpRequest.newBuilder(URI.create(datasetUrl).resolve("/$/ping"))
                .timeout(PING_TIMEOUT).GET().build();
            return client.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
