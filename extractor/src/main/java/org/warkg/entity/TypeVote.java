package org.warkg.entity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.warkg.gazetteer.EntityType;
import org.warkg.gazetteer.NameKey;
import org.warkg.mention.Mention;

/**
 * Gives every unlinked mention of one name in a document the same type: a bare
 * surname of a person named in full elsewhere is that person, and otherwise the
 * type most mentions of the name got wins, gazetteer and pattern finds counting
 * more than the statistical model's.
 */
final class TypeVote {

    private static final Map<String, Integer> WEIGHTS = Map.of("gazetteer", 3, "pattern", 2, "model", 1);

    private TypeVote() {}

    /** The mentions with their types made consistent. */
    static List<Mention> apply(List<Mention> mentions, Set<String> surnames) {
        Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
        for (Mention m : mentions) {
            votes.computeIfAbsent(NameKey.of(m.text()), k -> new EnumMap<>(EntityType.class))
                .merge(m.type(), WEIGHTS.getOrDefault(m.source(), 1), Integer::sum);
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (m.gazetteerId() != null) {
                out.add(m);
                continue;
            }
            String key = NameKey.of(m.text());
            EntityType type = m.length() == 1 && surnames.contains(key) ? EntityType.Person : winner(votes.get(key));
            out.add(type == m.type() ? m : new Mention(type, m.sentence(), m.tokenStart(), m.tokenEnd(), m.start(),
                m.end(), m.text(), m.source(), null));
        }
        return out;
    }

    private static EntityType winner(Map<EntityType, Integer> votes) {
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
