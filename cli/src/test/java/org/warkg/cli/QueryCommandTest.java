package org.warkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warkg.queries.NamedQuery;
import org.warkg.queries.QueryLibrary;

/** {@code kg query}: listing, running with parameters in each format, and errors that say what is wrong. */
class QueryCommandTest {

    @TempDir
    Path dir;

    @Test
    void listNamesEveryQueryWithItsTitleAndParameters() {
        CommandRun run = CommandRun.of("query", "--list");
        assertThat(run.code()).isZero();
        for (NamedQuery query : QueryLibrary.standard().all()) {
            assertThat(run.out()).contains(query.name() + " - " + query.title());
        }
        assertThat(run.out()).contains("--param place=IRI", "required", "--param from=xsd:date", "default 0001-01-01");
    }

    @Test
    void runsANamedQueryWithParametersAsCsv() {
        Path store = SampleStore.create(dir.resolve("tdb2"));
        CommandRun run = CommandRun.of("query", "place-timeline", "--param", "place=place/kharkiv-oblast",
            "-p", "to=2024-05-10", "--format", "csv", "--store", store.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().split("\r\n")).containsExactly(
            "date,precision,event,type,where,whereName,killed,injured,reports",
            "2024-05,month,https://w3id.org/warkg/id/event/e3,https://w3id.org/warkg/ns#TerritorialChange,"
                + "https://w3id.org/warkg/id/place/vovchansk,Vovchansk,,,1",
            "2024-05-10,day,https://w3id.org/warkg/id/event/e1,https://w3id.org/warkg/ns#Attack,"
                + "https://w3id.org/warkg/id/place/kharkiv,Kharkiv,4,12,2",
            "2024-05-10,day,https://w3id.org/warkg/id/event/e2,https://w3id.org/warkg/ns#Interception,"
                + "https://w3id.org/warkg/id/place/kharkiv-oblast,Kharkiv Oblast,,,1");
    }

    @Test
    void printsTablesAndJson() {
        Path store = SampleStore.summarized(dir.resolve("tdb2"));
        CommandRun table = CommandRun.of("query", "events-per-type", "--store", store.toString());
        assertThat(table.out().lines())
            .startsWith("type                  events  reports  totalKilled  totalInjured")
            .contains("kg:Attack             2       3        5            12", "(4 rows)");
        CommandRun json = CommandRun.of("query", "events-per-type", "--format", "json", "--store", store.toString());
        assertThat(json.out()).contains("\"vars\"", "\"type\"", "https://w3id.org/warkg/ns#Attack");
    }

    @Test
    void tablesNameEntitiesShortenIdsAndFitTheWidthWhileCsvKeepsFullValues() {
        Path store = SampleStore.create(dir.resolve("tdb2"));
        CommandRun table = CommandRun.of("query", "event-sources", "-p", "event=event/e1",
            "--store", store.toString());
        assertThat(table.code()).as(table.err()).isZero();
        assertThat(table.out()).contains("Oleh Syniehubov", "article/a1", "kg:Unverified", "Reuters")
            .doesNotContain("https://w3id.org/", "^^", "\"");
        CommandRun narrow = CommandRun.of("query", "event-sources", "-p", "event=event/e1", "--width", "100",
            "--store", store.toString());
        assertThat(narrow.out()).contains("Reuters", "…");
        assertThat(narrow.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
        CommandRun csv = CommandRun.of("query", "event-sources", "-p", "event=event/e1", "--format", "csv",
            "--store", store.toString());
        assertThat(csv.out()).contains("https://w3id.org/warkg/id/");
    }

    @Test
    void printsTheBoundQueryWithAnInjectionStringAsOneLiteral() {
        CommandRun run = CommandRun.of("query", "search", "--param", "text=x\" } ; DROP ALL ; #", "--sparql");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("lcase(\"x\\\" } ; DROP ALL ; #\")");
        assertThat(QueryFactory.create(run.out()).isSelectType()).isTrue();
    }

    @Test
    void namesTheQueryAndParameterAtFault() {
        Path store = SampleStore.create(dir.resolve("tdb2"));
        CommandRun unknown = CommandRun.of("query", "timeline", "--store", store.toString());
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("Unknown query 'timeline'");
        CommandRun badDate = CommandRun.of("query", "place-timeline", "-p", "place=place/kharkiv", "-p", "from=May",
            "--store", store.toString());
        assertThat(badDate.code()).isEqualTo(1);
        assertThat(badDate.err()).contains("Query 'place-timeline', parameter 'from': 'May' is not a date");
        CommandRun missing = CommandRun.of("query", "person-roles", "--store", store.toString());
        assertThat(missing.err()).contains("Query 'person-roles' needs parameter 'person'");
        CommandRun malformed = CommandRun.of("query", "search", "-p", "text", "--store", store.toString());
        assertThat(malformed.err()).contains("--param wants KEY=VALUE");
    }

    @Test
    void takesTheNameOfAnEntityWhereTheQueryWantsItsIri() {
        Path store = SampleStore.create(dir.resolve("tdb2"));
        CommandRun timeline = CommandRun.of("query", "place-timeline", "-p", "place=kharkiv", "--format", "csv",
            "--store", store.toString());
        assertThat(timeline.code()).as(timeline.err()).isZero();
        assertThat(timeline.out()).contains("https://w3id.org/warkg/id/event/e1");
        CommandRun unknown = CommandRun.of("query", "place-timeline", "-p", "place=Kharkif", "--store",
            store.toString());
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err().lines()).containsExactly(
            "error: Query 'place-timeline', parameter 'place': no entity in the graph is named 'Kharkif'.",
            "Did you mean Kharkiv (place/kharkiv)?");
    }

    @Test
    void refusesAFolderThatHoldsNoStore() {
        CommandRun run = CommandRun.of("query", "articles", "--store", dir.resolve("nothing").toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("No TDB2 store at");
    }
}
