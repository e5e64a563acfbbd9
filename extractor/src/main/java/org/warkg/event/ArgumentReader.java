package org.warkg.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.warkg.entity.Entity;
import org.warkg.gazetteer.EntityType;
import org.warkg.gazetteer.Gazetteer;
import org.warkg.gazetteer.GazetteerEntry;
import org.warkg.mention.Mention;
import org.warkg.nlp.Sentence;
import org.warkg.nlp.Token;
import org.warkg.nlp.syntax.Phrase;
import org.warkg.nlp.syntax.PhraseType;
import org.warkg.nlp.syntax.SentenceSyntax;

/**
 * Reads an event's arguments around its trigger: the place (the most specific
 * one named), the agent (the nearest actor before the trigger, or the country of
 * a nationality adjective such as "Russian forces"), the target (the first named
 * non-place after it, else a short noun phrase) and the weapons named.
 */
public final class ArgumentReader {

    private static final Map<String, String> NATIONALITIES = Map.of(
        "russian", "Russia", "ukrainian", "Ukraine", "belarusian", "Belarus", "north korean", "North Korea",
        "iranian", "Iran", "american", "United States", "british", "United Kingdom");
    /** The possessive ending as the tokenizer splits it off: "Russia 's". */
    public static final Set<String> POSSESSIVE = Set.of("'s", "\u2019s");
    /** A place followed by a verb is the sentence's subject ("Russia launched"): an actor, not a place. */
    private static final Set<String> SUBJECT_TAGS = Set.of("VERB", "AUX");
    /** Words that may stand between a preposition and the name ending its phrase. */
    private static final Set<String> NOUN_PHRASE_TAGS = Set.of("PROPN", "NOUN", "ADJ", "DET", "NUM", "PART");
    private static final int NOUN_PHRASE = 5;
    /** Verbs of an aim whose object is not where the event took place: "amassed troops to attack Sumy". */
    private static final Set<String> AIMS = Set.of("attack", "strike", "seize", "capture", "take", "hit", "target",
        "shell", "storm", "encircle", "cut", "reach", "threaten");
    /** Titles a country name qualifies: "US Vice President", "Ukrainian Defense Minister". */
    private static final Set<String> TITLES = Set.of("president", "vice", "prime", "minister", "secretary",
        "ambassador", "envoy", "official", "officials", "lawmaker", "senator", "foreign", "defense", "defence");
    /** "the war in Ukraine", "the invasion of Ukraine", "the war against Ukraine". */
    private static final Set<String> WARS = Set.of("war", "invasion", "conflict", "aggression");
    private static final Set<String> WAR_PREPOSITIONS = Set.of("in", "of", "against", "on");
    /** How far before the trigger a nationality adjective may name the agent. */
    private static final int NATIONALITY_REACH = 10;
    /** "The governor of Belgorod" names where an official serves, not where the event happened. */
    private static final Set<String> OFFICES = Set.of("governor", "mayor", "head", "chief", "administration",
        "authorities", "prosecutor", "police");
    /**
     * Below any place's depth: the seat of an office, or the dateline of the reporter
     * ("CHASIV YAR, Donetsk Oblast –"), is taken only when the sentence names no other place.
     */
    private static final int SECONDARY_PLACE = -10;
    /** A wire-style dateline opening a sentence: "CHASIV YAR, Donetsk Oblast – ", "KYIV (AP) — ". */
    private static final Pattern DATELINE = Pattern.compile(
        "^\\p{Lu}[\\p{Lu} .'\u2019-]+\\b(?:,[^\u2013\u2014]{1,40}?)?(?: \\([\\p{L} ]+\\))?\\s*[\u2013\u2014-]\\s");

    private final Gazetteer gazetteer;

