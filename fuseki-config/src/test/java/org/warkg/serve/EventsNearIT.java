package org.warkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped {@code events-near.rq} against a running server: events within a
 * radius of a named place (by name or alias, any case) or of a point. In the
 * fixture Izium is about 114 km from Kharkiv and Kyiv about 410 km.
 */
class EventsNearIT {

    private static final String QUERY = "org/warkg/serve/events-near.rq";
    private static final String VALUES_LINE = "VALUES (?centre ?radiusKm) { (\"Kharkiv\" 150) }";

    @TempDir
    static Path dir;

    private static FixtureServer server;

    @BeforeAll
    static void start() {
        server = FixtureServer.start(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The shipped query with the centre and radius set, as a user edits its VALUES line. */
    private static String near(String centre, int radiusKm) {
        String text;
        try (InputStream in = EventsNearIT.class.getClassLoader().getResourceAsStream(QUERY)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(text).contains(VALUES_LINE);
        return text.replace(VALUES_LINE, "VALUES (?centre ?radiusKm) { (\"" + centre + "\" " + radiusKm + ") }");
    }

    /** The event IRIs of the result rows, in order. */
    private static List<String> events(String csv) {
        return csv.lines().skip(1).map(line -> line.substring(0, line.indexOf(','))).toList();
    }

    @Test
    void findsEventsNearANamedPlaceNearestFirst() {
        String csv = server.select(near("Kharkiv", 150));
        assertThat(events(csv)).containsExactly(FixtureServer.ID + "event/strike", FixtureServer.ID + "event/izium");
        double izium = Double.parseDouble(csv.lines().skip(2).findFirst().orElseThrow().replaceAll(".*,", ""));
        assertThat(izium).isBetween(105.0, 125.0);
    }

    @Test
    void matchesAliasesInAnyCase() {
        assertThat(events(server.select(near("kharkov", 150))))
            .containsExactly(FixtureServer.ID + "event/strike", FixtureServer.ID + "event/izium");
        assertThat(events(server.select(near("KHARKIV", 50)))).containsExactly(FixtureServer.ID + "event/strike");
    }

    @Test
    void findsEventsNearAPoint() {
        assertThat(events(server.select(near("POINT(30.5 50.4)", 50))))
            .containsExactly(FixtureServer.ID + "event/kyiv");
        assertThat(events(server.select(near("POINT(36.2 50.0)", 500)))).hasSize(3);
    }

    @Test
    void unknownPlaceGivesNoRows() {
        assertThat(events(server.select(near("Atlantis", 1000)))).isEmpty();
    }
}
