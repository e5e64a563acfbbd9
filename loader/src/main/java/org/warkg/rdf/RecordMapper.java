package org.warkg.rdf;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.warkg.ingest.WebIri;
import org.warkg.ontology.GEO;
import org.warkg.ontology.KG;
import org.warkg.ontology.PROV;
import org.warkg.ontology.SEM;
import org.warkg.ontology.TIME;
import org.warkg.record.DocumentRecord;
import org.warkg.record.EntityRecord;
import org.warkg.record.EventRecord;
import org.warkg.record.SpanRecord;
import org.warkg.record.StoryRecord;

/**
 * Maps one extraction record to quads in the article's named graph, under the
 * ontology of {@code kg.ttl}: the article and its provenance, every entity with its
 * names, roles and coordinates, and every event with one report that carries the
 * claimant, the verification status and the evidence span.
 */
public final class RecordMapper {

    private static final String WIKIDATA = "http://www.wikidata.org/entity/";

    /** Sends the quads of the record's graph to the sink; the caller brackets start/finish. */
    public void map(DocumentRecord record, StreamRDF sink) {
        map(record, null, sink);
    }

    /** As {@link #map(DocumentRecord, StreamRDF)}, with how the page was fetched when it was (else null). */
    public void map(DocumentRecord record, Retrieval retrieval, StreamRDF sink) {
        Writer writer = new Writer(record, sink);
        writer.write();
        if (retrieval != null) {
            writer.writeRetrieval(retrieval);
        }
    }

    /** The state of one mapping: the record, its graph and the entity IRIs by record id. */
    private static final class Writer {
        private final DocumentRecord record;
        private final StreamRDF sink;
        private final Node graph;
        private final Node article;
        private final Map<String, Node> entities = new HashMap<>();
        private final Set<Node> named = new HashSet<>();
        // Two events of a record may share one node (same type, place and date); it carries the highest figures.
        private final Map<Node, Map<Node, Integer>> figures = new LinkedHashMap<>();

        Writer(DocumentRecord record, StreamRDF sink) {
            this.record = record;
            this.sink = sink;
            this.graph = Iris.graph(record);
            this.article = Iris.article(record);
        }

        void write() {
            writeArticle();
            for (EntityRecord entity : record.entities()) {
                entities.put(entity.id(), Iris.entity(entity));
            }
            for (EntityRecord entity : record.entities()) {
                writeEntity(entity);
            }
            for (EventRecord event : record.events()) {
                writeEvent(event);
            }
            figures.forEach((node, byProperty) -> byProperty.forEach(
                (property, n) -> add(node, property, literal(n.toString(), XSDDatatype.XSDinteger))));
        }

        private void writeArticle() {
            add(graph, RDF.type.asNode(), KG.ArticleGraph);
            add(graph, PROV.wasDerivedFrom, article);
            add(graph, PROV.generatedAtTime, literal(instant(record.extractedAt()), XSDDatatype.XSDdateTime));
            Node extraction = Iris.extraction(record);
            add(graph, PROV.wasGeneratedBy, extraction);
            add(extraction, RDF.type.asNode(), KG.Extraction);
            add(extraction, KG.extractorVersion, string(record.extractorVersion()));
            add(extraction, PROV.wasAssociatedWith, Iris.extractor());
            add(Iris.extractor(), RDF.type.asNode(), PROV.SoftwareAgent);

            add(article, RDF.type.asNode(), KG.Article);
            add(article, KG.sourceFile, string(record.doc()));
            if (record.title() != null) {
                add(article, SchemaDO.headline.asNode(), string(record.title()));
            }
            if (record.published() != null) {
                add(article, SchemaDO.datePublished.asNode(), literal(record.published(), XSDDatatype.XSDdate));
            }
            if (record.url() != null) {
                // An address no IRI checker passes is kept as the page stated it, as text.
                Node url = WebIri.isValid(record.url()) ? NodeFactory.createURI(record.url()) : string(record.url());
                add(article, SchemaDO.url.asNode(), url);
            }
            if (record.outlet() != null) {
                publisher(article, record.outlet());
            }
            for (StoryRecord story : record.stories()) {
                writeStory(story);
            }
        }

        /**
         * The extraction used one fetched copy of the page: when it was fetched, from which feed, and
         * which copy it revises, so that the article graph tells which version of a changing page it holds.
         */
        void writeRetrieval(Retrieval retrieval) {
            Node copy = Iris.copy(retrieval.sha256());
            add(Iris.extraction(record), PROV.used, copy);
            add(copy, RDF.type.asNode(), PROV.Entity);
            add(copy, PROV.generatedAtTime, literal(retrieval.fetchedAt().toString(), XSDDatatype.XSDdateTime));
            if (retrieval.feed() != null) {
                add(copy, KG.feed, NodeFactory.createURI(retrieval.feed()));
            }
            if (retrieval.previous() != null) {
                add(copy, PROV.wasRevisionOf, Iris.copy(retrieval.previous()));
            }
        }