    public ArgumentReader(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * The arguments read for one trigger.
     *
     * @param place     the place entity, or null
     * @param placeText the place's name as the sentence spells it, or null
     * @param agent     the agent's name or country, or null
     * @param agentId   the agent entity's id, or null
     * @param target    the target's name or phrase, or null
     * @param targetId  the target entity's id, or null
     * @param weaponIds the weapon entities named
     */
    public record Arguments(Entity place, String placeText, String agent, String agentId, String target,
                            String targetId, List<String> weaponIds) {

        /** The same arguments with another agent. */
        Arguments by(String newAgent, String newAgentId) {
            return new Arguments(place, placeText, newAgent, newAgentId, target, targetId, weaponIds);
        }

        /** The same arguments at no place. */
        Arguments unplaced() {
            return new Arguments(null, null, agent, agentId, target, targetId, weaponIds);
        }

        /** The same arguments at another place. */
        Arguments at(Entity newPlace) {
            return new Arguments(newPlace, newPlace.name(), agent, agentId, target, targetId, weaponIds);
        }
    }

    /** Reads the arguments of the trigger at the given token. */
    public Arguments read(Sentence sentence, int trigger, List<Mention> mentions, Map<Integer, Entity> byStart,
                          Entity claimant) {
        List<Token> tokens = sentence.tokens();
        Entity place = null;
        String placeText = null;
        int placeDepth = Integer.MIN_VALUE;
        int placeDistance = Integer.MAX_VALUE;
        Matcher dateline = DATELINE.matcher(sentence.text());
        int datelineEnd = dateline.find() ? sentence.start() + dateline.end() : sentence.start();
        Entity agent = null;
        Entity target = null;
        List<String> weapons = new ArrayList<>();
        for (Mention m : mentions) {
            Entity e = byStart.get(m.start());
            boolean inDateline = m.start() < datelineEnd && m.type() != EntityType.Location;
            if (e == null || e == claimant || inDateline || m.type() == EntityType.Location
                    && (notAPlaceOfEvents(tokens, m) || aimedAt(tokens, trigger, m.tokenStart()))) {
                continue;
            }
            boolean possessive = m.tokenEnd() < tokens.size() && POSSESSIVE.contains(tokens.get(m.tokenEnd()).text());
            // Right before the trigger, the place is its subject whatever the tagger made of
            // the trigger ("Ukraine attacks base", with "attacks" read as a noun).
            boolean beforeVerb = m.tokenEnd() < tokens.size() && (m.tokenEnd() == trigger
                || m.tokenEnd() < trigger && SUBJECT_TAGS.contains(tokens.get(m.tokenEnd()).tag()));
            boolean inPhrase = beforeVerb && afterPreposition(tokens, m.tokenStart());
            if (beforeVerb && passive(tokens, m.tokenEnd(), trigger)) {
                // "Soledar was occupied in January": the subject of a passive is where it happened.
                beforeVerb = false;
                inPhrase = false;
            }
            if (m.type() == EntityType.Weapon) {
                if (!weapons.contains(e.id())) {
                    weapons.add(e.id());
                }
            } else if (m.type() == EntityType.Location && beforeVerb && !inPhrase) {
                agent = e;
            } else if (m.type() == EntityType.Location && (inPhrase && m.tokenEnd() != trigger
                    || m.tokenStart() > trigger && subjectOfVerb(tokens, m, trigger))
                    && !tokens.get(m.tokenEnd()).lemma().equals("be")) {
                // "Officials in Kyiv have not commented": where the subject of another verb is, before the
                // trigger or after it, is not where the event was; but "soldiers fighting in the Kursk
                // direction surrendered" and "a factory in the Tambov region was hit" are.
                continue;
            } else if (m.type() == EntityType.Location && !possessive) {
                boolean secondary = officeOf(tokens, m.tokenStart()) || m.start() < datelineEnd;
                int depth = depth(e.gazetteerId()) + (secondary ? SECONDARY_PLACE : 0);
                // The most specific place; of two alike, the one nearer the trigger.
                int distance = Math.abs(m.tokenStart() - trigger);
                if (depth > placeDepth || depth == placeDepth && distance < placeDistance) {
                    placeDistance = distance;
                    place = e;
                    placeText = e.nameAsWritten(m);
                    placeDepth = depth;
                }
            } else if (m.tokenEnd() <= trigger && m.type() != EntityType.Location) {
                agent = e;
            } else if (m.tokenStart() > trigger && target == null) {
                target = e;
            }
        }
        Phrase subject = subject(sentence, trigger);
        if (subject != null) {
            Entity named = actorIn(subject, mentions, byStart, claimant);
            String nationality = named == null ? nationalityIn(tokens, subject) : null;
            if (named != null || nationality != null) {
                agent = named;
                String agentText = named != null ? named.name() : nationality;
                String targetText = target != null ? target.name() : nounPhraseAfter(tokens, trigger);
                return new Arguments(place, placeText, agentText, named == null ? null : named.id(), targetText,
                    target == null ? null : target.id(), weapons);
            }
        }
        String agentText = agent != null ? agent.name() : nationalityBefore(tokens, trigger);
        if (agentText == null) {
            agentText = nationalityAfterBy(tokens, trigger);
        }
        String targetText = target != null ? target.name() : nounPhraseAfter(tokens, trigger);
        return new Arguments(place, placeText, agentText, agent == null ? null : agent.id(), targetText,
            target == null ? null : target.id(), weapons);
    }

    /**
     * The subject of an active trigger in its clause, the first of several joined by "and"
     * ("Macron and Scholz spoke": Macron), or null for a passive one or none.
     */
    public static Phrase subject(Sentence sentence, int trigger) {
        SentenceSyntax syntax = sentence.syntax();
        int head = syntax.subjectHead(trigger);
        if (head < 0 || syntax.isPassive(trigger)) {
            return null;
        }
        List<Phrase> phrases = syntax.phrases();
        int at = phrases.indexOf(syntax.phraseOf(head));
        while (at > 0 && phrases.get(at - 1).type() == PhraseType.NP
                && joined(sentence.tokens(), phrases.get(at - 1).end(), phrases.get(at).start())) {
            at--;
        }
        return phrases.get(at);
    }

    private static boolean joined(List<Token> tokens, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            String word = tokens.get(i).text();
            if (!word.equals(",") && !word.equalsIgnoreCase("and")) {
                return false;
            }
        }
        return true;
    }

