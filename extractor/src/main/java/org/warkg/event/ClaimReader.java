package org.warkg.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.warkg.entity.Entities;
import org.warkg.entity.Entity;
import org.warkg.gazetteer.EntityType;
import org.warkg.mention.Mention;
import org.warkg.nlp.CuedPattern;
import org.warkg.nlp.Sentence;
import org.warkg.nlp.Token;

/**
 * Reads who the text says made a claim ("according to regional governor Alexei
 * Smirnov", "the Russian Defense Ministry said", "as reported by Reuters") and what
 * it says of verification ("could not independently verify", "confirmed").
 */
public final class ClaimReader {

    private static final Set<String> SPEECH = Set.of(
        "say", "claim", "report", "state", "write", "tell", "announce", "confirm", "allege", "post", "accuse",
        "add", "suggest", "warn");
    /** Pronouns that stand for the person last named: "He added that ...". */
    private static final Set<String> PERSONAL = Set.of("he", "she");
    private static final CuedPattern UNVERIFIED = CuedPattern.of(Pattern.compile(
        "(?:could|can|was|were|is|are)(?: not|n't)(?: be)?(?: immediately)?(?: independently)? (?:verif|confirm)"
        + "|cannot(?: be)?(?: immediately)?(?: independently)? (?:verif|confirm)"
        + "|(?:has|have|had) not (?:yet )?(?:been )?(?:independently )?(?:verified|confirmed)"
        + "|(?:has|have) not (?:yet )?commented|not been able to (?:independently )?(?:verify|confirm)"
        + "|(?:impossible|not possible) to (?:independently )?(?:verify|confirm)|no independent confirmation"
        + "|\\bneither\\b.*\\b(?:verified|confirmed)\\b|unverified|unconfirmed|purporting", Pattern.CASE_INSENSITIVE),
        "verif", "confirm", "comment", "purport");
    /** "according to unconfirmed reports" qualifies what its own sentence tells, not an earlier claim. */
    private static final Pattern OWN_HEDGE = Pattern.compile(
        "according to (?:un(?:confirmed|verified)) (?:reports?|accounts?|information)", Pattern.CASE_INSENSITIVE);
    private static final CuedPattern VERIFIED = CuedPattern.of(Pattern.compile(
        "\\b(?:confirmed|independently verified|verified the|geolocated)\\b", Pattern.CASE_INSENSITIVE),
        "confirmed", "verified", "geolocated");
    /** What a later sentence says to confirm a claim; a bare "confirmed" there is a claim of its own. */
    private static final CuedPattern VERIFIED_LATER = CuedPattern.of(Pattern.compile(
        "\\b(?:independently (?:verified|confirmed)|verified (?:by|the)|geolocated|(?:was|were|has been) confirmed by"
        + "|(?:has|have|had) (?:\\w+ )?(?:confirmed|acknowledged) the)"
        + "\\b", Pattern.CASE_INSENSITIVE), "verified", "confirmed", "geolocated", "acknowledged");
    private static final CuedPattern DISPUTED = CuedPattern.of(Pattern.compile(
        "\\b(?:denied|denies|deny|denial|refuted|rejected the claim|dismissed the claim|disputed|(?:was|were|is|are)"
        + " false)\\b", Pattern.CASE_INSENSITIVE), "deni", "deny", "refuted", "the claim", "disputed", "false");
    /** Words that dismiss a claim; in a later sentence only when it names the claim ("the figures were inflated"). */
    private static final CuedPattern DISMISSED = CuedPattern.of(Pattern.compile(
        "\\b(?:(?:was|were|is|are) (?:\\W?fake|untrue|not true)|inflated|exaggerated|provocation|propaganda"
        + "|disinformation|fabricat\\w*)\\b", Pattern.CASE_INSENSITIVE), "fake", "true", "inflated", "exaggerated",
        "provocation", "propaganda", "disinformation", "fabricat");
    private static final Pattern THE_CLAIM = Pattern.compile(
        "\\b(?:claims?|figures?|numbers|accusations?|allegations?|reports?|account|tally|toll)\\b",
        Pattern.CASE_INSENSITIVE);
    private static final int NEAR = 4;
    /** Nouns that refer back to a named claimant: "the ministry said", "the governor wrote". */
    private static final Set<String> ANAPHORS = Set.of("ministry", "governor", "group", "mayor", "president",
        "administration", "agency", "service", "military", "army", "legion", "corps", "committee", "office",
        "channel", "outlet", "blogger", "official", "spokesperson", "spokesman", "head", "chief", "council");
    private static final int PHRASE = 6;
    /** How many words an apposition describing a speaker may take before the name it ends with. */
    private static final int APPOSITION = 8;
    /** The tags of the words of a claimant's noun phrase before its verb: "the regional administration". */
    private static final String NOUN_PHRASE = "NOUN|PROPN|ADJ|DET";

