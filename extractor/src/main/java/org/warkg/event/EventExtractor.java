package org.warkg.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.warkg.entity.Entities;
import org.warkg.entity.Entity;
import org.warkg.gazetteer.EntityType;
import org.warkg.gazetteer.Gazetteer;
import org.warkg.gazetteer.GazetteerEntry;
import org.warkg.ingest.SourceDocument;
import org.warkg.mention.Mention;
import org.warkg.nlp.Sentence;
import org.warkg.nlp.Token;

/**
 * Finds typed events in sentences by trigger lemma, fills their arguments from the
 * entities and words around the trigger, dates them against the story date, and
 * merges repeated mentions of one event in a document.
 */
public final class EventExtractor {

    /** Sentences that set background rather than report ("since the start of the invasion"). */
    private static final java.util.regex.Pattern BACKGROUND = java.util.regex.Pattern.compile(
        "\\b(?:every (?:day|night)|each (?:day|night)|regularly|routinely|often|usually|\\?$)",
        java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final int MAX_TYPES_PER_SENTENCE = 2;
    private static final int FOLLOWING_SENTENCES = 3;

    private final TriggerLexicon triggers;
    private final DateResolver dates;
    private final CasualtyCounter casualties;
    private final ClaimReader claims;
    private final Gazetteer gazetteer;

    public EventExtractor(TriggerLexicon triggers, DateResolver dates, CasualtyCounter casualties,
                          ClaimReader claims, Gazetteer gazetteer) {
        this.triggers = triggers;
        this.dates = dates;
        this.casualties = casualties;
        this.claims = claims;
        this.gazetteer = gazetteer;
    }

    /** Extracts the events of a document. */
    public Events extract(Entities entities) {
        SourceDocument document = entities.text().document();
        List<Sentence> sentences = entities.text().sentences();
        Map<Integer, List<Mention>> mentionsBySentence = new LinkedHashMap<>();
        for (Entity entity : entities.entities()) {
            for (Mention m : entity.mentions()) {
                mentionsBySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
            }
        }
        mentionsBySentence.values().forEach(list -> list.sort(java.util.Comparator.comparingInt(Mention::start)));
        Map<Integer, Entity> byStart = entities.byMentionStart();

        List<Event> events = new ArrayList<>();
        EventDate lastDate = null;
        Entity lastPlace = null;
        int lastStory = -1;
        for (Sentence sentence : sentences) {
            if (sentence.story() != lastStory) {
                lastDate = null;
                lastPlace = null;
                lastStory = sentence.story();
            }
            LocalDate storyDate = document.stories().get(sentence.story()).date();
            List<Mention> mentions = mentionsBySentence.getOrDefault(sentence.index(), List.of());
            EventDate explicit = dates.resolve(sentence.text(), storyDate);
            Entity place = mostSpecificPlace(mentions, byStart);
            EventDate date = explicit != null ? explicit
                : lastDate != null ? lastDate
                : sentence.headline() && storyDate != null ? EventDate.day(storyDate) : null;
            Entity where = place != null ? place : lastPlace;
            if (!BACKGROUND.matcher(sentence.text()).find() && !mentions.isEmpty()) {
                for (Trigger trigger : triggersOf(sentence)) {
                    events.add(event(trigger, sentence, sentences, mentions, byStart, entities, date, where));
                }
            }
            if (explicit != null) {
                lastDate = explicit;
            }
            if (place != null) {
                lastPlace = place;
            }
        }
        return new Events(merge(events));
    }

    private List<Trigger> triggersOf(Sentence sentence) {
        List<Trigger> found = new ArrayList<>();
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size() && found.size() < MAX_TYPES_PER_SENTENCE; i++) {
            EventType type = triggers.typeOf(tokens.get(i));
            if (type != null && types.add(type)) {
                found.add(new Trigger(type, i));
            }
        }
        return found;
    }

    private Event event(Trigger trigger, Sentence sentence, List<Sentence> all, List<Mention> mentions,
                        Map<Integer, Entity> byStart, Entities entities, EventDate date, Entity place) {
        Entity claimant = claims.claimant(sentence, mentions, entities);
        Entity agent = null;
        Entity target = null;
        List<String> weapons = new ArrayList<>();
        for (Mention m : mentions) {
            Entity e = byStart.get(m.start());
            if (e == null || e == claimant) {
                continue;
            }
            if (m.type() == EntityType.Weapon) {
                if (!weapons.contains(e.id())) {
                    weapons.add(e.id());
                }
            } else if (m.tokenEnd() <= trigger.token && agent == null && isAgentType(m.type())) {
                agent = e;
            } else if (m.tokenStart() > trigger.token && target == null && m.type() != EntityType.Location) {
                target = e;
            }
        }
        String agentText = agent != null ? agent.name() : nationalityBefore(sentence.tokens(), trigger.token);
        Verification verification = verification(sentence, all);
        return new Event(null, trigger.type, date, place == null ? null : place.name(), place == null ? null
            : place.id(), agentText, agent == null ? null : agent.id(), target == null ? null : target.name(),
            target == null ? null : target.id(), weapons, casualties.killed(sentence.text()),
            casualties.injured(sentence.text()), claimant == null ? null : claimant.name(),
            claimant == null ? null : claimant.id(), verification,
            List.of(new Evidence(sentence.text(), sentence.start(), sentence.end())));
    }