        /** A story of the page: its headline, date, position and, where the page names one, outlet. */
        private void writeStory(StoryRecord story) {
            Node node = Iris.story(record, story.position());
            add(node, RDF.type.asNode(), KG.Story);
            add(node, SchemaDO.isPartOf.asNode(), article);
            add(node, SchemaDO.position.asNode(), literal(Integer.toString(story.position()), XSDDatatype.XSDinteger));
            if (story.headline() != null) {
                add(node, SchemaDO.headline.asNode(), string(story.headline()));
            }
            if (story.date() != null) {
                add(node, SchemaDO.datePublished.asNode(), literal(story.date(), XSDDatatype.XSDdate));
            }
            if (story.outlet() != null) {
                publisher(node, story.outlet());
            }
        }

        private void publisher(Node work, String name) {
            Node outlet = Iris.outlet(name);
            add(work, SchemaDO.publisher.asNode(), outlet);
            add(outlet, RDF.type.asNode(), SchemaDO.Organization.asNode());
            add(outlet, SchemaDO.name.asNode(), string(name));
        }

        private void writeEntity(EntityRecord entity) {
            Node node = entities.get(entity.id());
            for (Node type : types(entity.type())) {
                add(node, RDF.type.asNode(), type);
            }
            // Two record entities may share an IRI (one gazetteer entry); the first names it.
            boolean first = named.add(node);
            add(node, first ? SchemaDO.name.asNode() : SchemaDO.alternateName.asNode(), string(entity.name()));
            // The gazetteer's spellings too, so that "Kharkov" finds Kharkiv in an article that writes only "Kharkiv".
            for (String alias : entity.aliases()) {
                add(node, SchemaDO.alternateName.asNode(), string(alias));
            }
            for (String alias : entity.knownAs()) {
                add(node, SchemaDO.alternateName.asNode(), string(alias));
            }
            if (entity.gazetteerId() != null) {
                add(node, KG.gazetteerId, string(entity.gazetteerId()));
            }
            if (entity.wikidata() != null && entity.wikidata().matches("Q\\d+")) {
                add(node, OWL2.sameAs.asNode(), NodeFactory.createURI(WIKIDATA + entity.wikidata()));
            }
            if (entity.parent() != null) {
                add(node, SchemaDO.containedInPlace.asNode(), Iris.gazetteer(entity.parent()));
            }
            if (entity.lat() != null && entity.lon() != null) {
                Node geometry = Iris.geometry(node);
                add(node, GEO.hasGeometry, geometry);
                add(geometry, RDF.type.asNode(), GEO.Geometry);
                add(geometry, GEO.asWKT, NodeFactory.createLiteralDT(
                    "POINT(" + entity.lon() + " " + entity.lat() + ")", GEO.wktLiteral));
            }
            add(article, SchemaDO.mentions.asNode(), node);
            List<String> roles = entity.roles();
            for (int i = 0; i < roles.size(); i++) {
                Node role = Iris.role(record, entity, i);
                add(role, RDF.type.asNode(), KG.Role);
                add(role, ORG.member.asNode(), node);
                add(role, KG.roleLabel, string(roles.get(i)));
                add(role, PROV.wasDerivedFrom, article);
                if (record.published() != null) {
                    add(role, KG.asOf, literal(record.published(), XSDDatatype.XSDdate));
                }
            }
        }

        private void writeEvent(EventRecord event) {
            Node place = event.locationId() == null ? null : entities.get(event.locationId());
            Node node = Iris.event(record, event, place);
            add(node, RDF.type.asNode(), NodeFactory.createURI(KG.NS + event.type()));
            if (event.date() != null) {
                add(node, SEM.hasTimeStamp, dateLiteral(event.date()));
                add(node, KG.datePrecision, precision(event.date()));
                // Day, month and year dates have three datatypes that do not order among themselves; the
                // period's first and last day as xsd:date sort and filter alike.
                DatePeriod period = DatePeriod.of(event.date());
                add(node, SEM.hasEarliestBeginTimeStamp, literal(period.first().toString(), XSDDatatype.XSDdate));
                add(node, SEM.hasLatestEndTimeStamp, literal(period.last().toString(), XSDDatatype.XSDdate));
            }
            if (place != null) {
                add(node, SEM.hasPlace, place);
            }
            argument(node, KG.agent, KG.agentText, event.agentId(), event.agent());
            argument(node, KG.target, KG.targetText, event.targetId(), event.target());
            for (String weapon : event.weapons()) {
                Node w = entities.get(weapon);
                if (w != null) {
                    add(node, KG.weapon, w);
                }
            }
            figure(node, KG.killed, event.killed());
            figure(node, KG.injured, event.injured());
            figure(node, KG.launched, event.launched());
            figure(node, KG.downed, event.downed());
            writeReport(event, node);
        }

