package org.warkg.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.warkg.record.DocumentRecord;
import org.warkg.record.EntityRecord;
import org.warkg.record.EventRecord;

/**
 * Mints every IRI of the graph, in one place, from stable keys: an entity's
 * gazetteer id or its type and canonical name, an article's URL or file name, an
 * event's type, date and place. The same input gives the same IRI in every run.
 */
public final class Iris {

    /** Base of all data IRIs. */
    public static final String BASE = "https://w3id.org/warkg/id/";

    private Iris() {}

    /** The article's named graph. */
    public static Node graph(DocumentRecord record) {
        return iri("graph/" + articleKey(record));
    }

    /** The article itself. */
    public static Node article(DocumentRecord record) {
        return iri("article/" + articleKey(record));
    }

    /** A story of the article's page, by its position from 1. */
    public static Node story(DocumentRecord record, int position) {
        return iri("story/" + articleKey(record) + "/" + position);
    }

    /** The extraction run that produced the article's graph. */
    public static Node extraction(DocumentRecord record) {
        return iri("extraction/" + articleKey(record));
    }

    /** One fetched copy of a page, named by the SHA-256 of its body. */
    public static Node copy(String sha256) {
        return iri("copy/" + sha256);
    }

    /** The extractor as a software agent. */
    public static Node extractor() {
        return iri("agent/extractor");
    }

    /**
     * An entity: its gazetteer id when linked, else its type and canonical name; a
     * person's name is folded over common transliteration variants first, so that
     * "Serhiy Lysak" and "Serhii Lysak" in two articles are one node.
     */
    public static Node entity(EntityRecord entity) {
        if (entity.gazetteerId() != null) {
            return iri(entity.gazetteerId());
        }
        String name = slug(entity.name());
        return iri(typeSlug(entity.type()) + "/" + ("Person".equals(entity.type()) ? foldSpelling(name) : name));
    }

    /** Folds y/i, doubled letters and ks/x, as English renderings of Slavic names vary. */
    static String foldSpelling(String slug) {
        String s = slug.replace("ks", "x").replace('y', 'i');
        return s.replaceAll("([a-z])\\1+", "$1");
    }

    /** A gazetteer entry by id (for parents of places). */
    public static Node gazetteer(String gazetteerId) {
        return iri(gazetteerId);
    }

    /**
     * An event. Events of one type at one place on one day or month are one event
     * across articles; others are the article's own.
     */
    public static Node event(DocumentRecord record, EventRecord event, Node place) {
        if (place != null && event.date() != null && event.date().length() >= 7) {
            return iri("event/" + hash(event.type() + "|" + event.date() + "|" + place.getURI()));
        }
        return iri("event/" + hash(articleKey(record) + "|" + event.type() + "|" + event.evidence()));
    }

    /** One article's report of an event. */
    public static Node report(DocumentRecord record, EventRecord event) {
        return iri("report/" + articleKey(record) + "/" + event.id());
    }

    /** The evidence span of a report. */
    public static Node evidence(DocumentRecord record, EventRecord event, int index) {
        return iri("evidence/" + articleKey(record) + "/" + event.id() + "/" + index);
    }

    /** A role the article gives a person. */
    public static Node role(DocumentRecord record, EntityRecord person, int index) {
        return iri("role/" + articleKey(record) + "/" + person.id() + "/" + index);
    }

    /** The geometry of a place. */
    public static Node geometry(Node place) {
        return NodeFactory.createURI(place.getURI() + "/geometry");
    }

    /** An outlet named by the article. */
    public static Node outlet(String name) {
        return iri("org/" + slug(name));
    }

    static String articleKey(DocumentRecord record) {
        return record.url() != null ? "u" + hash(record.url()) : slug(record.doc());
    }

    private static Node iri(String path) {
        return NodeFactory.createURI(BASE + path);
    }

    private static String typeSlug(String type) {
        return switch (type) {
            case "Person" -> "person";
            case "Organization" -> "org";
            case "MilitaryUnit" -> "unit";
            case "Location" -> "place";
            case "Weapon" -> "weapon";
            default -> throw new IllegalArgumentException("Unknown entity type " + type);
        };
    }

    /** Lower-case ASCII words joined by hyphens: "Kharkiv Oblast" becomes "kharkiv-oblast". */
    static String slug(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.replace('\u2019', '\'').toLowerCase(Locale.ROOT).replaceAll("'s\\b", "");
        s = s.replaceAll("[^a-z0-9а-яёіїєґ]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "x" + hash(text) : s;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }
}