    /** The person, organisation, unit or country named in the phrase, other than the claimant. */
    private static Entity actorIn(Phrase phrase, List<Mention> mentions, Map<Integer, Entity> byStart,
                                  Entity claimant) {
        for (Mention m : mentions) {
            Entity e = byStart.get(m.start());
            boolean inside = m.tokenStart() < phrase.end() && m.tokenEnd() > phrase.start();
            if (inside && e != null && e != claimant && m.type() != EntityType.Weapon) {
                return e;
            }
        }
        return null;
    }

    private static String nationalityIn(List<Token> tokens, Phrase phrase) {
        for (int i = phrase.start(); i < phrase.end(); i++) {
            String country = NATIONALITIES.get(tokens.get(i).text().toLowerCase(Locale.ROOT));
            if (country != null) {
                return country;
            }
        }
        return null;
    }

    /**
     * A name written with its owner's possessive ("Russia's Defence Ministry") in the
     * adjective form the gazetteer also knows the entity by ("Russian Defence Ministry"),
     * which is how annotators and indexes name it; otherwise the name as written.
     */
    public String adjectival(Entity entity, String written) {
        int owner = written.indexOf("'s ");
        if (owner < 0) {
            owner = written.indexOf("\u2019s ");
        }
        GazetteerEntry entry = entity.gazetteerId() == null ? null : gazetteer.byId(entity.gazetteerId());
        if (owner <= 0 || entry == null) {
            return written;
        }
        String country = written.substring(0, owner);
        String rest = written.substring(owner + 3);
        for (String alias : entry.aliases()) {
            int space = alias.indexOf(' ');
            if (space > 0 && alias.substring(space + 1).equals(rest)
                    && country.equals(country(alias.substring(0, space)))) {
                return alias;
            }
        }
        return written;
    }

    /** The country a nationality adjective names ("Ukrainian" gives "Ukraine"), or null. */
    public static String country(String adjective) {
        return NATIONALITIES.get(adjective.toLowerCase(Locale.ROOT));
    }

    /**
     * The country an organisation, unit or person of the gazetteer belongs to ("Russian
     * Ministry of Defence": Russia), or null.
     */
    public String countryOf(Entity entity) {
        GazetteerEntry entry = entity == null || entity.gazetteerId() == null ? null
            : gazetteer.byId(entity.gazetteerId());
        GazetteerEntry parent = entry == null || entry.parent() == null ? null : gazetteer.byId(entry.parent());
        return parent != null && parent.type() == EntityType.Location && depth(parent.id()) == 0 ? parent.name()
            : null;
    }

