package org.warkg.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The shipped library: found on the class path, every file with a complete header. */
class QueryLibraryTest {

    @Test
    void findsTheShippedQueriesByFileName() {
        List<NamedQuery> queries = QueryLibrary.standard().all();
        assertThat(queries).hasSizeGreaterThanOrEqualTo(22);
        assertThat(queries).extracting(NamedQuery::name)
            .contains("place-timeline", "acled-events", "events-near", "search").isSorted();
    }

    @Test
    void everyQueryDescribesItselfAndItsParameters() {
        for (NamedQuery query : QueryLibrary.standard().all()) {
            assertThat(query.title()).as(query.name()).isNotBlank();
            assertThat(query.description()).as(query.name()).hasSizeGreaterThan(40);
            query.parameters().forEach(p -> assertThat(p.description()).as(query.name() + " " + p.name()).isNotBlank());
        }
    }
}
