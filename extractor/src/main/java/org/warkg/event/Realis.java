package org.warkg.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.warkg.nlp.Token;

/**
 * Whether a trigger reports something that took place, rather than a habit, a
 * plan, a possibility, a denial or background: "Russia plans to occupy", "a possible
 * offensive", "repeated attacks", "would strike", "Russia likely launched",
 * "bracing for an attack" and "denies downing drones" make no event.
 */
final class Realis {

    /** Sentences that state habits, hypotheses, assessments or background; "May" the month is no modal. */
    private static final Pattern BACKGROUND = Pattern.compile(
        "\\b(?:every (?:day|night|week)|each (?:day|night)|regularly|routinely|usually|for (?:several|many|\\d+) "
        + "(?:days|weeks|months|years)|(?:has|have) been \\w+ing|since the (?:start|beginning) of"
        + "|(?:has|have) (?:been )?\\w+ since|since \\d{4}"
        + "|would|could|(?-i:may)|might|if|likely|purport(?:s|ed)? to|continues? to|common occurrence"
        + "|commonplace|increasingly|ready (?:for|to)|willing to|in recent (?:months|years))\\b|\\?$",
        Pattern.CASE_INSENSITIVE);
    /** Words before a noun trigger that make it a kind, a plan or a series rather than one event. */
    private static final Set<String> UNREAL_MODIFIERS = Set.of("repeated", "frequent", "regular", "constant",
        "daily", "nightly", "possible", "potential", "planned", "future", "expected", "long-awaited", "looming",
        "threatened", "any", "threat", "threats", "risk", "fear", "fears", "warning", "warnings", "prospect",
        "no", "without", "ban", "permission");
    /** Phrases in which a trigger word means something else: "in charge of logistics", "cease fire". */
    private static final Set<String> IDIOMS = Set.of("in charge", "cease fire", "in exchange");
    /** Verbs of waiting for what has not happened: "bracing for a Ukrainian attack", "prepares for the assault". */
    private static final Set<String> AWAITING_VERBS = Set.of("prepare", "brace", "wait", "call", "hope", "plan");
    /** Verbs whose object is no event: "evade sanctions", "breaching sanctions", "denies downing drones". */
    private static final Set<String> NEGATING_VERBS = Set.of("evade", "breach", "violate", "circumvent", "bypass",
        "deny");
    private static final Set<String> NOUN_PHRASE_TAGS = Set.of("ADJ", "NOUN", "PROPN", "CCONJ", "NUM");
    /** How far before a noun trigger its modifiers are looked for. */
    private static final int MODIFIER_REACH = 3;
    /** Past actions whose purpose, an infinitive after them, happened with them. */
    private static final Set<String> PURPOSE_VERBS = Set.of("use", "launch");
    /** How far before "to" a past "used" makes the infinitive its purpose. */
    private static final int PURPOSE_REACH = 6;

    private Realis() {}

    /**
     * "used four bombs to strike", "launched a push to recapture the region": the
     * infinitive tells what a past action did or set out to do.
     */
    private static boolean purpose(List<Token> tokens, int to) {
        for (int i = Math.max(0, to - PURPOSE_REACH); i < to; i++) {
            Token t = tokens.get(i);
            if (t.tag().equals("VERB") && PURPOSE_VERBS.contains(t.lemma()) && t.text().endsWith("ed")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word can stand inside a noun phrase before its head: "repeated large-scale drone and missile". */
    private static boolean inPhrase(Token token) {
        return NOUN_PHRASE_TAGS.contains(token.tag());
    }

    /** Whether the sentence as a whole is habitual, hypothetical, assessed or background. */
    static boolean background(String sentence) {
        return BACKGROUND.matcher(sentence).find();
    }

    /**
     * Whether the trigger at the index reports an event: not a verb in the infinitive
     * ("to seize", "to attack"), not a noun of plans or series ("a planned offensive"),
     * nor the object of such a verb ("planned to launch an offensive", "evade sanctions").
     */
    static boolean actual(List<Token> tokens, int trigger) {
        Token token = tokens.get(trigger);
        if (trigger > 0 && IDIOMS.contains(
                (tokens.get(trigger - 1).text() + " " + token.text()).toLowerCase(Locale.ROOT))) {
            return false;
        }
        boolean afterTo = trigger > 0 && tokens.get(trigger - 1).text().equalsIgnoreCase("to");
        if (token.tag().equals("VERB") || afterTo && token.tag().equals("NOUN")) {
            // A noun straight after "to" is an infinitive the tagger misread: "permission to strike targets".
            boolean denied = trigger > 0 && NEGATING_VERBS.contains(tokens.get(trigger - 1).lemma());
            return !denied && !unrealInfinitive(tokens, trigger) && !inCompound(tokens, trigger);
        }
        // The word before the noun's phrase ("repeated large-scale drone and missile attacks").
        int before = trigger - 1;
        while (before >= 0 && inPhrase(tokens.get(before))) {
            before--;
        }
        for (int i = Math.max(0, Math.min(before, trigger - MODIFIER_REACH)); i < trigger; i++) {
            if (UNREAL_MODIFIERS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        // The word that governs the phrase: "evade sanctions", "prepares for the assault",
        // "planned to launch an offensive", "expected to be a broad attack".
        int governor = before;
        while (governor >= 0 && tokens.get(governor).tag().equals("DET")) {
            governor--;
        }
        if (governor < 0) {
            return true;
        }
        Token word = tokens.get(governor);
        boolean awaited = word.text().equalsIgnoreCase("for") && governor > 0
            && AWAITING_VERBS.contains(tokens.get(governor - 1).lemma());
        if (awaited || NEGATING_VERBS.contains(word.lemma())
                || before >= 0 && NEGATING_VERBS.contains(tokens.get(before).lemma())) {
            return false;
        }
        return switch (word.tag()) {
            case "VERB" -> governor < 1 || actual(tokens, governor);
            case "AUX" -> !unrealInfinitive(tokens, governor);
            default -> true;
        };
    }

    /** A "verb" inside a noun phrase is a noun the tagger misread: "half of Kyiv bomb shelters". */
    private static boolean inCompound(List<Token> tokens, int verb) {
        if (verb + 1 >= tokens.size() || !tokens.get(verb + 1).tag().equals("NOUN")) {
            return false;
        }
        int name = verb - 1;
        while (name >= 0 && tokens.get(name).tag().equals("PROPN")) {
            name--;
        }
        return name < verb - 1 && name >= 0
            && (tokens.get(name).tag().equals("ADP") || tokens.get(name).tag().equals("DET"));
    }

    /** Whether the verb is an infinitive ("to seize", "to potentially launch") that no past action carried out. */
    private static boolean unrealInfinitive(List<Token> tokens, int verb) {
        int to = verb - 1;
        while (to >= 0 && tokens.get(to).tag().equals("ADV")) {
            to--;
        }
        return to >= 0 && tokens.get(to).text().equalsIgnoreCase("to") && !purpose(tokens, to);
    }
}
