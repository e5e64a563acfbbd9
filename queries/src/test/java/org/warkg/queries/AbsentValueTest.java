package org.warkg.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every query that asks for an IRI or a text, given one the graph does not hold,
 * answers with no rows rather than an error: an analyst mistyping a unit's id must
 * get an empty table. Run on TDB2, whose plans for empty inputs differ from memory's.
 */
class AbsentValueTest {

    private static final String ABSENT_IRI = "https://w3id.org/warkg/id/unit/no-such-unit";
    private static final String ABSENT_TEXT = "qqxqzz";

    @TestFactory
    Stream<DynamicTest> anAbsentValueGivesNoRows() {
        DatasetGraph data = TestStore.load("war.trig");
        QueryLibrary library = QueryLibrary.standard();
        return library.all().stream()
            .filter(q -> q.parameters().stream().anyMatch(AbsentValueTest::selective))
            .map(q -> DynamicTest.dynamicTest(q.name(), () -> {
                Map<String, String> values = new HashMap<>();
                q.parameters().stream().filter(AbsentValueTest::selective).forEach(p -> values.put(p.name(),
                    p.type() == ParameterType.IRI ? "<" + ABSENT_IRI + ">" : ABSENT_TEXT));
                int rows = new DatasetEndpoint(data).select(library.bind(q.name(), values), r -> {
                    int n = 0;
                    for (; r.hasNext(); n++) {
                        r.next();
                    }
                    return n;
                });
                assertThat(rows).isZero();
            }));
    }

    private static boolean selective(QueryParameter parameter) {
        return parameter.type() == ParameterType.IRI || parameter.type() == ParameterType.STRING;
    }
}
