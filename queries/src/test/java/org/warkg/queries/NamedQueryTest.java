package org.warkg.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.junit.jupiter.api.Test;

/**
 * Binding values to library queries: defaults, errors that name query and
 * parameter, and values that stay terms whatever they contain.
 */
class NamedQueryTest {

    private static final QueryLibrary LIBRARY = QueryLibrary.standard();
    private static final String INJECTION = "x\" } ; DROP ALL ; #";

    @Test
    void addsDefaultsAndLeavesOptionalParametersUnbound() {
        BoundQuery bound = LIBRARY.bind("place-timeline", Map.of("place", "place/kharkiv"));
        assertThat(bound.values()).containsOnlyKeys("place", "from", "to");
        assertThat(bound.values().get("from").getLiteralLexicalForm()).isEqualTo("0001-01-01");
        assertThat(LIBRARY.bind("weapons-usage", Map.of()).values()).isEmpty();
    }

    @Test
    void namesTheUnknownQuery() {
        assertThatThrownBy(() -> LIBRARY.get("timeline")).isInstanceOf(QueryLibraryException.class)
            .hasMessageContaining("Unknown query 'timeline'").hasMessageContaining("place-timeline");
    }

    @Test
    void namesQueryAndParameterWhenAValueIsMissing() {
        assertThatThrownBy(() -> LIBRARY.bind("place-timeline", Map.of()))
            .hasMessageContaining("Query 'place-timeline' needs parameter 'place' (IRI)");
    }

    @Test
    void namesQueryAndParameterWhenTheParameterIsUnknown() {
        assertThatThrownBy(() -> LIBRARY.bind("place-timeline", Map.of("place", "place/kharkiv", "until", "x")))
            .hasMessageContaining("Query 'place-timeline' has no parameter 'until'")
            .hasMessageContaining("place, from, to");
        assertThatThrownBy(() -> LIBRARY.bind("events-per-type", Map.of("type", "kg:Attack")))
            .hasMessageContaining("it takes none");
    }

    @Test
    void namesQueryAndParameterWhenAValueDoesNotParse() {
        assertThatThrownBy(() -> LIBRARY.bind("place-timeline", Map.of("place", "place/kharkiv", "from", "May 2024")))
            .hasMessageContaining("Query 'place-timeline', parameter 'from': 'May 2024' is not a date YYYY-MM-DD");
    }

    @Test
    void anInjectionStringStaysOneStringLiteral() {
        BoundQuery bound = LIBRARY.bind("search", Map.of("text", INJECTION));
        Node value = bound.values().get("text");
        assertThat(value.isLiteral()).isTrue();
        assertThat(value.getLiteralLexicalForm()).isEqualTo(INJECTION);

        String sparql = bound.sparql();
        assertThat(sparql).contains("\"x\\\" } ; DROP ALL ; #\"");
        Query reparsed = QueryFactory.create(sparql);
        assertThat(reparsed.isSelectType()).isTrue();
        assertThat(reparsed.toString()).isEqualTo(QueryTransformOps.transform(LIBRARY.get("search").parse(),
            Map.of(Var.alloc("text"), NodeFactory.createLiteralString(INJECTION))).toString());
    }

    /**
     * Remote endpoints receive the query with the values written in, so every
     * query must still parse after substitution: no parameter may be projected,
     * grouped by or tested with BOUND, which Jena would turn into invalid SPARQL.
     */
    @Test
    void everyQueryStaysValidSparqlWithAllItsParametersBound() {
        Map<ParameterType, String> samples = Map.of(ParameterType.IRI, "kg:Attack", ParameterType.DATE, "2024-05-10",
            ParameterType.INTEGER, "2", ParameterType.DECIMAL, "50.5", ParameterType.STRING, INJECTION);
        for (NamedQuery query : LIBRARY.all()) {
            Map<String, String> values = new HashMap<>();
            query.parameters().forEach(p -> values.put(p.name(), samples.get(p.type())));
            String sparql = query.bind(values).sparql();
            assertThat(QueryFactory.create(sparql).isSelectType()).as(query.name()).isTrue();
        }
    }
}
