package org.warkg.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** Typed text to RDF terms: the forms analysts may type, and clear refusals for the rest. */
class ParameterTypeTest {

    private static final String DATA = "https://w3id.org/warkg/id/";

    @Test
    void readsIrisInEveryAcceptedForm() {
        assertThat(iri(DATA + "place/kharkiv")).isEqualTo(uri(DATA + "place/kharkiv"));
        assertThat(iri("<http://www.wikidata.org/entity/Q212>")).isEqualTo(uri("http://www.wikidata.org/entity/Q212"));
        assertThat(iri("kg:Attack")).isEqualTo(uri("https://w3id.org/warkg/ns#Attack"));
        assertThat(iri("org:member")).isEqualTo(uri("http://www.w3.org/ns/org#member"));
        assertThat(iri("place/kharkiv-oblast")).isEqualTo(uri(DATA + "place/kharkiv-oblast"));
        assertThat(iri("org/reuters")).isEqualTo(uri(DATA + "org/reuters"));
    }

    @Test
    void refusesTextThatIsNoIri() {
        assertThatThrownBy(() -> iri("kharkiv")).hasMessageContaining("place/kharkiv");
        assertThatThrownBy(() -> iri("place:kharkiv")).hasMessageContaining("unknown prefix 'place:'");
        assertThatThrownBy(() -> iri("<https://example.org/a b>")).hasMessageContaining("not a valid IRI");
        assertThatThrownBy(() -> iri("place/x> } ; DROP ALL ; #")).hasMessageContaining("not");
    }

    @Test
    void readsTypedLiterals() {
        assertThat(ParameterType.DATE.parse("2024-05-10")).isEqualTo(NodeFactory.createLiteralDT("2024-05-10",
            XSDDatatype.XSDdate));
        assertThat(ParameterType.INTEGER.parse("25"))
            .isEqualTo(NodeFactory.createLiteralDT("25", XSDDatatype.XSDinteger));
        assertThat(ParameterType.DECIMAL.parse("-36.25")).isEqualTo(NodeFactory.createLiteralDT("-36.25",
            XSDDatatype.XSDdecimal));
        assertThat(ParameterType.STRING.parse(" two words "))
            .isEqualTo(NodeFactory.createLiteralString(" two words "));
    }

    @Test
    void refusesMalformedLiterals() {
        assertThatThrownBy(() -> ParameterType.DATE.parse("2024-13-01")).hasMessageContaining("a date YYYY-MM-DD");
        assertThatThrownBy(() -> ParameterType.DATE.parse("10/05/2024")).hasMessageContaining("10/05/2024");
        assertThatThrownBy(() -> ParameterType.INTEGER.parse("2.5")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> ParameterType.DECIMAL.parse("1e3")).hasMessageContaining("decimal");
    }

    @Test
    void namesTypesByTheirHeaderTokens() {
        for (ParameterType type : ParameterType.values()) {
            assertThat(ParameterType.forToken(type.token())).isSameAs(type);
        }
        assertThat(ParameterType.forToken("xsd:string")).isNull();
    }

    private static Node iri(String text) {
        return ParameterType.IRI.parse(text);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
