package org.warkg.record;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The extraction record of one document, as written to {@code <file>.json}: the
 * fields of the gold format plus ids, offsets and provenance.
 *
 * @param formatVersion    version of this record format
 * @param doc              the input file's name
 * @param published        the page's own date (ISO), or null
 * @param title            the page title, or null
 * @param url              the page's address as stated, a valid IRI where one was given ({@code WebIri}), or null
 * @param outlet           the publishing outlet, or null
 * @param source           the path the document was read from
 * @param extractorVersion version of the extractor that wrote the record
 * @param extractedAt      when the record was written (ISO instant)
 * @param entities         the entities
 * @param events           the events
 * @param stories          the stories of the page, in page order
 */
@JsonPropertyOrder({"formatVersion", "doc", "published", "title", "url", "outlet", "source", "extractorVersion",
    "extractedAt", "stories", "entities", "events"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DocumentRecord(String formatVersion, String doc, String published, String title, String url,
                             String outlet, String source, String extractorVersion, String extractedAt,
                             List<EntityRecord> entities, List<EventRecord> events, List<StoryRecord> stories) {

    /** The version of the record format this code writes. */
    public static final String FORMAT_VERSION = "1";

    public DocumentRecord {
        entities = entities == null ? List.of() : List.copyOf(entities);
        events = events == null ? List.of() : List.copyOf(events);
        stories = stories == null ? List.of() : List.copyOf(stories);
    }
}