    /** The claimant's entity, or null when the sentence names none. */
    public Entity claimant(Sentence sentence, List<Mention> mentions, Entities entities) {
        List<Token> tokens = sentence.tokens();
        var byStart = entities.byMentionStart();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            boolean according = tokens.get(i).lemma().equals("accord") && tokens.get(i + 1).text().equals("to");
            boolean reportedBy = tokens.get(i).lemma().equals("report") && tokens.get(i + 1).text().equals("by");
            if (tokens.get(i).text().equalsIgnoreCase("citing")) {
                // "The BBC reported, citing the mayor": the source is the one cited.
                Entity cited = firstActorFrom(mentions, byStart, i + 1, i + 1 + NEAR + 2);
                if (cited != null) {
                    return cited;
                }
            }
            if (according || reportedBy) {
                Entity e = firstActorFrom(mentions, byStart, i + 2, i + 2 + NEAR + 2);
                if (e != null) {
                    return e;
                }
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (!isSpeech(tokens, i)) {
                continue;
            }
            Entity before = lastActorBefore(mentions, byStart, tokens, i, i - NEAR);
            if (before != null) {
                return before;
            }
            Entity after = firstActorFrom(mentions, byStart, i + 1, i + 1 + NEAR);
            if (after != null) {
                return after;
            }
            Entity referred = referredTo(tokens, i, sentence, entities);
            if (referred != null) {
                return referred;
            }
        }
        return null;
    }

