package org.warkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warkg.queries.NamedQuery;
import org.warkg.queries.QueryLibrary;

/** {@code kg bench queries}: one timed line per library query, on values sampled from the store. */
class BenchQueriesCommandTest {

    @TempDir
    Path dir;

    @Test
    void timesEveryLibraryQueryWithValuesFromTheStore() {
        Path store = SampleStore.create(dir.resolve("tdb2"));
        CommandRun run = CommandRun.of("bench", "queries", "--store", store.toString(), "--runs", "2",
            "--clients", "2", "--skip", "acled-events,search");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("2 client(s), 2 runs each", "place=<https://w3id.org/warkg/id/place/");
        assertThat(run.out()).doesNotContain("acled-events ", "search ");
        for (NamedQuery query : QueryLibrary.standard().all()) {
            if (query.name().equals("acled-events") || query.name().equals("search")) {
                continue;
            }
            String line = Arrays.stream(run.out().split("\n")).filter(l -> l.startsWith(query.name() + " "))
                .findFirst().orElseThrow(() -> new AssertionError("no line for " + query.name()));
            String[] columns = line.trim().split("\\s+");
            assertThat(columns).as(line).hasSize(5);
            assertThat(Integer.parseInt(columns[1])).as(line).isNotNegative();
            assertThat(Double.parseDouble(columns[3])).as(line).isGreaterThanOrEqualTo(Double.parseDouble(columns[2]));
            assertThat(columns[4]).as(line).isEqualTo("0");
        }
    }

    @Test
    void asksWithTheValuesGivenInsteadOfSampledOnes() {
        Path store = SampleStore.summarized(dir.resolve("tdb2"));
        CommandRun run = CommandRun.of("bench", "queries", "--store", store.toString(), "--runs", "1",
            "--skip", "acled-events,search", "--value", "place=<https://w3id.org/warkg/id/place/nowhere>",
            "--value", "from=2001-02-01", "--value", "to=2001-02-28");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("place=<https://w3id.org/warkg/id/place/nowhere>",
            "month {from=2001-02-01, to=2001-02-28}");
        assertThat(rows(run, "place-timeline")).isZero();
        // Only the queries that list events are asked for one month: the others count over every month.
        assertThat(rows(run, "events-per-month")).isPositive();
    }

    private static int rows(CommandRun run, String query) {
        String line = Arrays.stream(run.out().split("\n")).filter(l -> l.startsWith(query + " ")).findFirst()
            .orElseThrow(() -> new AssertionError("no line for " + query));
        return Integer.parseInt(line.trim().split("\\s+")[1]);
    }
}