    /** The country a place lies in, or is ("Kharkiv": Ukraine), or null when the gazetteer does not say. */
    public String countryContaining(Entity place) {
        GazetteerEntry entry = place == null || place.gazetteerId() == null ? null
            : gazetteer.byId(place.gazetteerId());
        for (int i = 0; entry != null && entry.parent() != null && i < 5; i++) {
            entry = gazetteer.byId(entry.parent());
        }
        return entry != null && entry.type() == EntityType.Location ? entry.name() : null;
    }

    /** Depth of a place in the gazetteer: country 0, region 1, town 2; unknown places count as towns. */
    public int depth(String gazetteerId) {
        if (gazetteerId == null) {
            return 2;
        }
        int depth = 0;
        GazetteerEntry entry = gazetteer.byId(gazetteerId);
        while (entry != null && entry.parent() != null && depth < 5) {
            depth++;
            entry = gazetteer.byId(entry.parent());
        }
        return depth;
    }

    /** Whether one place lies inside the other, or they are the same. */
    boolean related(String gazetteerA, String gazetteerB) {
        if (gazetteerA == null || gazetteerB == null) {
            return false;
        }
        return gazetteerA.equals(gazetteerB) || contains(gazetteerA, gazetteerB) || contains(gazetteerB, gazetteerA);
    }

    private boolean contains(String outer, String inner) {
        GazetteerEntry entry = gazetteer.byId(inner);
        for (int i = 0; entry != null && i < 5; i++) {
            if (outer.equals(entry.parent())) {
                return true;
            }
            entry = gazetteer.byId(entry.parent());
        }
        return false;
    }

    /**
     * Whether the name starting at the token ends a prepositional phrase ("a depot in
     * Russia's Bryansk region was hit"), which makes it no subject, whatever verb follows.
     */
    private static boolean afterPreposition(List<Token> tokens, int start) {
        return prepositionBefore(tokens, start) >= 0;
    }