    /**
     * The claimant as the text words it when no entity is named: "according to
     * Ukrainian officials", "the regional administration reported", "media says".
     */
    public String claimantText(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (tokens.get(i).lemma().equals("accord") && tokens.get(i + 1).text().equals("to")) {
                int end = i + 2;
                while (end < tokens.size() && end - i - 2 < PHRASE && !tokens.get(end).tag().equals("PUNCT")) {
                    end++;
                }
                if (end > i + 2 && tokens.get(end - 1).tag().matches("NOUN|PROPN")) {
                    return words(sentence, i + 2, end);
                }
            }
        }
        for (int i = 1; i < tokens.size(); i++) {
            if (isSpeech(tokens, i)) {
                int end = i;
                while (end > 0 && tokens.get(end - 1).tag().matches("ADV|AUX")) {
                    end--;
                }
                int start = end;
                while (start > 0 && end - start < PHRASE + 2 && inClaimantPhrase(tokens.get(start - 1))) {
                    start--;
                }
                while (start < end && !tokens.get(start).tag().matches(NOUN_PHRASE)) {
                    start++;
                }
                if (start < end && tokens.get(end - 1).tag().matches("NOUN|PROPN")) {
                    return words(sentence, start, end);
                }
            }
        }
        return null;
    }

    /**
     * A verb of speech, or a speech word the tagger read as a noun where "that" follows
     * it ("AP reports that ...").
     */
    private static boolean isSpeech(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        return SPEECH.contains(token.lemma()) && (token.tag().equals("VERB")
            || i + 1 < tokens.size() && tokens.get(i + 1).text().equalsIgnoreCase("that"));
    }

    private static String words(Sentence sentence, int from, int to) {
        List<Token> tokens = sentence.tokens();
        return sentence.text().substring(tokens.get(from).start() - sentence.start(),
            tokens.get(to - 1).end() - sentence.start());
    }

    /**
     * "the ministry said": the last entity named before this sentence whose name or
     * role holds the noun.
     */
    private static Entity referredTo(List<Token> tokens, int verb, Sentence sentence, Entities entities) {
        if (verb > 0 && PERSONAL.contains(tokens.get(verb - 1).text().toLowerCase(Locale.ROOT))) {
            return lastNamedBefore(sentence, entities, e -> e.type() == EntityType.Person, true);
        }
        int end = verb;
        while (end > 0 && tokens.get(end - 1).tag().matches("ADV|AUX")) {
            end--;
        }
        // Back through the claimant's phrase: "the ministry said", "the governor is reported to have added".
        for (int i = end - 1; i >= 0 && i >= end - PHRASE && inClaimantPhrase(tokens.get(i)); i--) {
            String noun = tokens.get(i).text().toLowerCase(Locale.ROOT);
            if (!ANAPHORS.contains(noun) || i == 0 || !tokens.get(i - 1).lemma().equals("the")
                    && !tokens.get(i - 1).tag().equals("ADJ")) {
                continue;
            }
            if (i + 1 < end && tokens.get(i + 1).text().equals("of")) {
                // "the governor of Russia's Belgorod region" is not whichever governor was named last.
                return null;
            }
            return lastNamedBefore(sentence, entities, e -> e.type() != EntityType.Location
                && e.type() != EntityType.Weapon && (e.name().toLowerCase(Locale.ROOT).contains(noun)
                    || e.roles().stream().anyMatch(r -> r.toLowerCase(Locale.ROOT).contains(noun))), false);
        }
        return null;
    }

    private static boolean inClaimantPhrase(Token token) {
        return token.tag().matches(NOUN_PHRASE) || token.text().equals("of")
            || ArgumentReader.POSSESSIVE.contains(token.text());
    }

    /**
     * The entity that fits and was named last before the sentence ("He said": the last
     * person; "the ministry said": the last name or role holding the noun).
     *
     * @param sameStory whether only the sentence's own story counts
     */
    private static Entity lastNamedBefore(Sentence sentence, Entities entities, Predicate<Entity> fits,
                                          boolean sameStory) {
        List<Sentence> sentences = entities.text().sentences();
        Entity best = null;
        int bestStart = -1;
        for (Entity e : entities.entities()) {
            if (!fits.test(e)) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.start() < sentence.start() && m.start() > bestStart
                        && (!sameStory || sentences.get(m.sentence()).story() == sentence.story())) {
                    best = e;
                    bestStart = m.start();
                }
            }
        }
        return best;
    }

    /** What the sentence says of verification. */
    public Verification verification(String text) {
        return verification(text, List.of());
    }

    /**
     * What the sentence and the few after it say of the claim it tells. A reported denial
     * makes it disputed even where the claim is also called unverifiable; a later sentence
     * verifies it only in so many words ("independently verified", "geolocated").
     *
     * @param text  the sentence that tells the event
     * @param later the sentences after it that may comment on it
     */
    public Verification verification(String text, List<String> later) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean disputed = DISPUTED.foundIn(text, lower) || DISMISSED.foundIn(text, lower);
        boolean unverified = UNVERIFIED.foundIn(text, lower);
        boolean verified = VERIFIED.foundIn(text, lower);
        for (int i = 0; i < later.size(); i++) {
            String next = later.get(i);
            String nextLower = next.toLowerCase(Locale.ROOT);
            // Dismissive words reach back one sentence only, and only where they name the claim.
            disputed |= DISPUTED.foundIn(next, nextLower)
                || i == 0 && DISMISSED.foundIn(next, nextLower) && THE_CLAIM.matcher(next).find();
            if (UNVERIFIED.foundIn(next, nextLower)) {
                String unhedged = OWN_HEDGE.matcher(next).replaceAll("");
                unverified |= UNVERIFIED.foundIn(unhedged, unhedged.toLowerCase(Locale.ROOT));
            }
            verified |= VERIFIED_LATER.foundIn(next, nextLower);
        }
        return disputed ? Verification.DISPUTED : unverified ? Verification.UNVERIFIED
            : verified ? Verification.VERIFIED : Verification.NOT_STATED;
    }

    private static Entity firstActorFrom(List<Mention> mentions, java.util.Map<Integer, Entity> byStart, int from,
                                         int to) {
        for (Mention m : mentions) {
            if (m.tokenStart() >= from && m.tokenStart() <= to && isActor(m)) {
                return byStart.get(m.start());
            }
        }
        return null;
    }

    /** The actor named last before the verb, or the first of actors joined by "and" ("Astra and Baza reported"). */
    private static Entity lastActorBefore(List<Mention> mentions, java.util.Map<Integer, Entity> byStart,
                                          List<Token> tokens, int verb, int from) {
        Mention found = null;
        for (Mention m : mentions) {
            if (m.tokenEnd() <= verb && m.tokenEnd() >= from && isActor(m)) {
                found = m;
            }
        }
        if (found == null) {
            return null;
        }
        Mention described = describedPerson(mentions, tokens, found, verb);
        if (described != null) {
            return byStart.get(described.start());
        }
        for (int i = mentions.indexOf(found) - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            boolean joined = m.tokenEnd() + 1 == found.tokenStart() && tokens.get(m.tokenEnd()).text().equals("and");
            if (!joined || !isActor(m)) {
                break;
            }
            found = m;
        }
        return byStart.get(found.start());
    }

    /**
     * The person an apposition between commas describes, when the actor found before the verb
     * lies in it: in "Gen. Ivan Petrov, the head of the Southern Group, said" Petrov speaks,
     * not the group. Null when there is no such apposition.
     */
    private static Mention describedPerson(List<Mention> mentions, List<Token> tokens, Mention found, int verb) {
        int close = verb - 1;
        while (close > found.tokenEnd() && tokens.get(close).tag().matches("ADV|AUX")) {
            close--;
        }
        if (close < found.tokenEnd() || !tokens.get(close).text().equals(",")) {
            return null;
        }
        for (int open = found.tokenStart() - 1; open > 0 && found.tokenStart() - open <= APPOSITION; open--) {
            if (tokens.get(open).text().equals(",")) {
                for (Mention m : mentions) {
                    if (m.tokenEnd() == open && m.type() == EntityType.Person) {
                        return m;
                    }
                }
                return null;
            }
        }
        return null;
    }

    private static boolean isActor(Mention m) {
        return m.type() == EntityType.Person || m.type() == EntityType.Organization
            || m.type() == EntityType.MilitaryUnit;
    }
}