    /** What the sentence, or the next few sentences of its story, say of verification. */
    private Verification verification(Sentence sentence, List<Sentence> all) {
        for (int i = sentence.index(); i < all.size() && i <= sentence.index() + FOLLOWING_SENTENCES; i++) {
            Sentence s = all.get(i);
            if (s.story() != sentence.story()) {
                break;
            }
            Verification v = claims.verification(s.text());
            if (v != Verification.NOT_STATED) {
                return v;
            }
        }
        return Verification.NOT_STATED;
    }

    private static boolean isAgentType(EntityType type) {
        return type != EntityType.Weapon;
    }

    /** "Russian forces struck" names Russia as the agent. */
    private static String nationalityBefore(List<Token> tokens, int trigger) {
        for (int i = trigger - 1; i >= 0 && i >= trigger - 4; i--) {
            String word = tokens.get(i).text();
            if (word.equals("Russian") || word.equals("Russia's")) {
                return "Russia";
            }
            if (word.equals("Ukrainian") || word.equals("Ukraine's")) {
                return "Ukraine";
            }
        }
        return null;
    }

    /** The place mention whose gazetteer entry lies deepest (village over region over country). */
    private Entity mostSpecificPlace(List<Mention> mentions, Map<Integer, Entity> byStart) {
        Entity best = null;
        int bestDepth = -1;
        for (Mention m : mentions) {
            if (m.type() != EntityType.Location) {
                continue;
            }
            Entity e = byStart.get(m.start());
            int depth = depth(e == null ? null : e.gazetteerId());
            if (e != null && depth > bestDepth) {
                best = e;
                bestDepth = depth;
            }
        }
        return best;
    }

    private int depth(String gazetteerId) {
        if (gazetteerId == null) {
            return 1;
        }
        int depth = 0;
        GazetteerEntry entry = gazetteer.byId(gazetteerId);
        while (entry != null && entry.parent() != null && depth < 5) {
            depth++;
            entry = gazetteer.byId(entry.parent());
        }
        return depth;
    }

    /** One event per real-world event: same type, place and date, or the same sentence text. */
    private static List<Event> merge(List<Event> events) {
        Map<String, Event> merged = new LinkedHashMap<>();
        for (Event event : events) {
            String key = event.type() + "|" + (event.date() == null || event.locationId() == null
                ? event.evidence().get(0).text() : event.date().iso() + "|" + event.locationId());
            Event existing = merged.get(key);
            if (existing == null) {
                merged.put(key, event);
            } else {
                merged.put(key, combine(existing, event));
            }
        }
        List<Event> out = new ArrayList<>();
        for (Event e : merged.values()) {
            out.add(new Event("v" + (out.size() + 1), e.type(), e.date(), e.location(), e.locationId(), e.agent(),
                e.agentId(), e.target(), e.targetId(), e.weaponIds(), e.killed(), e.injured(), e.reportedBy(),
                e.reportedById(), e.verification(), e.evidence()));
        }
        return out;
    }

    private static Event combine(Event a, Event b) {
        List<Evidence> evidence = new ArrayList<>(a.evidence());
        b.evidence().stream().filter(x -> !evidence.contains(x)).forEach(evidence::add);
        List<String> weapons = new ArrayList<>(a.weaponIds());
        b.weaponIds().stream().filter(w -> !weapons.contains(w)).forEach(weapons::add);
        return new Event(a.id(), a.type(), a.date(), a.location(), a.locationId(),
            first(a.agent(), b.agent()), first(a.agentId(), b.agentId()), first(a.target(), b.target()),
            first(a.targetId(), b.targetId()), weapons, first(a.killed(), b.killed()),
            first(a.injured(), b.injured()), first(a.reportedBy(), b.reportedBy()),
            first(a.reportedById(), b.reportedById()),
            a.verification() != Verification.NOT_STATED ? a.verification() : b.verification(), evidence);
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }

    private record Trigger(EventType type, int token) {
    }
}
