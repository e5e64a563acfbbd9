package org.warkg.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The header format of query files, and the mistakes that must stop the library from loading. */
class HeaderParserTest {

    private static final String BODY = "SELECT ?event WHERE { ?event a ?type ; ?p ?place FILTER(?day >= ?from) }\n";

    @Test
    void readsTitleDescriptionAndParameters() {
        NamedQuery query = HeaderParser.parse("example", """
            # @title Example
            # @description First line,
            # @description second line.
            # A free comment.
            # @param place IRI required The place, e.g. place/kharkiv
            # @param from xsd:date 2022-02-24 Start of the range
            # @param type IRI optional Event class
            """ + BODY);

        assertThat(query.title()).isEqualTo("Example");
        assertThat(query.description()).isEqualTo("First line, second line.");
        assertThat(query.parameters()).containsExactly(
            new QueryParameter("place", ParameterType.IRI, null, true, "The place, e.g. place/kharkiv"),
            new QueryParameter("from", ParameterType.DATE, "2022-02-24", false, "Start of the range"),
            new QueryParameter("type", ParameterType.IRI, null, false, "Event class"));
        assertThat(query.parameter("from").defaultText()).isEqualTo("2022-02-24");
        assertThat(query.parameter("type").defaultText()).isEqualTo("optional");
    }

    @Test
    void rejectsAHeaderWithoutTitle() {
        assertThatThrownBy(() -> HeaderParser.parse("example", "# @description Text\n" + BODY))
            .isInstanceOf(QueryLibraryException.class)
            .hasMessageContaining("example.rq").hasMessageContaining("@title");
    }

    @Test
    void rejectsAnUnknownTagWithItsLine() {
        String text = "# @title T\n# @description D\n# @parm x IRI required X\n" + BODY;
        assertThatThrownBy(() -> HeaderParser.parse("example", text))
            .hasMessageContaining("line 3").hasMessageContaining("@parm");
    }

    @Test
    void rejectsAnUnknownType() {
        assertThatThrownBy(() -> parseWithParam("place URI required The place"))
            .hasMessageContaining("unknown type 'URI'");
    }

    @Test
    void rejectsADefaultOfTheWrongType() {
        assertThatThrownBy(() -> parseWithParam("from xsd:date 24.02.2022 Start"))
            .hasMessageContaining("default of 'from'").hasMessageContaining("24.02.2022");
    }

    @Test
    void rejectsAParameterTheQueryDoesNotUse() {
        assertThatThrownBy(() -> parseWithParam("fromDay xsd:date required Start"))
            .hasMessageContaining("'fromDay' is not used");
    }

    @Test
    void rejectsAParameterWithoutDescription() {
        assertThatThrownBy(() -> parseWithParam("place IRI required"))
            .hasMessageContaining("NAME TYPE DEFAULT DESCRIPTION");
    }

    @Test
    void rejectsQueriesOtherThanSelect() {
        assertThatThrownBy(() -> HeaderParser.parse("example", "# @title T\n# @description D\nASK { ?s ?p ?o }\n"))
            .hasMessageContaining("only SELECT");
    }

    @Test
    void rejectsBrokenSparql() {
        assertThatThrownBy(() -> HeaderParser.parse("example", "# @title T\n# @description D\nSELECT ?x WHERE {\n"))
            .hasMessageContaining("'example' is not valid SPARQL");
    }

    @Test
    void rejectsFileNamesThatAreNotLowerCaseWords() {
        assertThatThrownBy(() -> HeaderParser.parse("Place_Timeline", "# @title T\n# @description D\n" + BODY))
            .hasMessageContaining("lower-case");
    }

    private static NamedQuery parseWithParam(String param) {
        return HeaderParser.parse("example", "# @title T\n# @description D\n# @param " + param + "\n" + BODY);
    }
}
