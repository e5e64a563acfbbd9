package org.warkg.queries;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The types a query parameter may declare, each with the token written in query
 * headers and the conversion from the text a user types to the RDF term that is
 * bound. Values always become terms (an IRI or a typed literal), never query text.
 */
public enum ParameterType {

    /** An IRI, in any form {@link IriShorthand} reads. */
    IRI("IRI", "an IRI: full, prefixed (kg:Attack) or a data id (place/kharkiv)", null),
    /** A calendar day, YYYY-MM-DD. */
    DATE("xsd:date", "a date YYYY-MM-DD", XSDDatatype.XSDdate),
    /** A whole number. */
    INTEGER("xsd:integer", "a whole number", XSDDatatype.XSDinteger),
    /** A decimal number such as 50.45 (no exponent). */
    DECIMAL("xsd:decimal", "a decimal number such as 50.45", XSDDatatype.XSDdecimal),
    /** Any text, bound as an xsd:string literal. */
    STRING("string", "any text", XSDDatatype.XSDstring);

    private final String token;
    private final String expected;
    private final RDFDatatype datatype;

    ParameterType(String token, String expected, RDFDatatype datatype) {
        this.token = token;
        this.expected = expected;
        this.datatype = datatype;
    }

    /** The token that names the type in a query header. */
    public String token() {
        return token;
    }

    /** The type a header token names, or null when no type has that token. */
    public static ParameterType forToken(String token) {
        for (ParameterType type : values()) {
            if (type.token.equals(token)) {
                return type;
            }
        }
        return null;
    }

    /**
     * The RDF term for a typed value.
     *
     * @throws IllegalArgumentException saying what was expected, when the text is no such value
     */
    public Node parse(String text) {
        if (this == IRI) {
            return NodeFactory.createURI(IriShorthand.expand(text));
        }
        if (this == STRING) {
            return NodeFactory.createLiteralString(text);
        }
        String lexical = text.strip();
        if (!datatype.isValid(lexical)) {
            throw new IllegalArgumentException("'" + text + "' is not " + expected);
        }
        return NodeFactory.createLiteralDT(lexical, datatype);
    }
}
