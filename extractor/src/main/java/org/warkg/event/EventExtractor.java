package org.warkg.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.warkg.entity.Entities;
import org.warkg.entity.Entity;
import org.warkg.event.detect.EventDetector;
import org.warkg.event.detect.EventDetector.Trigger;
import org.warkg.event.role.AgentCandidates;
import org.warkg.event.role.AgentModel;
import org.warkg.event.role.AgentQuestion;
import org.warkg.gazetteer.EntityType;
import org.warkg.ingest.SourceDocument;
import org.warkg.mention.Mention;
import org.warkg.nlp.Sentence;
import org.warkg.nlp.syntax.Clause;
import org.warkg.time.DatePrecision;
import org.warkg.time.DateResolver;
import org.warkg.time.EventDate;
import org.warkg.time.PeriodStart;
import org.warkg.quantity.CasualtyCounter;
import org.warkg.quantity.LossCounter;
import org.warkg.quantity.MunitionCounter;
import org.warkg.quantity.Munitions;

/**
 * Finds typed events in sentences with the trigger model ({@link EventDetector}), fills their arguments from the
 * entities and words around the trigger, dates them against the story date, and
 * merges repeated mentions of one event in a document.
 */
public final class EventExtractor {

    /** A sentence without an explicit date takes the one of a sentence at most this far before it. */
    private static final int DATE_REACH = 2;
    /** Sub-headings are shorter than this many tokens; headlines that tell something are not. */
    private static final int HEADLINE_WORDS = 8;
    /** How many sentences after an event's own may say whether it was verified. */
    private static final int VERIFICATION_REACH = 2;
    /** A sentence after an event's own that is no longer than this many words may add its toll. */
    private static final int TALLY_WORDS = 10;
    /** How many sentences after an event's own may say more of it. */
    private static final int FOLLOW_UP = 3;

    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");
    /** A tally of losses anchors a report of losses as a toll anchors an attack. */
    private static final LossCounter LOSSES = new LossCounter();
    private static final String SINCE = "since";

    private final EventDetector detector;
    private final DateResolver dates;
    private final ClauseDates clauseDates;
    private final CasualtyCounter casualties;
    private final MunitionCounter munitions;
    private final ClaimReader claims;
    private final ArgumentReader arguments;
    private final PlaceReference placeReference;
    private final AgentCandidates agentCandidates;
    private final AgentModel agents;

    /**
     * @param agents the agent model, or null to keep the agent the subject and nationality rules read
     */
    public EventExtractor(EventDetector detector, DateResolver dates, CasualtyCounter casualties,
                          MunitionCounter munitions, ClaimReader claims, ArgumentReader arguments, AgentModel agents) {
        this.detector = detector;
        this.dates = dates;
        this.clauseDates = new ClauseDates(dates);
        this.casualties = casualties;
        this.munitions = munitions;
        this.claims = claims;
        this.arguments = arguments;
        this.placeReference = new PlaceReference(arguments);
        this.agentCandidates = new AgentCandidates(arguments);
        this.agents = agents;
    }

