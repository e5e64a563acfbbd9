package org.warkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages whose stated address is markup rather than a URL (in the canonical link, og:url or
 * the JSON-LD): they load into a TDB2 store, every export format writes and reads back,
 * and the stated address survives as text.
 */
class HostileAddressIT {

    private static final String[] PAGES = {"canonical", "og", "jsonld"};
    private static final String ARTICLE = "<h1>Drones strike an energy site in Kharkiv overnight</h1>"
        + "<p>Russian drones struck an energy facility in Kharkiv overnight on June 3, 2025, killing two people "
        + "and injuring five, regional governor Oleh Syniehubov said on Telegram.</p>"
        + "<p>Firefighters put out the blaze by morning, the State Emergency Service said.</p>";

    @TempDir
    Path dir;

    private Path input;
    private Path store;

    @BeforeEach
    void pages() throws IOException {
        input = Files.createDirectories(dir.resolve("input"));
        store = dir.resolve("tdb2");
        write("canonical", "<link rel=\"canonical\" href=\"" + attribute(stated("canonical")) + "\">");
        write("og", "<meta property=\"og:url\" content=\"" + attribute(stated("og")) + "\">");
        // In JSON a script's end tag is written <\/script>, or it would end the script element.
        String json = stated("jsonld").replace("\"", "\\\"").replace("/script", "\\/script");
        write("jsonld", "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"url\":\"" + json
            + "\"}</script>");
    }

    /** The address a page states: markup that closes the attribute and opens a script. */
    private static String stated(String page) {
        return "https://bad.example/" + page + "\"><script>x</script>";
    }

    private static String attribute(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private void write(String page, String head) throws IOException {
        Files.writeString(input.resolve(page + ".html"), "<html><head>" + head + "</head><body><article>" + ARTICLE
            + "</article></body></html>");
    }

    @Test
    void theRecordKeepsTheStatedAddressAsText() throws IOException {
        Path out = dir.resolve("records");
        CommandRun run = CommandRun.of("extract", input.toString(), "--out", out.toString());

        assertThat(run.code()).as(run.err()).isZero();
        for (String page : PAGES) {
            var record = new ObjectMapper().readTree(out.resolve(page + ".html.json").toFile());
            assertThat(record.path("url").asText()).as(page).isEqualTo(stated(page));
        }
    }

    @Test
    void everyExportFormatWritesAndReadsBack() throws IOException {
        CommandRun ingest = CommandRun.of("ingest", input.toString(), "--store", store.toString());
        assertThat(ingest.code()).as(ingest.err()).isZero();
        assertThat(ingest.err()).contains("the store holds 3 articles");

        for (String format : new String[] {"trig", "nq", "jsonld"}) {
            DatasetGraph read = RDFDataMgr.loadDatasetGraph(export(format).toString());
            assertThat(read.listGraphNodes()).toIterable().as(format).hasSize(3);
            for (String page : PAGES) {
                assertThat(read.getUnionGraph().contains(null, SchemaDO.url.asNode(),
                    NodeFactory.createLiteralString(stated(page)))).as(format + " " + page).isTrue();
            }
        }
        Graph union = RDFDataMgr.loadGraph(export("ttl").toString());
        assertThat(union.size()).isPositive();
        assertThat(asRdfXmlAndBack(union).isIsomorphicWith(union)).isTrue();

        String csv = Files.readString(export("acled-csv"), StandardCharsets.UTF_8);
        assertThat(csv.lines().count()).isGreaterThan(1);
        assertThat(csv).contains(stated("og").replace("\"", "\"\""));
    }

    private Path export(String format) {
        Path out = dir.resolve("graph." + format);
        CommandRun run = CommandRun.of("export", "--format", format, "--out", out.toString(),
            "--store", store.toString());
        assertThat(run.code()).as(format + ": " + run.err()).isZero();
        return out;
    }

    /** The article pages of kg serve answer RDF/XML clients too; that writer refuses bad IRIs. */
    private static Graph asRdfXmlAndBack(Graph graph) {
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        RDFDataMgr.write(xml, graph, Lang.RDFXML);
        return RDFParser.source(new ByteArrayInputStream(xml.toByteArray())).lang(Lang.RDFXML).toGraph();
    }
}
