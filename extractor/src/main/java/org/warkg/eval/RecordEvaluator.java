package org.warkg.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;

import org.warkg.record.DocumentRecord;
import org.warkg.record.EntityRecord;

/**
 * Scores extraction records against gold annotations with the matching rules of
 * the project's scorer: entities match when their types are equal and their name
 * sets (name plus aliases) share a member; events are scored by {@link EventEvaluator}.
 */
public final class RecordEvaluator {

    private static final Set<String> ORG_LIKE = Set.of("Organization", "MilitaryUnit");
    private static final MatchRule<EntityRecord> FINE = new MatchRule<>(entityMatch(false),
        RecordEvaluator::entityScore);
    private static final MatchRule<EntityRecord> COARSE = new MatchRule<>(entityMatch(true),
        RecordEvaluator::entityScore);

    /** Scores predictions against gold, both keyed by document file name ({@link RecordFolderReader#key}). */
    public Evaluation evaluate(Map<String, DocumentRecord> gold, Map<String, DocumentRecord> pred) {
        Map<String, Counts> lines = new TreeMap<>();
        List<String> missing = new ArrayList<>();
        EventEvaluator events = new EventEvaluator(reference -> pred.get(RecordFolderReader.key(reference.doc())));
        for (String doc : new TreeSet<>(gold.keySet())) {
            DocumentRecord g = gold.get(doc);
            DocumentRecord p = pred.get(doc);
            if (p == null) {
                missing.add(doc);
            }
            List<EntityRecord> pe = p == null ? List.of() : p.entities();
            add(lines, "entity", FINE.count(g.entities(), pe));
            add(lines, "entity(coarse)", COARSE.count(g.entities(), pe));
            FINE.countPerType("entity:", g.entities(), pe, EntityRecord::type).forEach((t, c) -> add(lines, t, c));
            events.evaluateSample(g);
        }
        lines.putAll(events.counts());
        return new Evaluation(lines, events.attributes(), missing);
    }

    private static void add(Map<String, Counts> lines, String label, Counts counts) {
        lines.merge(label, counts, Counts::plus);
    }

    private static Set<String> names(EntityRecord e) {
        Set<String> out = new HashSet<>();
        out.add(ScoreNames.norm(e.name()));
        e.aliases().forEach(a -> out.add(ScoreNames.norm(a)));
        out.remove("");
        return out;
    }

    private static BiPredicate<EntityRecord, EntityRecord> entityMatch(boolean coarse) {
        return (g, p) -> {
            boolean same = Objects.equals(g.type(), p.type())
                || coarse && ORG_LIKE.contains(g.type()) && ORG_LIKE.contains(p.type());
            if (!same) {
                return false;
            }
            Set<String> shared = names(g);
            shared.retainAll(names(p));
            return !shared.isEmpty();
        };
    }

    private static double entityScore(EntityRecord g, EntityRecord p) {
        Set<String> shared = names(g);
        shared.retainAll(names(p));
        return shared.size() + (ScoreNames.norm(g.name()).equals(ScoreNames.norm(p.name())) ? 1 : 0);
    }
}