    /** The preposition whose phrase the name starting at the token ends, or -1. */
    private static int prepositionBefore(List<Token> tokens, int start) {
        for (int i = start - 1; i >= 0; i--) {
            String tag = tokens.get(i).tag();
            if (tag.equals("ADP")) {
                return i;
            }
            if (!NOUN_PHRASE_TAGS.contains(tag) && !POSSESSIVE.contains(tokens.get(i).text())) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether the words from the subject's end to the trigger make it passive: "was hit",
     * "has now been taken", but not "is deploying".
     */
    private static boolean passive(List<Token> tokens, int from, int trigger) {
        boolean be = false;
        for (int i = from; i < trigger; i++) {
            Token t = tokens.get(i);
            if (!t.tag().equals("AUX") && !t.tag().equals("ADV")) {
                return false;
            }
            be |= t.lemma().equals("be");
        }
        Token verb = tokens.get(trigger);
        return be && verb.tag().equals("VERB") && !verb.text().endsWith("ing");
    }

    /**
     * Whether an infinitive stands between the trigger and the place: "amassed troops to
     * attack Sumy Oblast" aims at the place, and happened elsewhere.
     */
    private static boolean aimedAt(List<Token> tokens, int trigger, int place) {
        for (int i = trigger + 1; i + 1 < place; i++) {
            if (tokens.get(i).text().equalsIgnoreCase("to") && AIMS.contains(tokens.get(i + 1).lemma())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a place name stands for something else: a source ("according to Kyiv"), the
     * country of an office ("US Vice President"), or the subject of a whole war ("Russia's
     * war in Ukraine", "its invasion of Ukraine").
     */
    private static boolean notAPlaceOfEvents(List<Token> tokens, Mention m) {
        int start = m.tokenStart();
        boolean source = start >= 2 && tokens.get(start - 1).text().equalsIgnoreCase("to")
            && tokens.get(start - 2).lemma().equals("accord");
        boolean office = m.tokenEnd() < tokens.size() && TITLES.contains(tokens.get(m.tokenEnd()).lemma());
        boolean war = start >= 2 && WAR_PREPOSITIONS.contains(tokens.get(start - 1).text().toLowerCase(Locale.ROOT))
            && WARS.contains(tokens.get(start - 2).lemma());
        return source || office || war;
    }

    /**
     * Whether the place ends a phrase of another subject than the trigger that a finite verb
     * follows: "though officials in Kyiv have not commented", not "a strike in Donetsk kills".
     */
    private static boolean subjectOfVerb(List<Token> tokens, Mention m, int trigger) {
        if (m.tokenEnd() >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(m.tokenEnd());
        boolean finite = next.tag().equals("AUX") || next.tag().equals("VERB") && !next.text().endsWith("ing");
        int preposition = prepositionBefore(tokens, m.tokenStart());
        return finite && preposition >= 0 && preposition - 1 != trigger && !sharesSubject(tokens, trigger, m);
    }

    /**
     * Whether the trigger stands in the same subject as the place after it, no verb between
     * them: "the number killed in the strike on Kharkiv has risen" is a toll of Kharkiv.
     */
    private static boolean sharesSubject(List<Token> tokens, int trigger, Mention m) {
        if (trigger >= m.tokenStart() || !tokens.get(trigger).tag().equals("NOUN")
                && !tokens.get(trigger).text().endsWith("ed")) {
            return false;
        }
        for (int i = trigger + 1; i < m.tokenStart(); i++) {
            String tag = tokens.get(i).tag();
            if (tag.equals("AUX") || tag.equals("VERB") || tag.equals("PUNCT")) {
                return false;
            }
        }
        return trigger > 0 && !tokens.get(trigger - 1).tag().equals("AUX");
    }

    /** Whether the place starting at the token follows "the governor of". */
    private static boolean officeOf(List<Token> tokens, int place) {
        return place >= 2 && tokens.get(place - 1).text().equalsIgnoreCase("of")
            && OFFICES.contains(tokens.get(place - 2).text().toLowerCase(Locale.ROOT));
    }

    /**
     * "Russian forces struck" names Russia as the agent, as does "Russian air defence
     * crews on June 3 reportedly shot down" or "Russian troops relied on mortars to repel".
     */
    private static String nationalityBefore(List<Token> tokens, int trigger) {
        for (int i = trigger - 1; i >= 0 && i >= trigger - NATIONALITY_REACH; i--) {
            String word = tokens.get(i).text().toLowerCase(Locale.ROOT);
            if (i > 0 && word.equals("korean")) {
                word = tokens.get(i - 1).text().toLowerCase(Locale.ROOT) + " korean";
            }
            String country = NATIONALITIES.get(word);
            if (country != null) {
                return country;
            }
        }
        return null;
    }

    /** "was hit by Ukrainian drones" names Ukraine as the agent. */
    private static String nationalityAfterBy(List<Token> tokens, int trigger) {
        int by = trigger + 1;
        if (by >= tokens.size() || !tokens.get(by).text().equalsIgnoreCase("by")) {
            return null;
        }
        for (int i = by + 1; i < tokens.size() && i <= by + 3; i++) {
            String country = NATIONALITIES.get(tokens.get(i).text().toLowerCase(Locale.ROOT));
            if (country != null) {
                return country;
            }
        }
        return null;
    }

    /** The object after a verb trigger: "hit three farms in the region" gives "three farms". */
    private static String nounPhraseAfter(List<Token> tokens, int trigger) {
        if (!tokens.get(trigger).tag().equals("VERB")) {
            return null;
        }
        int start = trigger + 1;
        while (start < tokens.size() && tokens.get(start).tag().equals("ADV")) {
            start++;
        }
        int end = start;
        while (end < tokens.size() && end - start < NOUN_PHRASE && isNominal(tokens.get(end))) {
            end++;
        }
        if (end == start || !tokens.get(end - 1).tag().equals("NOUN")) {
            return null;
        }
        StringBuilder phrase = new StringBuilder();
        for (int i = start; i < end; i++) {
            if (phrase.length() > 0) {
                phrase.append(' ');
            }
            phrase.append(tokens.get(i).text());
        }
        return phrase.toString();
    }

    private static boolean isNominal(Token token) {
        return switch (token.tag()) {
            case "DET", "NUM", "ADJ", "NOUN" -> true;
            default -> false;
        };
    }
}
