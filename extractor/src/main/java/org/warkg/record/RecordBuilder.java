package org.warkg.record;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.warkg.entity.Entities;
import org.warkg.entity.Entity;
import org.warkg.event.Event;
import org.warkg.event.Events;
import org.warkg.event.Evidence;
import org.warkg.gazetteer.Gazetteer;
import org.warkg.gazetteer.GazetteerEntry;
import org.warkg.ingest.Block;
import org.warkg.ingest.SourceDocument;
import org.warkg.ingest.Story;
import org.warkg.mention.Mention;

/** Assembles the record of a document from what the stages found. */
public final class RecordBuilder {

    private final Gazetteer gazetteer;
    private final String extractorVersion;

    public RecordBuilder(Gazetteer gazetteer, String extractorVersion) {
        this.gazetteer = gazetteer;
        this.extractorVersion = extractorVersion;
    }

    /** The record of one document. */
    public DocumentRecord build(SourceDocument document, Entities entities, Events events, Instant now) {
        List<EntityRecord> entityRecords = new ArrayList<>();
        for (Entity entity : entities.entities()) {
            entityRecords.add(entity(entity, document.text()));
        }
        List<StoryRecord> stories = stories(document);
        List<EventRecord> eventRecords = new ArrayList<>();
        for (Event event : events.events()) {
            eventRecords.add(event(event, storyOf(event, stories)));
        }
        return new DocumentRecord(DocumentRecord.FORMAT_VERSION, document.id(),
            document.published() == null ? null : document.published().toString(), document.title(),
            document.url(), document.outlet(), document.source(), extractorVersion, now.toString(),
            entityRecords, eventRecords, stories);
    }

    private static List<StoryRecord> stories(SourceDocument document) {
        List<StoryRecord> stories = new ArrayList<>();
        for (Story story : document.stories()) {
            Block headline = story.headline();
            List<Block> blocks = story.blocks();
            stories.add(new StoryRecord(stories.size() + 1,
                headline == null ? null : document.text().substring(headline.start(), headline.end()),
                story.date() == null ? null : story.date().toString(), blocks.get(0).start(),
                blocks.get(blocks.size() - 1).end(), story.outlet()));
        }
        return stories;
    }

    /** The story that holds the event's first evidence sentence, or null. */
    private static Integer storyOf(Event event, List<StoryRecord> stories) {
        int at = event.evidence().get(0).start();
        return stories.stream().filter(s -> s.start() <= at && at < s.end()).map(StoryRecord::position)
            .findFirst().orElse(null);
    }

    private EntityRecord entity(Entity entity, String text) {
        GazetteerEntry entry = gazetteer.byId(entity.gazetteerId());
        List<SpanRecord> mentions = new ArrayList<>();
        for (Mention m : entity.mentions()) {
            mentions.add(new SpanRecord(m.start(), m.end(), text.substring(m.start(), m.end())));
        }
        return new EntityRecord(entity.id(), entity.type().name(), entity.name(), entity.aliases(), entity.roles(),
            entry == null ? null : entry.wikidata(), entity.gazetteerId(), entry == null ? null : entry.parent(),
            entry == null ? null : entry.lat(), entry == null ? null : entry.lon(), mentions, knownAs(entity, entry));
    }

    /** The gazetteer's names for the entity that the document does not use. */
    private static List<String> knownAs(Entity entity, GazetteerEntry entry) {
        if (entry == null) {
            return List.of();
        }
        Set<String> used = new HashSet<>();
        used.add(entity.name().toLowerCase(Locale.ROOT));
        entity.aliases().forEach(a -> used.add(a.toLowerCase(Locale.ROOT)));
        List<String> names = new ArrayList<>();
        for (String name : Stream.concat(Stream.of(entry.name()), entry.aliases().stream()).toList()) {
            if (used.add(name.toLowerCase(Locale.ROOT))) {
                names.add(name);
            }
        }
        return names;
    }

    private static EventRecord event(Event event, Integer story) {
        List<SpanRecord> spans = new ArrayList<>();
        for (Evidence e : event.evidence()) {
            spans.add(new SpanRecord(e.start(), e.end(), e.text()));
        }
        return new EventRecord(event.id(), event.type().name(),
            event.date() == null ? null : event.date().iso(),
            event.date() == null ? null : event.date().precision().name().toLowerCase(Locale.ROOT),
            event.location(), event.locationId(), event.agent(), event.agentId(), event.target(), event.targetId(),
            event.weaponIds(), event.killed(), event.injured(), event.munitions().launched(),
            event.munitions().downed(), event.reportedBy(), event.reportedById(),
            event.verification().name().toLowerCase(Locale.ROOT), event.evidence().get(0).text(), spans, story);
    }
}
