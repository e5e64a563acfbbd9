package org.warkg.queries;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * Reads an IRI as analysts type it. Three forms, tried in this order:
 * <ol>
 * <li>a full IRI, bare ({@code https://...}, {@code http://...}, {@code urn:...}) or in angle brackets;</li>
 * <li>a prefixed name with one of {@link KgPrefixes#vocabularies()}, such as {@code kg:Attack};</li>
 * <li>a data id, {@code folder/rest}, resolved against {@link KgPrefixes#DATA}: {@code place/kharkiv} is
 *     {@code https://w3id.org/warkg/id/place/kharkiv}. This is the gazetteer id the extractor prints and
 *     the relative IRI the JSON-LD export writes.</li>
 * </ol>
 * Data ids use a slash rather than a prefix because {@code org:} already names the W3C
 * Organization vocabulary while {@code org/} is the folder of organizations in the data.
 */
final class IriShorthand {

    private static final Pattern PREFIXED = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*):(.*)");
    private static final Pattern DATA_ID = Pattern.compile("[a-z]+/\\S+");

    private IriShorthand() {}

    /** Whether the text has the shape of one of the three forms, rather than being a name. */
    static boolean isIriForm(String text) {
        String s = text.strip();
        return s.startsWith("<") || PREFIXED.matcher(s).matches() || DATA_ID.matcher(s).matches();
    }

    /** The full IRI the text stands for; IllegalArgumentException saying which forms are accepted otherwise. */
    static String expand(String text) {
        String s = text.strip();
        String iri;
        Matcher prefixed = PREFIXED.matcher(s);
        if (s.startsWith("<") && s.endsWith(">")) {
            iri = s.substring(1, s.length() - 1);
        } else if (prefixed.matches()) {
            String prefix = prefixed.group(1);
            Map<String, String> vocabularies = KgPrefixes.vocabularies();
            if (vocabularies.containsKey(prefix)) {
                iri = vocabularies.get(prefix) + prefixed.group(2);
            } else if (prefix.equals("http") || prefix.equals("https") || prefix.equals("urn")) {
                iri = s;
            } else {
                throw new IllegalArgumentException("unknown prefix '" + prefix + ":' (known: "
                    + String.join(", ", vocabularies.keySet()) + "; data ids are written like place/kharkiv)");
            }
        } else if (DATA_ID.matcher(s).matches()) {
            iri = KgPrefixes.DATA + s;
        } else {
            throw new IllegalArgumentException("'" + text + "' is not an IRI: write a full IRI, a prefixed name"
                + " such as kg:Attack, or a data id such as place/kharkiv");
        }
        return check(text, iri);
    }

    private static String check(String text, String iri) {
        try {
            if (!IRIx.create(iri).isReference()) {
                throw new IllegalArgumentException("'" + text + "' is a relative IRI; a full IRI starts with a scheme"
                    + " such as https:");
            }
            return iri;
        } catch (IRIException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid IRI: " + e.getMessage(), e);
        }
    }
}