    /** Extracts the events of a document. */
    public Events extract(Entities entities) {
        SourceDocument document = entities.text().document();
        List<Sentence> sentences = entities.text().sentences();
        Map<Integer, List<Mention>> bySentence = new HashMap<>();
        for (Entity entity : entities.entities()) {
            for (Mention m : entity.mentions()) {
                bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
            }
        }
        bySentence.values().forEach(list -> list.sort(Comparator.comparingInt(Mention::start)));
        Map<Integer, Entity> byStart = entities.byMentionStart();

        List<EventMerger.Draft> drafts = new ArrayList<>();
        EventDate lastDay = null;
        int lastDayAt = -1;
        for (Sentence sentence : sentences) {
            LocalDate storyDate = document.stories().get(sentence.story()).date();
            if (lastDay != null && sentences.get(lastDayAt).story() != sentence.story()) {
                lastDay = null;
            }
            EventDate explicit = dates.resolve(PeriodStart.blank(sentence.text(), -1), storyDate);
            // Without a date of its own or just before it, an event happened around the story's date:
            // its month is known, its day is not, and a day the text does not give is never invented.
            EventDate near = lastDay != null && sentence.index() - lastDayAt <= DATE_REACH ? lastDay
                : storyDate != null ? new EventDate(storyDate.withDayOfMonth(1), DatePrecision.MONTH) : null;
            List<Mention> mentions = bySentence.getOrDefault(sentence.index(), List.of());
            if (isClause(sentence)) {
                Munitions counted = munitions.count(sentence.text());
                Entity claimant = claims.claimant(sentence, mentions, entities);
                List<Trigger> found = detector.detect(sentence, token -> inName(mentions, token));
                for (Trigger trigger : bothSides(tollsOfAttacks(found, sentence), counted)) {
                    List<Mention> scoped = placesOfClause(sentence, trigger.token(), mentions);
                    ArgumentReader.Arguments args = argumentsOf(trigger, sentence, scoped, mentions, byStart,
                        claimant, entities);
                    EventDate clause = clauseDates.of(sentence, trigger.token(), storyDate);
                    // Where no clause that may date the trigger gives a date, the sentence's belongs to another time.
                    EventDate own = clause != null ? clause : near;
                    List<ArgumentReader.Arguments> each = new ArrayList<>(List.of(args));
                    if (args.place() != null) {
                        List<Entity> listed = CoordinatedPlaces.of(sentence, trigger.token(), args.place(), scoped,
                            byStart, arguments);
                        each.set(0, listed.isEmpty() ? args.unplaced() : args);
                        listed.stream().filter(other -> other != args.place())
                            .forEach(other -> each.add(args.at(other)));
                    }
                    for (ArgumentReader.Arguments one : each) {
                        drafts.add(new EventMerger.Draft(sentence.story(), explicit != null || clause != null,
                            one.place() == null ? null : one.place().gazetteerId(), titleLike(sentence),
                            event(trigger, sentence, sentences, one, entities, claimant, own, counted)));
                    }
                }
            }
            if (explicit != null && explicit.precision() == DatePrecision.DAY) {
                lastDay = explicit;
                lastDayAt = sentence.index();
            }
        }
        List<Event> events = new ArrayList<>();
        for (EventMerger.Draft draft : EventMerger.merge(drafts, arguments)) {
            Event e = draft.event();
            if (anchored(e, draft.explicitDate())) {
                events.add(new Event("v" + (events.size() + 1), e.type(), e.date(), e.location(), e.locationId(),
                    e.agent(), e.agentId(), e.target(), e.targetId(), e.weaponIds(), e.killed(), e.injured(),
                    e.munitions(), e.reportedBy(), e.reportedById(), e.verification(), e.evidence()));
            }
        }
        return new Events(events);
    }

    private ArgumentReader.Arguments argumentsOf(Trigger trigger, Sentence sentence, List<Mention> scoped,
                                                 List<Mention> mentions, Map<Integer, Entity> byStart,
                                                 Entity claimant, Entities entities) {
        ArgumentReader.Arguments args = withReferredPlace(arguments.read(sentence, trigger.token(), scoped,
            byStart, claimant), sentence, entities.text().sentences(), entities);
        if (agents != null) {
            AgentQuestion question = new AgentQuestion(trigger.type(), sentence, trigger.token(), mentions, byStart,
                claimant, args.place(), args.agent());
            return agents.choose(trigger.type(), agentCandidates.of(question))
                .map(best -> args.by(best.name(), best.entityId())).orElse(args);
        }
        if (args.agent() == null && trigger.type() == EventType.Interception) {
            // The air defence that shot something down belongs to the side that reports it.
            return args.by(arguments.countryOf(claimant), null);
        }
        return args;
    }

    /**
     * The mentions a trigger's arguments are read from: where the trigger's clause names a
     * place, the places of other clauses are left out ("shelled Kupiansk, while drones hit
     * Kharkiv" places each event in its own clause); other mentions all stay.
     */
    private static List<Mention> placesOfClause(Sentence sentence, int trigger, List<Mention> mentions) {
        Clause clause = sentence.syntax().clauseOf(trigger);
        boolean placed = mentions.stream().anyMatch(m -> m.type() == EntityType.Location
            && clause.covers(m.tokenStart()));
        if (!placed) {
            return mentions;
        }
        return mentions.stream().filter(m -> m.type() != EntityType.Location || clause.covers(m.tokenStart()))
            .toList();
    }