        private void figure(Node event, Node property, Integer n) {
            if (n != null) {
                figures.computeIfAbsent(event, k -> new LinkedHashMap<>()).merge(property, n, Math::max);
            }
        }

        private void writeReport(EventRecord event, Node eventNode) {
            Node report = Iris.report(record, event);
            add(report, RDF.type.asNode(), KG.Report);
            add(report, KG.reports, eventNode);
            add(report, PROV.wasDerivedFrom, article);
            add(report, KG.verification, verification(event.verification()));
            if (event.story() != null) {
                add(report, KG.story, Iris.story(record, event.story()));
            }
            Node claimant = event.reportedById() == null ? null : entities.get(event.reportedById());
            if (claimant != null) {
                add(report, KG.claimant, claimant);
            } else if (event.reportedBy() != null) {
                add(report, KG.claimantText, string(event.reportedBy()));
            }
            List<SpanRecord> spans = event.evidenceSpans().isEmpty()
                ? List.of(new SpanRecord(-1, -1, event.evidence())) : event.evidenceSpans();
            for (int i = 0; i < spans.size(); i++) {
                SpanRecord span = spans.get(i);
                Node evidence = Iris.evidence(record, event, i);
                add(report, KG.evidence, evidence);
                add(evidence, RDF.type.asNode(), OA.SpecificResource.asNode());
                add(evidence, OA.hasSource.asNode(), article);
                Node quote = NodeFactory.createBlankNode();
                add(evidence, OA.hasSelector.asNode(), quote);
                add(quote, RDF.type.asNode(), OA.TextQuoteSelector.asNode());
                add(quote, OA.exact.asNode(), string(span.text()));
                if (span.start() >= 0) {
                    Node position = NodeFactory.createBlankNode();
                    add(evidence, OA.hasSelector.asNode(), position);
                    add(position, RDF.type.asNode(), OA.TextPositionSelector.asNode());
                    add(position, OA.start.asNode(), literal(Integer.toString(span.start()),
                        XSDDatatype.XSDnonNegativeInteger));
                    add(position, OA.end.asNode(), literal(Integer.toString(span.end()),
                        XSDDatatype.XSDnonNegativeInteger));
                }
            }
        }

        private void argument(Node event, Node property, Node textProperty, String entityId, String text) {
            Node entity = entityId == null ? null : entities.get(entityId);
            if (entity != null) {
                add(event, property, entity);
            } else if (text != null) {
                add(event, textProperty, string(text));
            }
        }

        private void add(Node s, Node p, Node o) {
            sink.quad(Quad.create(graph, s, p, o));
        }
    }

    private static List<Node> types(String type) {
        return switch (type) {
            case "Person" -> List.of(SchemaDO.Person.asNode(), SEM.Actor);
            case "Organization" -> List.of(SchemaDO.Organization.asNode(), SEM.Actor);
            case "MilitaryUnit" -> List.of(KG.MilitaryUnit, SchemaDO.Organization.asNode(), SEM.Actor);
            case "Location" -> List.of(SchemaDO.Place.asNode(), SEM.Place);
            case "Weapon" -> List.of(KG.WeaponModel);
            default -> throw new IllegalArgumentException("Unknown entity type " + type);
        };
    }

    private static Node dateLiteral(String iso) {
        RDFDatatype type = switch (iso.length()) {
            case 4 -> XSDDatatype.XSDgYear;
            case 7 -> XSDDatatype.XSDgYearMonth;
            default -> XSDDatatype.XSDdate;
        };
        return literal(iso, type);
    }

    private static Node precision(String iso) {
        return switch (iso.length()) {
            case 4 -> TIME.unitYear;
            case 7 -> TIME.unitMonth;
            default -> TIME.unitDay;
        };
    }

    private static Node verification(String status) {
        if (status == null) {
            return KG.NotStated;
        }
        return switch (status) {
            case "verified" -> KG.Verified;
            case "unverified" -> KG.Unverified;
            case "disputed" -> KG.Disputed;
            default -> KG.NotStated;
        };
    }

    private static String instant(String iso) {
        return iso == null ? Instant.EPOCH.toString() : Instant.parse(iso).toString();
    }

    private static Node string(String value) {
        return NodeFactory.createLiteralString(value);
    }

    private static Node literal(String lexical, RDFDatatype type) {
        return NodeFactory.createLiteralDT(lexical, type);
    }
}
