package org.warkg.event.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;

import org.warkg.event.EventType;
import org.warkg.nlp.Sentence;
import org.warkg.nlp.Token;

/**
 * Finds the event triggers of a sentence: every word of the trigger lexicon is
 * classified by the trigger model in its context, clause realis included. Words that tell
 * one event twice ("intercepted and destroyed") are made one by the event merger. Stateless.
 */
public final class EventDetector {

    /** How far a verb may follow the one it is joined to: "shot down and destroyed" spans four words. */
    private static final int COORDINATED_REACH = 4;

    /** Verbs that only set an event going: in "launched an incursion" the noun tells what happened. */
    private static final Set<String> LIGHT_VERBS = Set.of("launch", "conduct", "carry", "stage", "mount",
        "undertake");

    private static final Set<String> VEHICLES = Set.of("drone", "uav", "helicopter", "aircraft", "jet", "plane",
        "boat", "craft", "submarine", "vessel");

    private final TriggerLexicon lexicon;
    private final TriggerFeatures features;
    private final TriggerModel model;

    public EventDetector(TriggerLexicon lexicon, TriggerModel model) {
        this.lexicon = lexicon;
        this.features = new TriggerFeatures(lexicon);
        this.model = model;
    }

    /** The detector with the shipped lexicon and model. */
    public static EventDetector standard() {
        return new EventDetector(TriggerLexicon.standard(), TriggerModel.standard());
    }

    /**
     * The triggers of the sentence, in sentence order.
     *
     * @param sentence the sentence
     * @param excluded words that cannot be triggers (inside the name of a unit or an organisation)
     */
    public List<Trigger> detect(Sentence sentence, IntPredicate excluded) {
        List<Trigger> found = new ArrayList<>();
        DatedClauses dated = features.datedClauses(sentence);
        for (int i = 0; i < sentence.tokens().size(); i++) {
            Set<EventType> types = lexicon.typesOf(sentence.tokens().get(i));
            if (types.isEmpty() || excluded.test(i) || modifiesVehicle(sentence, i)) {
                continue;
            }
            TriggerModel.Classification c = model.classify(features.of(sentence, i, dated), types);
            Trigger before = found.isEmpty() ? null : found.get(found.size() - 1);
            if (c.type() != null && before != null && coordinated(sentence, before.token(), i)
                    && types.contains(before.type())) {
                // "intercepted and destroyed": two verbs of one event, of the type the first gives it.
                continue;
            }
            if (c.type() != null) {
                found.add(new Trigger(c.type(), i, c.probability()));
            }
        }
        found.removeIf(t -> namesItsObject(sentence, t, found));
        return found;
    }

    /** Whether the trigger is a light verb whose object is itself a trigger: "launched a push to retake". */
    private static boolean namesItsObject(Sentence sentence, Trigger trigger, List<Trigger> found) {
        Token token = sentence.tokens().get(trigger.token());
        if (!token.tag().equals("VERB") || !LIGHT_VERBS.contains(token.lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int object = sentence.syntax().objectHead(trigger.token());
        return found.stream().anyMatch(t -> t.token() == object);
    }

    /** A noun that only says what a drone, aircraft or boat is for: "attack drones", "strike aircraft". */
    private static boolean modifiesVehicle(Sentence sentence, int index) {
        return index + 1 < sentence.tokens().size() && sentence.tokens().get(index).tag().equals("NOUN")
            && VEHICLES.contains(sentence.tokens().get(index + 1).lemma().toLowerCase(Locale.ROOT));
    }

    /** Whether the second word is the verb joined to the first by "and" or "or" ("shot down and destroyed"). */
    private static boolean coordinated(Sentence sentence, int first, int second) {
        String joiner = sentence.tokens().get(second - 1).text();
        boolean verbs = sentence.tokens().get(first).tag().equals("VERB")
            && sentence.tokens().get(second).tag().equals("VERB");
        return verbs && second - first <= COORDINATED_REACH && (joiner.equals("and") || joiner.equals("or"));
    }

    /**
     * A word that signals an event.
     *
     * @param type        the event type
     * @param token       the word's index in the sentence
     * @param probability the model's probability for the type
     */
    public record Trigger(EventType type, int token, double probability) {
    }
}