    /**
     * The place the sentence only refers to ("recapture the region"), when it names none
     * or only a country, which the referred region or town lies in.
     */
    private ArgumentReader.Arguments withReferredPlace(ArgumentReader.Arguments args, Sentence sentence,
                                                       List<Sentence> sentences, Entities entities) {
        int named = args.place() == null ? -1 : arguments.depth(args.place().gazetteerId());
        if (named > 0) {
            return args;
        }
        Entity referred = placeReference.resolve(sentence, sentences, entities);
        return referred != null && arguments.depth(referred.gazetteerId()) > named ? args.at(referred) : args;
    }

    /**
     * An event that names no place, weapon, toll, tally of losses or count of munitions is too vague to be told
     * apart from talk about the war in general ("rescuers reached the site", "a meeting"), unless it is an arrest,
     * meeting or the like that its own sentence dates ("In May, a school caretaker was arrested").
     */
    private static boolean anchored(Event event, boolean dated) {
        boolean parties = event.type().betweenParties();
        boolean tally = event.type() == EventType.Casualties
            && LOSSES.lost(event.evidence().get(0).text()) != null;
        return event.locationId() != null || event.killed() != null || event.injured() != null || tally
            || event.munitions().counted() || !event.weaponIds().isEmpty()
            || parties && (dated || event.agentId() != null || event.targetId() != null);
    }

    /**
     * A sub-heading without a verb ("Troop build-up along the border") reports
     * nothing, nor does a fragment that starts in lower case (a tag list, a clause cut
     * off by a dash). A headline long enough to tell something does, even when the
     * tagger reads its verb as a noun ("Ukraine attacks base in Vladivostok").
     */
    private static boolean isClause(Sentence sentence) {
        String text = sentence.text();
        int firstLetter = 0;
        while (firstLetter < text.length() && !Character.isLetter(text.charAt(firstLetter))) {
            firstLetter++;
        }
        return firstLetter < text.length() && !Character.isLowerCase(text.charAt(firstLetter))
            && (sentence.tokens().size() >= HEADLINE_WORDS
                || sentence.tokens().stream().anyMatch(t -> t.tag().equals("VERB") || t.tag().equals("AUX")));
    }

    /**
     * A headline, or a line set like one (a feed item's title, a live-blog entry's): no stop
     * at its end. It sums up what the sentences below it tell.
     */
    private static boolean titleLike(Sentence sentence) {
        if (sentence.headline()) {
            return true;
        }
        String text = sentence.text().strip();
        char last = text.isEmpty() ? '.' : text.charAt(text.length() - 1);
        return ".!?\"'\u201d\u2019):;".indexOf(last) < 0;
    }

