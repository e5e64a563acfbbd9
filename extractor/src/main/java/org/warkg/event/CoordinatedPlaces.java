package org.warkg.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.warkg.entity.Entity;
import org.warkg.gazetteer.EntityType;
import org.warkg.mention.Mention;
import org.warkg.nlp.Sentence;
import org.warkg.nlp.Token;

/**
 * The places a trigger's own place is listed with: "shelled Esman and Shalyhyne", "captured
 * the villages of Robotyne, Verbove and Novoprokopivka" tell one event per place, as an
 * analyst counts them. Places of one depth joined only by commas, "and", "or" and "as well
 * as" are one list; "Sudzha, Kursk Oblast" names one place and its region.
 */
final class CoordinatedPlaces {

    private static final Set<String> JOINERS = Set.of(",", "and", "or", "as", "well");
    /**
     * A longer list sums up a day ("shells fell on Vovchansk, Kupiansk, Izium, Balakliia and
     * Lozova"): the events of its places are told, if at all, one by one further on.
     */
    private static final int LONGEST_LIST = 4;

    private CoordinatedPlaces() {}

    /**
     * The places of the list that holds the place's mention nearest the trigger, in sentence
     * order: the place alone when it stands alone, none when the list sums up many places.
     */
    static List<Entity> of(Sentence sentence, int trigger, Entity place, List<Mention> mentions,
                           Map<Integer, Entity> byStart, ArgumentReader reader) {
        List<Mention> places = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.Location && byStart.get(m.start()) != null) {
                places.add(m);
            }
        }
        int at = nearest(places, place, byStart, trigger);
        if (at < 0) {
            return List.of(place);
        }
        int first = at;
        int depth = reader.depth(place.gazetteerId());
        while (first > 0 && joined(sentence.tokens(), places.get(first - 1), places.get(first))
                && reader.depth(byStart.get(places.get(first - 1).start()).gazetteerId()) == depth) {
            first--;
        }
        int last = at;
        while (last + 1 < places.size() && joined(sentence.tokens(), places.get(last), places.get(last + 1))
                && reader.depth(byStart.get(places.get(last + 1).start()).gazetteerId()) == depth) {
            last++;
        }
        if (last - first + 1 > LONGEST_LIST) {
            return List.of();
        }
        List<Entity> listed = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            Entity e = byStart.get(places.get(i).start());
            if (!listed.contains(e)) {
                listed.add(e);
            }
        }
        return listed;
    }

    private static int nearest(List<Mention> places, Entity place, Map<Integer, Entity> byStart, int trigger) {
        int best = -1;
        for (int i = 0; i < places.size(); i++) {
            if (byStart.get(places.get(i).start()) == place && (best < 0
                    || Math.abs(places.get(i).tokenStart() - trigger)
                        < Math.abs(places.get(best).tokenStart() - trigger))) {
                best = i;
            }
        }
        return best;
    }

    private static boolean joined(List<Token> tokens, Mention a, Mention b) {
        if (b.tokenStart() <= a.tokenEnd()) {
            return false;
        }
        boolean and = false;
        for (int i = a.tokenEnd(); i < b.tokenStart(); i++) {
            String word = tokens.get(i).text().toLowerCase(Locale.ROOT);
            if (!JOINERS.contains(word)) {
                return false;
            }
            and |= !word.equals(",");
        }
        return and || b.tokenStart() - a.tokenEnd() == 1;
    }
}