    private static boolean inName(List<Mention> mentions, int token) {
        for (Mention m : mentions) {
            boolean named = m.type() == EntityType.MilitaryUnit || m.type() == EntityType.Organization;
            if (named && m.tokenStart() <= token && token < m.tokenEnd()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Losses told in the sentence of the attack that caused them are its toll, not a tally of their own
     * ("claims to have killed 250 soldiers and blown up their tanks"); losses counted "since" a start are
     * a tally.
     */
    private static List<Trigger> tollsOfAttacks(List<Trigger> found, Sentence sentence) {
        boolean attack = found.stream().anyMatch(t -> t.type() == EventType.Attack);
        boolean since = sentence.tokens().stream().anyMatch(t -> t.text().equalsIgnoreCase(SINCE));
        return attack && !since ? found.stream().filter(t -> t.type() != EventType.Casualties).toList() : found;
    }

    /**
     * "Russia launched 85 drones, 49 of which were shot down" tells of an attack and of
     * its interception: a sentence that counts both gives both events. One that tells only
     * the interception ("downed 20 of the 26 drones") counts the wave it belongs to, which
     * the story tells of, if at all, in its own words.
     */
    private static List<Trigger> bothSides(List<Trigger> found, Munitions counted) {
        if (found.size() != 1 || counted.launched() == null || counted.downed() == null) {
            return found;
        }
        Trigger one = found.get(0);
        return one.type() != EventType.Attack ? found
            : List.of(one, new Trigger(EventType.Interception, one.token(), one.probability()));
    }

    private Event event(Trigger trigger, Sentence sentence, List<Sentence> all, ArgumentReader.Arguments args,
                        Entities entities, Entity claimant, EventDate date, Munitions counted) {
        String claimantText = claimant == null ? claims.claimantText(sentence) : null;
        List<Sentence> followUp = followUp(sentence, all);
        Integer killed = casualties.killed(sentence.text());
        Integer injured = casualties.injured(sentence.text());
        if (!followUp.isEmpty() && followUp.get(0).tokens().size() <= TALLY_WORDS) {
            // A short sentence right after adds a figure of its own: "Twelve people were hurt."
            killed = killed != null ? killed : casualties.killed(followUp.get(0).text());
            injured = injured != null ? injured : casualties.injured(followUp.get(0).text());
        }
        for (Sentence next : followUp) {
            killed = killed != null ? killed : casualties.noneKilled(next.text());
            injured = injured != null ? injured : casualties.noneInjured(next.text());
        }
        return new Event(null, trigger.type(), date, args.placeText(),
            args.place() == null ? null : args.place().id(), args.agent(), args.agentId(), args.target(),
            args.targetId(), args.weaponIds(), killed, injured,
            trigger.type() == EventType.Attack || trigger.type() == EventType.Interception ? counted : Munitions.NONE,
            claimant != null ? asWritten(claimant, sentence, entities) : claimantText,
            claimant == null ? null : claimant.id(), verification(sentence, followUp, claimant, all),
            List.of(new Evidence(sentence.text(), sentence.start(), sentence.end())));
    }

    /**
     * The claimant as the article names it ("HUR", "Sergey Shoigu"): the fullest name the
     * sentence writes, else the fullest the article writes, which is what a reader checks
     * against the text; the entity id carries the identity. A word that only refers to it
     * ("the governor") gives way to its name, and an owner's possessive gives way to the
     * adjective form the entity is also known by ("Russia's Defence Ministry": Russian).
     */
    private String asWritten(Entity claimant, Sentence sentence, Entities entities) {
        Map<Integer, Entity> byStart = entities.byMentionStart();
        String written = null;
        String inArticle = claimant.name();
        int longest = 0;
        int longestInArticle = 0;
        for (Mention m : claimant.mentions()) {
            if (byStart.get(m.start()) != claimant || !isName(claimant, m.text())) {
                continue;
            }
            if (m.sentence() == sentence.index() && m.text().length() > longest) {
                written = m.text();
                longest = m.text().length();
            }
            if (m.text().length() > longestInArticle) {
                inArticle = m.text();
                longestInArticle = m.text().length();
            }
        }
        // An acronym the article spelled out ("the OVA said") is named in full, as a reader knows it.
        boolean acronym = written != null && ACRONYM.matcher(written).matches() && longestInArticle > longest;
        return arguments.adjectival(claimant, written != null && !acronym ? written : inArticle);
    }

    private static boolean isName(Entity entity, String text) {
        return entity.isNamed(text) || (" " + entity.name() + " ").contains(" " + text + " ");
    }

    /** The next few sentences of the story, which often add to an event ("No injuries were reported."). */
    private static List<Sentence> followUp(Sentence sentence, List<Sentence> all) {
        List<Sentence> next = new ArrayList<>(FOLLOW_UP);
        for (int i = sentence.index() + 1; i < all.size() && next.size() < FOLLOW_UP; i++) {
            if (all.get(i).story() != sentence.story()) {
                break;
            }
            next.add(all.get(i));
        }
        return next;
    }

    /** What the sentence, or the next few of its story, say of verification. */
    private Verification verification(Sentence sentence, List<Sentence> followUp, Entity claimant,
                                      List<Sentence> all) {
        Verification said = claims.verification(sentence.text(), followUp.stream().limit(VERIFICATION_REACH)
            .map(Sentence::text).toList());
        if (said != Verification.NOT_STATED || claimant == null) {
            return said;
        }
        // Further on, a sentence may say of the claimant's version that nobody could check it.
        for (Mention m : claimant.mentions()) {
            Sentence later = all.get(m.sentence());
            if (later.index() > sentence.index() + VERIFICATION_REACH && later.story() == sentence.story()) {
                // Only a doubt reaches that far: a denial further on is as often the claimant's own,
                // of someone else's claim, or of another event it is named in.
                if (claims.verification(later.text()) == Verification.UNVERIFIED) {
                    return Verification.UNVERIFIED;
                }
            }
        }
        return said;
    }

}
